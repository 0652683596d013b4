-- Demo data for the example page: three open polls and a few ballots. The
-- files of schema/seed/ run in name order (npm start, npm run db:seed).
-- Idempotent: every row has a unique key and is inserted OR IGNORE, so a
-- second run adds nothing (and, no ballot being inserted, no tally moves).
-- Seed ballots use made-up participant values ('demo-seed-N'), never hashes
-- of real people. Run: npm run db:seed

-- The members' motion put to the general assembly.
INSERT OR IGNORE INTO polls (slug, theme_id, kind, question, description, audience, results_visibility,
  max_choices, allow_change, opens_at, closes_at, created_at, updated_at)
VALUES ('deploiement-france', (SELECT id FROM themes WHERE slug = 'entreprise-partagee'), 'motion',
  json_object(
    'fr', 'Le conseil d''administration propose de déployer la démarche Smart in Progress en France. Êtes-vous d''accord ?',
    'nl', 'De raad van bestuur stelt voor om het traject Smart in Progress in Frankrijk uit te rollen. Gaat u akkoord?',
    'en', 'The board of directors proposes to roll out the Smart in Progress process in France. Do you agree?'),
  json_object(
    'fr', 'Chaque sociétaire dispose d''une voix et peut modifier son vote jusqu''à la clôture.',
    'nl', 'Elke vennoot heeft één stem en kan die wijzigen tot de stemming sluit.',
    'en', 'Each member has one vote and may change it until the vote closes.'),
  'members', 'after_vote', NULL, 1, '2026-01-01T00:00:00.000Z', '2027-06-30T22:00:00.000Z',
  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');

INSERT OR IGNORE INTO poll_options (poll_id, key, position, label)
SELECT p.id, o.key, o.position, o.label
FROM polls p,
  (SELECT 'for' AS key, 0 AS position, json_object('fr', 'Pour', 'nl', 'Voor', 'en', 'For') AS label
   UNION ALL SELECT 'against', 1, json_object('fr', 'Contre', 'nl', 'Tegen', 'en', 'Against')
   UNION ALL SELECT 'abstain', 2, json_object('fr', 'Abstention', 'nl', 'Onthouding', 'en', 'Abstain')) AS o
WHERE p.slug = 'deploiement-france';

-- A public single-choice poll with live results.
INSERT OR IGNORE INTO polls (slug, theme_id, kind, question, description, audience, results_visibility,
  max_choices, allow_change, opens_at, closes_at, created_at, updated_at)
VALUES ('outils-en-ligne', (SELECT id FROM themes WHERE slug = 'creer-son-activite'), 'single',
  json_object(
    'fr', 'Quel outil en ligne Smart devrait-il développer en priorité ?',
    'nl', 'Welke onlinetool moet Smart als eerste ontwikkelen?',
    'en', 'Which online tool should Smart build first?'),
  NULL, 'public', 'live', NULL, 0, '2026-01-01T00:00:00.000Z', '2027-06-30T22:00:00.000Z',
  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');

INSERT OR IGNORE INTO poll_options (poll_id, key, position, label)
SELECT p.id, o.key, o.position, o.label
FROM polls p,
  (SELECT 'facturation' AS key, 0 AS position,
     json_object('fr', 'Devis et factures en ligne', 'nl', 'Offertes en facturen online', 'en', 'Online quotes and invoices') AS label
   UNION ALL SELECT 'tresorerie', 1,
     json_object('fr', 'Suivi de trésorerie en temps réel', 'nl', 'Realtime opvolging van je kasstroom', 'en', 'Real-time cash-flow tracking')
   UNION ALL SELECT 'contrats', 2,
     json_object('fr', 'Contrats et missions signés en ligne', 'nl', 'Contracten en opdrachten online ondertekenen', 'en', 'Contracts and assignments signed online')
   UNION ALL SELECT 'annuaire', 3,
     json_object('fr', 'Annuaire des membres pour collaborer', 'nl', 'Ledengids om samen te werken', 'en', 'Member directory to work together')) AS o
WHERE p.slug = 'outils-en-ligne';

-- A multiple-choice poll for signed-in participants, results after voting.
INSERT OR IGNORE INTO polls (slug, theme_id, kind, question, description, audience, results_visibility,
  max_choices, allow_change, opens_at, closes_at, created_at, updated_at)
VALUES ('modele-contribution', (SELECT id FROM themes WHERE slug = 'modele-economique'), 'multiple',
  json_object(
    'fr', 'Quelles pistes pour consolider le modèle solidaire ? (deux au plus)',
    'nl', 'Welke pistes om het solidaire model te versterken? (hoogstens twee)',
    'en', 'Which ways to strengthen the solidarity model? (two at most)'),
  json_object(
    'fr', 'La contribution de 8,5 % du chiffre d''affaires finance les services mutualisés.',
    'nl', 'De bijdrage van 8,5 % op de omzet financiert de gedeelde diensten.',
    'en', 'The 8.5 % contribution on turnover funds the shared services.'),
  'participants', 'after_vote', 2, 0, '2026-01-01T00:00:00.000Z', '2027-06-30T22:00:00.000Z',
  '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');

INSERT OR IGNORE INTO poll_options (poll_id, key, position, label)
SELECT p.id, o.key, o.position, o.label
FROM polls p,
  (SELECT 'contribution-modulee' AS key, 0 AS position,
     json_object('fr', 'Moduler la contribution selon le chiffre d''affaires', 'nl', 'De bijdrage afstemmen op de omzet', 'en', 'Scale the contribution with turnover') AS label
   UNION ALL SELECT 'fonds-garantie', 1,
     json_object('fr', 'Renforcer le fonds de garantie mutuel', 'nl', 'Het gemeenschappelijk waarborgfonds versterken', 'en', 'Strengthen the mutual guarantee fund')
   UNION ALL SELECT 'services-mutualises', 2,
     json_object('fr', 'Mutualiser davantage de services', 'nl', 'Meer diensten delen', 'en', 'Share more services')
   UNION ALL SELECT 'transparence', 3,
     json_object('fr', 'Publier chaque année l''usage de la contribution', 'nl', 'Jaarlijks het gebruik van de bijdrage publiceren', 'en', 'Publish each year how the contribution is spent')) AS o
WHERE p.slug = 'modele-contribution';

-- A few ballots, so that results are not empty. The triggers count them.
INSERT OR IGNORE INTO ballots (poll_id, participant, choices, roles, cast_at, updated_at)
SELECT p.id, b.participant, b.choices, b.roles, '2026-02-02T09:00:00.000Z', '2026-02-02T09:00:00.000Z'
FROM polls p,
  (SELECT 'demo-seed-1' AS participant, '["for"]' AS choices, '["freelancer","member"]' AS roles
   UNION ALL SELECT 'demo-seed-2', '["for"]', '["staff","member"]'
   UNION ALL SELECT 'demo-seed-3', '["against"]', '["member"]'
   UNION ALL SELECT 'demo-seed-4', '["abstain"]', '["freelancer","member"]') AS b
WHERE p.slug = 'deploiement-france';

INSERT OR IGNORE INTO ballots (poll_id, participant, choices, roles, cast_at, updated_at)
SELECT p.id, b.participant, b.choices, b.roles, '2026-02-03T14:30:00.000Z', '2026-02-03T14:30:00.000Z'
FROM polls p,
  (SELECT 'demo-seed-1' AS participant, '["facturation"]' AS choices, '["freelancer","member"]' AS roles
   UNION ALL SELECT 'demo-seed-5', '["tresorerie"]', '["anonymous"]'
   UNION ALL SELECT 'demo-seed-6', '["facturation"]', '["anonymous"]'
   UNION ALL SELECT 'demo-seed-7', '["contrats"]', '["client"]'
   UNION ALL SELECT 'demo-seed-8', '["annuaire"]', '["partner"]') AS b
WHERE p.slug = 'outils-en-ligne';

INSERT OR IGNORE INTO ballots (poll_id, participant, choices, roles, cast_at, updated_at)
SELECT p.id, b.participant, b.choices, b.roles, '2026-02-04T18:15:00.000Z', '2026-02-04T18:15:00.000Z'
FROM polls p,
  (SELECT 'demo-seed-1' AS participant, '["contribution-modulee","transparence"]' AS choices,
     '["freelancer","member"]' AS roles
   UNION ALL SELECT 'demo-seed-2', '["services-mutualises"]', '["staff","member"]'
   UNION ALL SELECT 'demo-seed-7', '["fonds-garantie","transparence"]', '["client"]') AS b
WHERE p.slug = 'modele-contribution';
