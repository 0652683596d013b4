-- Demo data: the annual publication of the current cycle (2026). Idempotent
-- (INSERT OR IGNORE on fixed keys, the audit line only once), like every
-- file of schema/seed/, run in name order after the data it is made of.

-- The quotes the steering committee picked, one or two per theme, from the
-- published contributions of 0002 (two as excerpts, cut with "…").
INSERT OR IGNORE INTO publication_quotes (year, theme_id, position, contribution_id, excerpt)
WITH q (theme, position, contribution, excerpt) AS (VALUES
  ('cooperative-pour-qui', 0, 'D3M0-K7M2',
     'Beaucoup de freelances quittent Smart dès que leur activité décolle. … les garderait dans la coopérative.'),
  ('cooperative-pour-qui', 1, 'D3M0-9QXA', NULL),
  ('modele-economique', 2, 'D3M0-H4ZT',
     'La contribution de 8,5 % passe mieux quand on voit ce qu''elle finance.'),
  ('creer-son-activite', 3, 'D3M0-P5RC', NULL),
  ('entreprise-partagee', 4, 'D3M0-S2VE', NULL))
SELECT 2026, t.id, q.position, q.contribution, q.excerpt
FROM q JOIN themes t ON t.slug = q.theme JOIN contributions c ON c.id = q.contribution;

-- GENERATED below this line by functions/publications/seed.test.ts from the
-- Edition 1 of 2026, as published at 2026-11-20T10:00:00.000Z by demo-admin.
INSERT OR IGNORE INTO publication_editions (year, edition, published_at, published_by, snapshot)
VALUES (2026, 1, '2026-11-20T10:00:00.000Z', 'demo-admin', json('{
  "year": 2026,
  "edition": 1,
  "publishedAt": "2026-11-20T10:00:00.000Z",
  "publishedBy": "demo-admin",
  "themes": [
    {
      "theme": {
        "slug": "cooperative-pour-qui",
        "position": 1,
        "title": {
          "fr": "Être une coopérative : pour qui et avec qui ?",
          "nl": "Een coöperatie zijn: voor wie en met wie?",
          "en": "Being a cooperative: for whom and with whom?"
        },
        "summary": {
          "fr": "Les publics auxquels le futur Smart devra s''adresser et le statut des travailleurs autonomes.",
          "nl": "Tot welk publiek de toekomstige Smart zich moet richten en het statuut van zelfstandige werkers.",
          "en": "Who the future Smart should serve, and the status of autonomous workers."
        }
      },
      "asked": [],
      "said": {
        "events": {
          "held": 0,
          "attendees": 0,
          "byTerritory": [],
          "byRole": []
        },
        "contributions": {
          "received": 2,
          "published": 2
        },
        "quotes": [
          {
            "contribution": "D3M0-K7M2",
            "text": "Beaucoup de freelances quittent Smart dès que leur activité décolle. … les garderait dans la coopérative.",
            "excerpt": true,
            "author": "Sophie L.",
            "role": "freelancer",
            "territory": "bruxelles"
          },
          {
            "contribution": "D3M0-9QXA",
            "text": "Kleine organisaties die met freelancers werken, kennen Smart vaak niet. Een eenvoudige gids voor opdrachtgevers zou meer leden aan het werk helpen en de coöperatie bekender maken.",
            "excerpt": false,
            "author": "Pieter V.",
            "role": "client",
            "territory": "flandre"
          }
        ]
      },
      "recommended": []
    },
    {
      "theme": {
        "slug": "modele-economique",
        "position": 2,
        "title": {
          "fr": "Mutualiste, redistributif, solidaire : un modèle économique viable ?",
          "nl": "Mutualistisch, herverdelend, solidair: een leefbaar economisch model?",
          "en": "Mutualist, redistributive, solidarity-based: a viable economic model?"
        },
        "summary": {
          "fr": "Consolider le modèle solidaire et la contribution proportionnelle au chiffre d''affaires (8,5 %).",
          "nl": "Het solidaire model en de evenredige bijdrage op de omzet (8,5 %) versterken.",
          "en": "Strengthening the solidarity model and the proportional contribution on turnover (8.5 %)."
        }
      },
      "asked": [
        {
          "slug": "modele-contribution",
          "kind": "multiple",
          "question": {
            "fr": "Quelles pistes pour consolider le modèle solidaire ? (deux au plus)",
            "nl": "Welke pistes om het solidaire model te versterken? (hoogstens twee)",
            "en": "Which ways to strengthen the solidarity model? (two at most)"
          },
          "options": [
            {
              "key": "contribution-modulee",
              "label": {
                "fr": "Moduler la contribution selon le chiffre d''affaires",
                "nl": "De bijdrage afstemmen op de omzet",
                "en": "Scale the contribution with turnover"
              }
            },
            {
              "key": "fonds-garantie",
              "label": {
                "fr": "Renforcer le fonds de garantie mutuel",
                "nl": "Het gemeenschappelijk waarborgfonds versterken",
                "en": "Strengthen the mutual guarantee fund"
              }
            },
            {
              "key": "services-mutualises",
              "label": {
                "fr": "Mutualiser davantage de services",
                "nl": "Meer diensten delen",
                "en": "Share more services"
              }
            },
            {
              "key": "transparence",
              "label": {
                "fr": "Publier chaque année l''usage de la contribution",
                "nl": "Jaarlijks het gebruik van de bijdrage publiceren",
                "en": "Publish each year how the contribution is spent"
              }
            }
          ],
          "opensAt": "2026-01-01T00:00:00.000Z",
          "closesAt": "2027-06-30T22:00:00.000Z",
          "closed": false,
          "results": null
        }
      ],
      "said": {
        "events": {
          "held": 0,
          "attendees": 0,
          "byTerritory": [],
          "byRole": []
        },
        "contributions": {
          "received": 2,
          "published": 2
        },
        "quotes": [
          {
            "contribution": "D3M0-H4ZT",
            "text": "La contribution de 8,5 % passe mieux quand on voit ce qu''elle finance.",
            "excerpt": true,
            "author": null,
            "role": "staff",
            "territory": "wallonie"
          }
        ]
      },
      "recommended": []
    },
    {
      "theme": {
        "slug": "creer-son-activite",
        "position": 3,
        "title": {
          "fr": "Créer et développer son activité : comment ? Avec quels outils ?",
          "nl": "Je activiteit opstarten en uitbouwen: hoe? Met welke tools?",
          "en": "Creating and growing one''s activity: how, with which tools?"
        },
        "summary": {
          "fr": "Les outils en ligne que Smart devrait développer ou améliorer.",
          "nl": "De onlinetools die Smart zou moeten ontwikkelen of verbeteren.",
          "en": "The online tools Smart should build or improve."
        }
      },
      "asked": [
        {
          "slug": "outils-en-ligne",
          "kind": "single",
          "question": {
            "fr": "Quel outil en ligne Smart devrait-il développer en priorité ?",
            "nl": "Welke onlinetool moet Smart als eerste ontwikkelen?",
            "en": "Which online tool should Smart build first?"
          },
          "options": [
            {
              "key": "facturation",
              "label": {
                "fr": "Devis et factures en ligne",
                "nl": "Offertes en facturen online",
                "en": "Online quotes and invoices"
              }
            },
            {
              "key": "tresorerie",
              "label": {
                "fr": "Suivi de trésorerie en temps réel",
                "nl": "Realtime opvolging van je kasstroom",
                "en": "Real-time cash-flow tracking"
              }
            },
            {
              "key": "contrats",
              "label": {
                "fr": "Contrats et missions signés en ligne",
                "nl": "Contracten en opdrachten online ondertekenen",
                "en": "Contracts and assignments signed online"
              }
            },
            {
              "key": "annuaire",
              "label": {
                "fr": "Annuaire des membres pour collaborer",
                "nl": "Ledengids om samen te werken",
                "en": "Member directory to work together"
              }
            }
          ],
          "opensAt": "2026-01-01T00:00:00.000Z",
          "closesAt": "2027-06-30T22:00:00.000Z",
          "closed": false,
          "results": {
            "ballots": 5,
            "options": [
              {
                "key": "facturation",
                "votes": 2
              },
              {
                "key": "tresorerie",
                "votes": 1
              },
              {
                "key": "contrats",
                "votes": 1
              },
              {
                "key": "annuaire",
                "votes": 1
              }
            ],
            "byRole": [
              {
                "role": "freelancer",
                "ballots": 1,
                "options": [
                  {
                    "key": "facturation",
                    "votes": 1
                  },
                  {
                    "key": "tresorerie",
                    "votes": 0
                  },
                  {
                    "key": "contrats",
                    "votes": 0
                  },
                  {
                    "key": "annuaire",
                    "votes": 0
                  }
                ]
              },
              {
                "role": "member",
                "ballots": 1,
                "options": [
                  {
                    "key": "facturation",
                    "votes": 1
                  },
                  {
                    "key": "tresorerie",
                    "votes": 0
                  },
                  {
                    "key": "contrats",
                    "votes": 0
                  },
                  {
                    "key": "annuaire",
                    "votes": 0
                  }
                ]
              },
              {
                "role": "client",
                "ballots": 1,
                "options": [
                  {
                    "key": "facturation",
                    "votes": 0
                  },
                  {
                    "key": "tresorerie",
                    "votes": 0
                  },
                  {
                    "key": "contrats",
                    "votes": 1
                  },
                  {
                    "key": "annuaire",
                    "votes": 0
                  }
                ]
              },
              {
                "role": "partner",
                "ballots": 1,
                "options": [
                  {
                    "key": "facturation",
                    "votes": 0
                  },
                  {
                    "key": "tresorerie",
                    "votes": 0
                  },
                  {
                    "key": "contrats",
                    "votes": 0
                  },
                  {
                    "key": "annuaire",
                    "votes": 1
                  }
                ]
              },
              {
                "role": "anonymous",
                "ballots": 2,
                "options": [
                  {
                    "key": "facturation",
                    "votes": 1
                  },
                  {
                    "key": "tresorerie",
                    "votes": 1
                  },
                  {
                    "key": "contrats",
                    "votes": 0
                  },
                  {
                    "key": "annuaire",
                    "votes": 0
                  }
                ]
              }
            ]
          }
        }
      ],
      "said": {
        "events": {
          "held": 0,
          "attendees": 0,
          "byTerritory": [],
          "byRole": []
        },
        "contributions": {
          "received": 2,
          "published": 1
        },
        "quotes": [
          {
            "contribution": "D3M0-P5RC",
            "text": "Je passe trop de temps sur mes devis. Un modèle de devis réutilisable, transformé en facture d''un clic une fois la mission faite, me ferait gagner une demi-journée par mois.",
            "excerpt": false,
            "author": "Karim B.",
            "role": "freelancer",
            "territory": "ile-de-france"
          }
        ]
      },
      "recommended": []
    },
    {
      "theme": {
        "slug": "entreprise-partagee",
        "position": 4,
        "title": {
          "fr": "Une entreprise partagée et participative, est-ce bien réaliste ?",
          "nl": "Een gedeelde en participatieve onderneming: is dat wel realistisch?",
          "en": "A shared, participatory enterprise: is it realistic?"
        },
        "summary": {
          "fr": "La gouvernance et la démocratie participative au sein du futur Smart.",
          "nl": "Bestuur en participatieve democratie binnen de toekomstige Smart.",
          "en": "Governance and participatory democracy in the future Smart."
        }
      },
      "asked": [
        {
          "slug": "deploiement-france",
          "kind": "motion",
          "question": {
            "fr": "Le conseil d''administration propose de déployer la démarche Smart in Progress en France. Êtes-vous d''accord ?",
            "nl": "De raad van bestuur stelt voor om het traject Smart in Progress in Frankrijk uit te rollen. Gaat u akkoord?",
            "en": "The board of directors proposes to roll out the Smart in Progress process in France. Do you agree?"
          },
          "options": [
            {
              "key": "for",
              "label": {
                "fr": "Pour",
                "nl": "Voor",
                "en": "For"
              }
            },
            {
              "key": "against",
              "label": {
                "fr": "Contre",
                "nl": "Tegen",
                "en": "Against"
              }
            },
            {
              "key": "abstain",
              "label": {
                "fr": "Abstention",
                "nl": "Onthouding",
                "en": "Abstain"
              }
            }
          ],
          "opensAt": "2026-01-01T00:00:00.000Z",
          "closesAt": "2027-06-30T22:00:00.000Z",
          "closed": false,
          "results": null
        }
      ],
      "said": {
        "events": {
          "held": 0,
          "attendees": 0,
          "byTerritory": [],
          "byRole": []
        },
        "contributions": {
          "received": 2,
          "published": 1
        },
        "quotes": [
          {
            "contribution": "D3M0-S2VE",
            "text": "Avant chaque assemblée générale, des rencontres régionales permettraient aux sociétaires éloignés de Bruxelles de préparer les motions et d''y peser vraiment.",
            "excerpt": false,
            "author": "Claire M.",
            "role": "member",
            "territory": "occitanie"
          }
        ]
      },
      "recommended": []
    }
  ]
}'));

INSERT INTO audit_log (item_kind, item_id, actor, action, from_status, to_status, reason_code, note, at)
SELECT 'publication', '2026', 'demo-admin', 'publish', '0', '1', NULL, NULL, '2026-11-20T10:00:00.000Z'
WHERE NOT EXISTS (SELECT 1 FROM audit_log
  WHERE item_kind = 'publication' AND item_id = '2026' AND action = 'publish' AND to_status = '1');
