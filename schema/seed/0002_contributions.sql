-- Demo data: written contributions. Idempotent (INSERT OR IGNORE on fixed
-- references), like every file of schema/seed/, which are run in name order.

-- Written contributions. On 'entreprise-partagee' members' contributions are
-- published at once and moderated afterwards; elsewhere nothing is public
-- before a moderator approves it. Six published (French and Dutch, several
-- roles and territories, one anonymous) and two pending, for the moderation
-- queue. References are fixed ('D3M0-…') so that the rows are inserted once.
UPDATE themes SET moderation = 'post_members' WHERE slug = 'entreprise-partagee';

INSERT OR IGNORE INTO contributions (id, theme_id, participant, idempotency_key, status, title, body, role,
  territory, display_name, anonymous, email, consent_at, submitted_at, published_at, updated_at, self_declared)
WITH c (id, theme, participant, status, title, body, role, territory, display_name, anonymous, email,
  submitted_at, published_at) AS (VALUES
  ('D3M0-K7M2', 'cooperative-pour-qui', 'demo-seed-1', 'published',
     'Garder les freelances qui décollent',
     'Beaucoup de freelances quittent Smart dès que leur activité décolle. Une offre claire pour celles et ceux qui alternent le statut d''indépendant et le nôtre les garderait dans la coopérative.',
     'freelancer', 'bruxelles', 'Sophie L.', 0, NULL, '2026-02-09T18:40:00.000Z', '2026-02-10T09:12:00.000Z'),
  ('D3M0-9QXA', 'cooperative-pour-qui', 'demo-seed-7', 'published',
     'Ook plaats voor kleine opdrachtgevers',
     'Kleine organisaties die met freelancers werken, kennen Smart vaak niet. Een eenvoudige gids voor opdrachtgevers zou meer leden aan het werk helpen en de coöperatie bekender maken.',
     'client', 'flandre', 'Pieter V.', 0, NULL, '2026-02-11T07:55:00.000Z', '2026-02-11T14:03:00.000Z'),
  ('D3M0-H4ZT', 'modele-economique', 'demo-seed-2', 'published',
     'Rendre la contribution lisible',
     'La contribution de 8,5 % passe mieux quand on voit ce qu''elle finance. Un tableau annuel, service par service, couperait court à bien des rumeurs sur les frais de fonctionnement.',
     'staff', 'wallonie', NULL, 1, NULL, '2026-02-12T10:20:00.000Z', '2026-02-12T16:45:00.000Z'),
  ('D3M0-W8NB', 'modele-economique', 'demo-seed-9', 'published',
     'Een buffer voor magere maanden',
     'Het waarborgfonds is een sterk punt van Smart. Kunnen we het uitbreiden zodat leden met seizoenswerk een magere maand kunnen overbruggen zonder schulden te maken?',
     'freelancer', 'bruxelles', 'Ines D.', 0, NULL, '2026-02-13T20:02:00.000Z', '2026-02-14T08:30:00.000Z'),
  ('D3M0-P5RC', 'creer-son-activite', 'demo-seed-10', 'published',
     'Une facturation en deux clics',
     'Je passe trop de temps sur mes devis. Un modèle de devis réutilisable, transformé en facture d''un clic une fois la mission faite, me ferait gagner une demi-journée par mois.',
     'freelancer', 'ile-de-france', 'Karim B.', 0, NULL, '2026-02-15T11:11:00.000Z', '2026-02-15T15:00:00.000Z'),
  ('D3M0-S2VE', 'entreprise-partagee', 'demo-seed-3', 'published',
     'Des assemblées régionales avant l''AG',
     'Avant chaque assemblée générale, des rencontres régionales permettraient aux sociétaires éloignés de Bruxelles de préparer les motions et d''y peser vraiment.',
     'member', 'occitanie', 'Claire M.', 0, NULL, '2026-02-16T19:30:00.000Z', '2026-02-16T19:30:00.000Z'),
  ('D3M0-G6YJ', 'creer-son-activite', 'demo-seed-8', 'pending',
     'Een gedeelde agenda voor projecten',
     'Wie met meerdere leden aan één project werkt, mist een gedeelde planning. Een eenvoudige projectagenda in het ledenportaal zou veel mails en misverstanden besparen.',
     'partner', 'en-ligne', 'Lotte', 0, 'lotte@example.org', '2026-02-17T09:05:00.000Z', NULL),
  ('D3M0-X3KF', 'entreprise-partagee', 'demo-seed-11', 'pending',
     'Associer les clients aux décisions',
     'Les clients des membres font vivre la coopérative eux aussi. Un collège consultatif de clients pourrait donner son avis avant les grandes décisions, sans droit de vote.',
     'client', 'autre', NULL, 1, NULL, '2026-02-18T13:47:00.000Z', NULL))
SELECT c.id, t.id, c.participant, 'demo-seed-' || c.id, c.status, c.title, c.body, c.role,
  c.territory, c.display_name, c.anonymous, c.email, c.submitted_at, c.submitted_at, c.published_at,
  coalesce(c.published_at, c.submitted_at),
  -- The named authors wrote signed in (their site vouched for their role); the anonymous ones declared it.
  c.anonymous
FROM c JOIN themes t ON t.slug = c.theme;
