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
      "recommended": [
        {
          "slug": "offre-freelances-independants",
          "title": {
            "fr": "Une offre pour les freelances qui alternent les statuts",
            "nl": "Een aanbod voor freelancers die van statuut wisselen",
            "en": "An offer for freelancers who switch between statuses"
          },
          "summary": {
            "fr": "Garder dans la coopérative les freelances dont l’activité décolle, avec une offre pensée pour celles et ceux qui alternent le statut d’indépendant et celui de Smart.",
            "nl": "Freelancers bij wie het goed gaat in de coöperatie houden, met een aanbod voor wie afwisselt tussen zelfstandige en Smart.",
            "en": "Keep freelancers whose activity takes off in the cooperative, with an offer for those who alternate between self-employment and Smart."
          },
          "status": "implemented",
          "statusAt": "2026-10-30T15:00:00.000Z",
          "supports": 9,
          "answer": {
            "version": 1,
            "text": {
              "fr": "Le conseil d’administration adopte la recommandation. L’offre passerelle sera testée à Bruxelles au printemps, puis ouverte à tous les membres à l’automne si le test est concluant.",
              "nl": "De raad van bestuur neemt de aanbeveling aan. Het brugaanbod wordt in de lente in Brussel getest en in de herfst voor alle leden opengesteld als de test slaagt."
            },
            "answeredAt": "2026-04-15T18:30:00.000Z",
            "reviewOn": "2026-09-30"
          },
          "timeline": [
            {
              "from": "draft",
              "to": "submitted",
              "at": "2026-03-10T10:00:00.000Z",
              "by": "steering_committee",
              "reason": null
            },
            {
              "from": "submitted",
              "to": "under_review",
              "at": "2026-03-24T17:00:00.000Z",
              "by": "board",
              "reason": {
                "fr": "Inscrite à l’ordre du jour du conseil d’avril.",
                "nl": "Op de agenda van de raad van april."
              }
            },
            {
              "from": "under_review",
              "to": "adopted",
              "at": "2026-04-15T18:30:00.000Z",
              "by": "board",
              "reason": null
            },
            {
              "from": "adopted",
              "to": "in_progress",
              "at": "2026-05-20T09:00:00.000Z",
              "by": "board",
              "reason": {
                "fr": "Une équipe projet est constituée ; l’offre est testée à Bruxelles.",
                "nl": "Een projectteam is opgericht; het aanbod wordt in Brussel getest."
              }
            },
            {
              "from": "in_progress",
              "to": "implemented",
              "at": "2026-10-30T15:00:00.000Z",
              "by": "board",
              "reason": {
                "fr": "L’offre passerelle est ouverte à tous les membres depuis le 1er octobre.",
                "nl": "Het brugaanbod staat sinds 1 oktober open voor alle leden."
              }
            }
          ],
          "mergedInto": null
        },
        {
          "slug": "guide-opdrachtgevers",
          "title": {
            "nl": "Een gids voor kleine opdrachtgevers"
          },
          "summary": {
            "nl": "Kleine organisaties die met freelancers werken, een eenvoudige gids geven: hoe werkt Smart, wat kost het, wie is verzekerd."
          },
          "status": "submitted",
          "statusAt": "2026-11-05T10:00:00.000Z",
          "supports": 3,
          "answer": null,
          "timeline": [
            {
              "from": "draft",
              "to": "submitted",
              "at": "2026-11-05T10:00:00.000Z",
              "by": "steering_committee",
              "reason": null
            }
          ],
          "mergedInto": null
        },
        {
          "slug": "accueil-nouveaux-membres-france",
          "title": {
            "fr": "Accueillir les nouveaux membres en France",
            "nl": "Nieuwe leden in Frankrijk onthalen",
            "en": "Welcoming new members in France"
          },
          "summary": {
            "fr": "Si le déploiement en France est adopté, un parcours d’accueil dans chaque région : une réunion d’information, une personne référente, un premier atelier.",
            "nl": "Als de uitrol in Frankrijk wordt aangenomen, een onthaaltraject in elke regio: een infosessie, een vaste contactpersoon, een eerste workshop.",
            "en": "If the roll-out in France is adopted, a welcome path in every region: an information session, a contact person, a first workshop."
          },
          "status": "under_review",
          "statusAt": "2026-11-10T17:00:00.000Z",
          "supports": 6,
          "answer": null,
          "timeline": [
            {
              "from": "draft",
              "to": "submitted",
              "at": "2026-10-29T10:00:00.000Z",
              "by": "steering_committee",
              "reason": null
            },
            {
              "from": "submitted",
              "to": "under_review",
              "at": "2026-11-10T17:00:00.000Z",
              "by": "board",
              "reason": {
                "fr": "À examiner avec le résultat de la motion sur le déploiement en France.",
                "nl": "Te bekijken samen met de uitslag van de motie over Frankrijk."
              }
            }
          ],
          "mergedInto": null
        }
      ]
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
      "recommended": [
        {
          "slug": "tableau-contribution",
          "title": {
            "fr": "Un tableau annuel de ce que finance la contribution",
            "nl": "Een jaarlijks overzicht van wat de bijdrage financiert"
          },
          "summary": {
            "fr": "Publier chaque année, service par service, ce que finance la contribution de 8,5 %.",
            "nl": "Elk jaar, dienst per dienst, publiceren wat de bijdrage van 8,5 % financiert."
          },
          "status": "partially_adopted",
          "statusAt": "2026-06-12T16:00:00.000Z",
          "supports": 11,
          "answer": {
            "version": 2,
            "text": {
              "fr": "Réponse révisée : le premier tableau, par grands postes, sera publié avec les comptes 2026. Le conseil a aussi décidé d’étudier le détail par service pour les comptes 2027 ; il fera le point en mars.",
              "nl": "Herzien antwoord: het eerste overzicht, per grote post, wordt met de rekeningen 2026 gepubliceerd. De raad onderzoekt ook de opsplitsing per dienst voor 2027 en maakt in maart de balans op."
            },
            "answeredAt": "2026-09-18T11:00:00.000Z",
            "reviewOn": "2027-03-31"
          },
          "timeline": [
            {
              "from": "draft",
              "to": "submitted",
              "at": "2026-05-05T10:00:00.000Z",
              "by": "steering_committee",
              "reason": null
            },
            {
              "from": "submitted",
              "to": "under_review",
              "at": "2026-05-19T17:00:00.000Z",
              "by": "board",
              "reason": null
            },
            {
              "from": "under_review",
              "to": "partially_adopted",
              "at": "2026-06-12T16:00:00.000Z",
              "by": "board",
              "reason": null
            }
          ],
          "mergedInto": null
        },
        {
          "slug": "fonds-garantie-elargi",
          "title": {
            "fr": "Élargir le fonds de garantie",
            "nl": "Het waarborgfonds uitbreiden"
          },
          "summary": {
            "fr": "Ouvrir le fonds de garantie aux creux d’activité, pas seulement aux impayés.",
            "nl": "Het waarborgfonds openstellen voor periodes met weinig werk, niet alleen voor onbetaalde facturen."
          },
          "status": "merged",
          "statusAt": "2026-10-02T09:00:00.000Z",
          "supports": 2,
          "answer": null,
          "timeline": [
            {
              "from": "draft",
              "to": "submitted",
              "at": "2026-09-15T10:00:00.000Z",
              "by": "steering_committee",
              "reason": null
            },
            {
              "from": "submitted",
              "to": "merged",
              "at": "2026-10-02T09:00:00.000Z",
              "by": "steering_committee",
              "reason": {
                "fr": "Elle demande la même chose que « Un coussin pour les mois maigres », qui la reprend.",
                "nl": "Ze vraagt hetzelfde als „Een buffer voor magere maanden”, die haar overneemt."
              }
            }
          ],
          "mergedInto": {
            "slug": "buffer-mois-maigres",
            "title": {
              "fr": "Un coussin pour les mois maigres",
              "nl": "Een buffer voor magere maanden"
            }
          }
        },
        {
          "slug": "buffer-mois-maigres",
          "title": {
            "fr": "Un coussin pour les mois maigres",
            "nl": "Een buffer voor magere maanden"
          },
          "summary": {
            "fr": "Étendre le fonds de garantie pour que les membres au travail saisonnier passent un mois sans revenu sans s’endetter.",
            "nl": "Het waarborgfonds uitbreiden zodat leden met seizoenswerk een magere maand overbruggen zonder schulden."
          },
          "status": "under_review",
          "statusAt": "2026-10-20T14:00:00.000Z",
          "supports": 7,
          "answer": null,
          "timeline": [
            {
              "from": "draft",
              "to": "submitted",
              "at": "2026-10-01T10:00:00.000Z",
              "by": "steering_committee",
              "reason": null
            },
            {
              "from": "submitted",
              "to": "under_review",
              "at": "2026-10-20T14:00:00.000Z",
              "by": "board",
              "reason": {
                "fr": "Une étude de coût est demandée au service financier.",
                "nl": "De financiële dienst maakt een kostenraming."
              }
            }
          ],
          "mergedInto": null
        }
      ]
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
      "recommended": [
        {
          "slug": "assistant-statut-en-ligne",
          "title": {
            "fr": "Un assistant en ligne pour choisir son statut",
            "nl": "Een online hulp om je statuut te kiezen"
          },
          "summary": {
            "fr": "Un questionnaire en ligne qui oriente les porteurs de projet vers le statut qui leur convient.",
            "nl": "Een online vragenlijst die starters naar het statuut leidt dat bij hen past."
          },
          "status": "not_adopted",
          "statusAt": "2026-05-14T16:30:00.000Z",
          "supports": 3,
          "answer": {
            "version": 1,
            "text": {
              "fr": "Le conseil d’administration ne retient pas la recommandation : le choix d’un statut dépend de trop de situations particulières pour un questionnaire, et un mauvais conseil engagerait la coopérative. Il préfère renforcer les permanences des conseillers, en personne et en ligne.",
              "nl": "De raad van bestuur neemt de aanbeveling niet aan: de keuze van een statuut hangt af van te veel bijzondere situaties voor een vragenlijst. Hij versterkt liever de spreekuren van de adviseurs."
            },
            "answeredAt": "2026-05-14T16:30:00.000Z",
            "reviewOn": null
          },
          "timeline": [
            {
              "from": "draft",
              "to": "submitted",
              "at": "2026-03-30T10:00:00.000Z",
              "by": "steering_committee",
              "reason": null
            },
            {
              "from": "submitted",
              "to": "under_review",
              "at": "2026-04-14T17:00:00.000Z",
              "by": "board",
              "reason": null
            },
            {
              "from": "under_review",
              "to": "not_adopted",
              "at": "2026-05-14T16:30:00.000Z",
              "by": "board",
              "reason": null
            }
          ],
          "mergedInto": null
        },
        {
          "slug": "devis-facture-un-clic",
          "title": {
            "fr": "Du devis à la facture en un clic",
            "nl": "Van offerte naar factuur in één klik",
            "en": "From quote to invoice in one click"
          },
          "summary": {
            "fr": "Des modèles de devis réutilisables, transformés en facture d’un clic une fois la mission faite.",
            "nl": "Herbruikbare offertesjablonen die met één klik een factuur worden zodra de opdracht klaar is.",
            "en": "Reusable quote templates that become an invoice in one click once the job is done."
          },
          "status": "in_progress",
          "statusAt": "2026-09-01T09:30:00.000Z",
          "supports": 8,
          "answer": {
            "version": 1,
            "text": {
              "fr": "Le conseil d’administration adopte la recommandation et l’inscrit au plan de développement des outils de 2026-2027.",
              "nl": "De raad van bestuur neemt de aanbeveling aan en neemt ze op in het ontwikkelingsplan voor de tools 2026-2027.",
              "en": "The board adopts the recommendation and puts it in the 2026-2027 development plan of the tools."
            },
            "answeredAt": "2026-07-08T18:00:00.000Z",
            "reviewOn": "2027-01-15"
          },
          "timeline": [
            {
              "from": "draft",
              "to": "submitted",
              "at": "2026-05-12T10:00:00.000Z",
              "by": "steering_committee",
              "reason": null
            },
            {
              "from": "submitted",
              "to": "adopted",
              "at": "2026-07-08T18:00:00.000Z",
              "by": "board",
              "reason": null
            },
            {
              "from": "adopted",
              "to": "in_progress",
              "at": "2026-09-01T09:30:00.000Z",
              "by": "board",
              "reason": {
                "fr": "Développement commencé ; une version d’essai est prévue pour janvier.",
                "nl": "Ontwikkeling gestart; een testversie is gepland voor januari."
              }
            }
          ],
          "mergedInto": null
        }
      ]
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
          "held": 1,
          "attendees": 22,
          "byTerritory": [
            {
              "territory": "bruxelles",
              "count": 5
            },
            {
              "territory": "wallonie",
              "count": 5
            },
            {
              "territory": "flandre",
              "count": 4
            },
            {
              "territory": "hauts-de-france",
              "count": 4
            },
            {
              "territory": "ile-de-france",
              "count": 4
            }
          ],
          "byRole": [
            {
              "role": "freelancer",
              "count": 7
            },
            {
              "role": "client",
              "count": 4
            },
            {
              "role": "member",
              "count": 4
            },
            {
              "role": "staff",
              "count": 4
            },
            {
              "role": "partner",
              "count": 3
            }
          ]
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
      "recommended": [
        {
          "slug": "college-consultatif-clients",
          "title": {
            "fr": "Un collège consultatif des clients",
            "nl": "Een adviesraad van klanten"
          },
          "summary": {
            "fr": "Donner aux clients des membres un avis consultatif avant les grandes décisions, sans droit de vote.",
            "nl": "Klanten van leden een raadgevende stem geven vóór grote beslissingen, zonder stemrecht."
          },
          "status": "withdrawn",
          "statusAt": "2026-07-01T10:00:00.000Z",
          "supports": 2,
          "answer": null,
          "timeline": [
            {
              "from": "draft",
              "to": "submitted",
              "at": "2026-06-01T10:00:00.000Z",
              "by": "steering_committee",
              "reason": null
            },
            {
              "from": "submitted",
              "to": "withdrawn",
              "at": "2026-07-01T10:00:00.000Z",
              "by": "steering_committee",
              "reason": {
                "fr": "Retirée pour être retravaillée avec des clients lors d’un atelier ; une nouvelle version suivra.",
                "nl": "Ingetrokken om met klanten in een workshop te herwerken; een nieuwe versie volgt."
              }
            }
          ],
          "mergedInto": null
        },
        {
          "slug": "assemblees-regionales",
          "title": {
            "fr": "Des assemblées régionales avant l’assemblée générale",
            "nl": "Regionale vergaderingen vóór de algemene vergadering",
            "en": "Regional meetings before the general assembly"
          },
          "summary": {
            "fr": "Avant chaque assemblée générale, des rencontres régionales pour que les sociétaires éloignés de Bruxelles préparent les motions.",
            "nl": "Vóór elke algemene vergadering regionale bijeenkomsten, zodat vennoten ver van Brussel de moties kunnen voorbereiden.",
            "en": "Before every general assembly, regional meetings so that members far from Brussels can prepare the motions."
          },
          "status": "adopted",
          "statusAt": "2026-10-22T18:00:00.000Z",
          "supports": 10,
          "answer": {
            "version": 1,
            "text": {
              "fr": "Le conseil d’administration adopte la recommandation : les premières assemblées régionales se tiendront un mois avant l’assemblée générale de juin 2027, en Belgique et en France.",
              "nl": "De raad van bestuur neemt de aanbeveling aan: de eerste regionale vergaderingen vinden plaats een maand vóór de algemene vergadering van juni 2027, in België en Frankrijk.",
              "en": "The board adopts the recommendation: the first regional meetings will be held a month before the general assembly of June 2027, in Belgium and France."
            },
            "answeredAt": "2026-10-22T18:00:00.000Z",
            "reviewOn": "2027-06-01"
          },
          "timeline": [
            {
              "from": "draft",
              "to": "submitted",
              "at": "2026-09-07T10:00:00.000Z",
              "by": "steering_committee",
              "reason": null
            },
            {
              "from": "submitted",
              "to": "under_review",
              "at": "2026-09-22T17:00:00.000Z",
              "by": "board",
              "reason": null
            },
            {
              "from": "under_review",
              "to": "adopted",
              "at": "2026-10-22T18:00:00.000Z",
              "by": "board",
              "reason": null
            }
          ],
          "mergedInto": null
        },
        {
          "slug": "vote-electronique-ag",
          "title": {
            "fr": "Voter à distance à l’assemblée générale",
            "nl": "Op afstand stemmen op de algemene vergadering",
            "en": "Voting remotely at the general assembly"
          },
          "summary": {
            "fr": "Permettre aux sociétaires de voter en ligne sur les motions, pendant l’assemblée et la semaine qui la précède.",
            "nl": "Vennoten online laten stemmen over de moties, tijdens de vergadering en de week ervoor.",
            "en": "Let members vote online on the motions, during the assembly and the week before it."
          },
          "status": "submitted",
          "statusAt": "2026-11-18T09:00:00.000Z",
          "supports": 4,
          "answer": null,
          "timeline": [
            {
              "from": "draft",
              "to": "submitted",
              "at": "2026-11-18T09:00:00.000Z",
              "by": "steering_committee",
              "reason": null
            }
          ],
          "mergedInto": null
        }
      ]
    }
  ]
}'));

INSERT INTO audit_log (item_kind, item_id, actor, action, from_status, to_status, reason_code, note, at)
SELECT 'publication', '2026', 'demo-admin', 'publish', '0', '1', NULL, NULL, '2026-11-20T10:00:00.000Z'
WHERE NOT EXISTS (SELECT 1 FROM audit_log
  WHERE item_kind = 'publication' AND item_id = '2026' AND action = 'publish' AND to_status = '1');
