-- Demo data: recommendations to the board, for the 2026 cycle. Idempotent,
-- like every file of schema/seed/ (run in name order, after the polls,
-- contributions and events they draw on): recommendations by their fixed slugs and
-- Atom ids (INSERT OR IGNORE), answers and sources by their primary keys,
-- and the timeline, supports and audit lines only where not there yet, so a
-- second run adds nothing and moves no counter.
--
-- Twelve recommendations, three per theme, in every status: one draft, two
-- submitted (one written in Dutch only), two under review, one adopted, one
-- partially adopted (its answer revised once), one not adopted, one in
-- progress, one implemented, one withdrawn and one merged into another. Each
-- timeline follows the lifecycle table (schema/recommendation-lifecycle.ts),
-- every decision has the answer of the board, supports were given while they were
-- open, and the sources are the published contributions of 0002, the
-- polls of 0001 and the past Brussels workshop of 0003 (with its minutes). Dates are fixed within 2026 (the cycle), as those of the
-- contributions are: none depends on the day the seed runs.

-- The recommendations but the merged one (which points to another: below).
-- Texts are WrittenText ({fr?, nl?, en?}): json_patch drops the languages left NULL.
INSERT OR IGNORE INTO recommendations (slug, theme_id, year, status, title, summary, body, audience, atom_id,
  created_at, status_at, changed_at, updated_at)
WITH r (slug, theme, status, audience, atom_id, title_fr, title_nl, title_en, summary_fr, summary_nl, summary_en,
  body_fr, body_nl, body_en, created_at, status_at, changed_at, updated_at) AS (VALUES
  ('offre-freelances-independants', 'cooperative-pour-qui', 'implemented', 'participants',
     'urn:uuid:328d5b1a-7e31-4610-ad99-d9fe59cd9120',
     'Une offre pour les freelances qui alternent les statuts',
     'Een aanbod voor freelancers die van statuut wisselen',
     'An offer for freelancers who switch between statuses',
     'Garder dans la coopérative les freelances dont l’activité décolle, avec une offre pensée pour celles et ceux qui alternent le statut d’indépendant et celui de Smart.',
     'Freelancers bij wie het goed gaat in de coöperatie houden, met een aanbod voor wie afwisselt tussen zelfstandige en Smart.',
     'Keep freelancers whose activity takes off in the cooperative, with an offer for those who alternate between self-employment and Smart.',
     'Beaucoup de freelances quittent Smart dès que leur activité décolle. Le comité de pilotage recommande une offre « passerelle » : garder son compte, ses assurances et l’accès aux services mutualisés pendant les périodes passées sous statut d’indépendant, avec une contribution réduite. Elle répond aux contributions reçues sur ce thème et aux échanges de l’atelier de Bruxelles.',
     'Veel freelancers verlaten Smart zodra hun activiteit groeit. Het stuurcomité beveelt een „brugaanbod” aan: rekening, verzekeringen en gedeelde diensten behouden tijdens periodes als zelfstandige, met een lagere bijdrage.',
     NULL,
     '2026-03-02T09:00:00.000Z', '2026-10-30T15:00:00.000Z', '2026-10-30T15:00:00.000Z', '2026-10-30T15:00:00.000Z'),
  ('guide-opdrachtgevers', 'cooperative-pour-qui', 'submitted', 'public',
     'urn:uuid:d9531c93-2050-4b8d-b74f-f6d13e0985f7',
     NULL, 'Een gids voor kleine opdrachtgevers', NULL,
     NULL, 'Kleine organisaties die met freelancers werken, een eenvoudige gids geven: hoe werkt Smart, wat kost het, wie is verzekerd.', NULL,
     NULL, 'Kleine organisaties die met freelancers werken, kennen Smart vaak niet. Het stuurcomité beveelt een korte gids aan, in drie talen, die uitlegt hoe een opdracht via Smart verloopt, wat ze kost en wie verzekerd is. Leden kunnen hem aan hun klanten geven; zo komen meer leden aan het werk en wordt de coöperatie bekender.', NULL,
     '2026-10-20T08:30:00.000Z', '2026-11-05T10:00:00.000Z', '2026-11-05T10:00:00.000Z', '2026-11-05T10:00:00.000Z'),
  ('accueil-nouveaux-membres-france', 'cooperative-pour-qui', 'under_review', 'participants',
     'urn:uuid:042fe950-5fb3-4b46-b03c-a1c601e435aa',
     'Accueillir les nouveaux membres en France',
     'Nieuwe leden in Frankrijk onthalen',
     'Welcoming new members in France',
     'Si le déploiement en France est adopté, un parcours d’accueil dans chaque région : une réunion d’information, une personne référente, un premier atelier.',
     'Als de uitrol in Frankrijk wordt aangenomen, een onthaaltraject in elke regio: een infosessie, een vaste contactpersoon, een eerste workshop.',
     'If the roll-out in France is adopted, a welcome path in every region: an information session, a contact person, a first workshop.',
     'La motion sur le déploiement en France montre une attente forte des sociétaires. Le comité de pilotage recommande que chaque région française dispose, dès la première année, d’une réunion d’information mensuelle, d’une personne référente joignable et d’un atelier d’accueil, sur le modèle de ce qui existe à Bruxelles.',
     'De motie over de uitrol in Frankrijk toont dat vennoten veel verwachten. Het stuurcomité beveelt aan dat elke Franse regio vanaf het eerste jaar een maandelijkse infosessie, een bereikbare contactpersoon en een onthaalworkshop heeft.',
     'The motion on the roll-out in France shows what members expect. The steering committee recommends that every French region have, from the first year, a monthly information session, a contact person and a welcome workshop.',
     '2026-10-26T09:00:00.000Z', '2026-11-10T17:00:00.000Z', '2026-11-10T17:00:00.000Z', '2026-11-12T08:15:00.000Z'),
  ('tableau-contribution', 'modele-economique', 'partially_adopted', 'participants',
     'urn:uuid:d86fec38-fe5d-49b6-a2f7-b6dfcaa77dfb',
     'Un tableau annuel de ce que finance la contribution',
     'Een jaarlijks overzicht van wat de bijdrage financiert',
     NULL,
     'Publier chaque année, service par service, ce que finance la contribution de 8,5 %.',
     'Elk jaar, dienst per dienst, publiceren wat de bijdrage van 8,5 % financiert.',
     NULL,
     'La contribution de 8,5 % passe mieux quand on voit ce qu’elle finance. Le comité de pilotage recommande un tableau annuel, publié avec les comptes, qui ventile la contribution par service (accompagnement, assurances, fonds de garantie, outils, gouvernance) et le compare à l’année précédente. Le sondage sur le modèle de contribution montre que les membres veulent d’abord cette transparence.',
     'De bijdrage van 8,5 % wordt beter aanvaard als men ziet wat ze financiert. Het stuurcomité beveelt een jaarlijks overzicht aan, samen met de rekeningen gepubliceerd, dat de bijdrage per dienst opsplitst en met het vorige jaar vergelijkt.',
     NULL,
     '2026-04-20T09:00:00.000Z', '2026-06-12T16:00:00.000Z', '2026-09-18T11:00:00.000Z', '2026-09-18T11:00:00.000Z'),
  ('buffer-mois-maigres', 'modele-economique', 'under_review', 'participants',
     'urn:uuid:63817a82-ad01-4dae-9e2e-a33501d457d0',
     'Un coussin pour les mois maigres',
     'Een buffer voor magere maanden',
     NULL,
     'Étendre le fonds de garantie pour que les membres au travail saisonnier passent un mois sans revenu sans s’endetter.',
     'Het waarborgfonds uitbreiden zodat leden met seizoenswerk een magere maand overbruggen zonder schulden.',
     NULL,
     'Le fonds de garantie est un point fort de Smart. Le comité de pilotage recommande d’y ajouter une avance de lissage : un membre dont l’activité est saisonnière pourrait percevoir, sur demande, une avance remboursable sur ses facturations à venir, plafonnée et sans intérêts. Cette recommandation reprend aussi celle sur l’élargissement du fonds de garantie, qui y a été fusionnée.',
     'Het waarborgfonds is een sterk punt van Smart. Het stuurcomité beveelt een afvlakkingsvoorschot aan: een lid met seizoenswerk kan op aanvraag een terugbetaalbaar voorschot krijgen op toekomstige facturen, begrensd en zonder interest.',
     NULL,
     '2026-09-10T09:00:00.000Z', '2026-10-20T14:00:00.000Z', '2026-10-20T14:00:00.000Z', '2026-10-20T14:00:00.000Z'),
  ('devis-facture-un-clic', 'creer-son-activite', 'in_progress', 'public',
     'urn:uuid:9b684d9c-10d4-4f0d-ad48-c947024721dc',
     'Du devis à la facture en un clic',
     'Van offerte naar factuur in één klik',
     'From quote to invoice in one click',
     'Des modèles de devis réutilisables, transformés en facture d’un clic une fois la mission faite.',
     'Herbruikbare offertesjablonen die met één klik een factuur worden zodra de opdracht klaar is.',
     'Reusable quote templates that become an invoice in one click once the job is done.',
     'Les membres passent trop de temps sur leurs devis. Le comité de pilotage recommande d’ajouter à l’espace membre des modèles de devis réutilisables et la transformation d’un devis accepté en facture, sans ressaisie. Le sondage sur les outils en ligne place cet outil en tête.',
     'Leden besteden te veel tijd aan hun offertes. Het stuurcomité beveelt herbruikbare offertesjablonen aan en het omzetten van een aanvaarde offerte in een factuur, zonder alles opnieuw in te typen.',
     'Members spend too much time on quotes. The steering committee recommends reusable quote templates in the members’ area and turning an accepted quote into an invoice without typing it again.',
     '2026-05-04T09:00:00.000Z', '2026-09-01T09:30:00.000Z', '2026-09-01T09:30:00.000Z', '2026-09-01T09:30:00.000Z'),
  ('agenda-projets-partage', 'creer-son-activite', 'draft', 'participants',
     'urn:uuid:a26a9bb1-e71a-4108-9407-40dce3ba345b',
     'Un agenda partagé pour les projets à plusieurs',
     'Een gedeelde agenda voor projecten met meerderen',
     NULL,
     'Une planification commune dans l’espace membre pour celles et ceux qui travaillent à plusieurs sur un projet.',
     'Een gemeenschappelijke planning in het ledenportaal voor wie met meerderen aan een project werkt.',
     NULL,
     'Brouillon du comité de pilotage, à compléter avec les résultats du sondage sur les outils en ligne avant de le soumettre au conseil d’administration.',
     NULL, NULL,
     '2026-11-16T10:00:00.000Z', '2026-11-16T10:00:00.000Z', '2026-11-16T10:00:00.000Z', '2026-11-20T09:40:00.000Z'),
  ('assistant-statut-en-ligne', 'creer-son-activite', 'not_adopted', 'participants',
     'urn:uuid:be69b2a1-e13a-4b7f-8c51-1ca66c1a4e8d',
     'Un assistant en ligne pour choisir son statut',
     'Een online hulp om je statuut te kiezen',
     NULL,
     'Un questionnaire en ligne qui oriente les porteurs de projet vers le statut qui leur convient.',
     'Een online vragenlijst die starters naar het statuut leidt dat bij hen past.',
     NULL,
     'Les porteurs de projet hésitent entre plusieurs statuts. Le comité de pilotage recommande un questionnaire en ligne qui, en dix questions, indique le statut le plus adapté et renvoie vers un conseiller.',
     'Starters twijfelen tussen verschillende statuten. Het stuurcomité beveelt een online vragenlijst aan die in tien vragen het best passende statuut aangeeft en naar een adviseur doorverwijst.',
     NULL,
     '2026-03-16T09:00:00.000Z', '2026-05-14T16:30:00.000Z', '2026-05-14T16:30:00.000Z', '2026-05-14T16:30:00.000Z'),
  ('assemblees-regionales', 'entreprise-partagee', 'adopted', 'members',
     'urn:uuid:e9458552-cad3-4068-b583-5ef4b3abb285',
     'Des assemblées régionales avant l’assemblée générale',
     'Regionale vergaderingen vóór de algemene vergadering',
     'Regional meetings before the general assembly',
     'Avant chaque assemblée générale, des rencontres régionales pour que les sociétaires éloignés de Bruxelles préparent les motions.',
     'Vóór elke algemene vergadering regionale bijeenkomsten, zodat vennoten ver van Brussel de moties kunnen voorbereiden.',
     'Before every general assembly, regional meetings so that members far from Brussels can prepare the motions.',
     'Les sociétaires éloignés de Bruxelles pèsent peu sur les décisions de l’assemblée générale. Le comité de pilotage recommande, un mois avant chaque assemblée, une rencontre par région (en personne et en ligne) où les motions sont présentées et discutées, et où les questions des membres sont recueillies pour l’assemblée.',
     'Vennoten ver van Brussel wegen weinig op de beslissingen van de algemene vergadering. Het stuurcomité beveelt aan om een maand vóór elke vergadering per regio een bijeenkomst te houden (ter plaatse en online) waar de moties worden voorgesteld en besproken.',
     'Members far from Brussels have little say in the general assembly’s decisions. The steering committee recommends, a month before every assembly, a meeting in each region (in person and online) where the motions are presented and discussed.',
     '2026-08-24T09:00:00.000Z', '2026-10-22T18:00:00.000Z', '2026-10-22T18:00:00.000Z', '2026-10-22T18:00:00.000Z'),
  ('college-consultatif-clients', 'entreprise-partagee', 'withdrawn', 'participants',
     'urn:uuid:c4627fd2-380e-4c06-8051-cdf8c5793750',
     'Un collège consultatif des clients',
     'Een adviesraad van klanten',
     NULL,
     'Donner aux clients des membres un avis consultatif avant les grandes décisions, sans droit de vote.',
     'Klanten van leden een raadgevende stem geven vóór grote beslissingen, zonder stemrecht.',
     NULL,
     'Les clients des membres font vivre la coopérative eux aussi. Le comité de pilotage proposait un collège consultatif de clients, réuni deux fois par an, qui donnerait son avis avant les grandes décisions.',
     'Ook de klanten van leden houden de coöperatie in leven. Het stuurcomité stelde een adviesraad van klanten voor, die twee keer per jaar vergadert.',
     NULL,
     '2026-05-18T09:00:00.000Z', '2026-07-01T10:00:00.000Z', '2026-07-01T10:00:00.000Z', '2026-07-01T10:00:00.000Z'),
  ('vote-electronique-ag', 'entreprise-partagee', 'submitted', 'members',
     'urn:uuid:7ceeea7a-5996-4eeb-a875-0d57f10cfd41',
     'Voter à distance à l’assemblée générale',
     'Op afstand stemmen op de algemene vergadering',
     'Voting remotely at the general assembly',
     'Permettre aux sociétaires de voter en ligne sur les motions, pendant l’assemblée et la semaine qui la précède.',
     'Vennoten online laten stemmen over de moties, tijdens de vergadering en de week ervoor.',
     'Let members vote online on the motions, during the assembly and the week before it.',
     'Le sondage sur le déploiement en France a réuni bien plus de sociétaires qu’une assemblée en salle. Le comité de pilotage recommande d’ouvrir le vote en ligne sur les motions de l’assemblée générale, une semaine avant et pendant la séance, avec la même règle d’une voix par sociétaire.',
     'De stemming over de uitrol in Frankrijk bereikte veel meer vennoten dan een vergadering in een zaal. Het stuurcomité beveelt aan om online te laten stemmen over de moties, een week vooraf en tijdens de vergadering.',
     'The vote on the roll-out in France reached far more members than an assembly in a room. The steering committee recommends opening online voting on the general assembly’s motions, a week before and during the meeting.',
     '2026-11-09T09:00:00.000Z', '2026-11-18T09:00:00.000Z', '2026-11-18T09:00:00.000Z', '2026-11-18T09:00:00.000Z'))
SELECT r.slug, t.id, 2026, r.status,
  json_patch('{}', json_object('fr', r.title_fr, 'nl', r.title_nl, 'en', r.title_en)),
  json_patch('{}', json_object('fr', r.summary_fr, 'nl', r.summary_nl, 'en', r.summary_en)),
  json_patch('{}', json_object('fr', r.body_fr, 'nl', r.body_nl, 'en', r.body_en)),
  r.audience, r.atom_id, r.created_at, r.status_at, r.changed_at, r.updated_at
FROM r JOIN themes t ON t.slug = r.theme;

-- Merged (in October) into the recommendation on lean months, which took it up.
INSERT OR IGNORE INTO recommendations (slug, theme_id, year, status, title, summary, body, audience, merged_into,
  atom_id, created_at, status_at, changed_at, updated_at)
SELECT 'fonds-garantie-elargi', t.id, 2026, 'merged',
  json_object('fr', 'Élargir le fonds de garantie', 'nl', 'Het waarborgfonds uitbreiden'),
  json_object('fr', 'Ouvrir le fonds de garantie aux creux d’activité, pas seulement aux impayés.',
    'nl', 'Het waarborgfonds openstellen voor periodes met weinig werk, niet alleen voor onbetaalde facturen.'),
  json_object('fr', 'Le fonds de garantie couvre aujourd’hui les factures impayées. Le comité de pilotage recommandait de l’ouvrir aussi aux creux d’activité des membres. Cette recommandation a été fusionnée dans « Un coussin pour les mois maigres », qui la reprend.'),
  'participants', target.id, 'urn:uuid:88a1a43b-d75a-4c69-b49f-a692669e4288',
  '2026-09-08T09:00:00.000Z', '2026-10-02T09:00:00.000Z', '2026-10-02T09:00:00.000Z', '2026-10-02T09:00:00.000Z'
FROM themes t, recommendations target
WHERE t.slug = 'modele-economique' AND target.slug = 'buffer-mois-maigres';

-- The public timeline: every move, from the submission, each one allowed by
-- the lifecycle table for the body that made it.
INSERT INTO recommendation_status_changes (recommendation_id, from_status, to_status, body, reason, at)
SELECT r.id, h.from_status, h.to_status, h.body,
  CASE WHEN h.reason_fr IS NULL AND h.reason_nl IS NULL THEN NULL
    ELSE json_patch('{}', json_object('fr', h.reason_fr, 'nl', h.reason_nl)) END,
  h.at
FROM (
  WITH h (slug, from_status, to_status, body, reason_fr, reason_nl, at) AS (VALUES
    ('offre-freelances-independants', 'draft', 'submitted', 'steering_committee', NULL, NULL, '2026-03-10T10:00:00.000Z'),
    ('offre-freelances-independants', 'submitted', 'under_review', 'board',
       'Inscrite à l’ordre du jour du conseil d’avril.', 'Op de agenda van de raad van april.', '2026-03-24T17:00:00.000Z'),
    ('offre-freelances-independants', 'under_review', 'adopted', 'board', NULL, NULL, '2026-04-15T18:30:00.000Z'),
    ('offre-freelances-independants', 'adopted', 'in_progress', 'board',
       'Une équipe projet est constituée ; l’offre est testée à Bruxelles.', 'Een projectteam is opgericht; het aanbod wordt in Brussel getest.',
       '2026-05-20T09:00:00.000Z'),
    ('offre-freelances-independants', 'in_progress', 'implemented', 'board',
       'L’offre passerelle est ouverte à tous les membres depuis le 1er octobre.', 'Het brugaanbod staat sinds 1 oktober open voor alle leden.',
       '2026-10-30T15:00:00.000Z'),
    ('guide-opdrachtgevers', 'draft', 'submitted', 'steering_committee', NULL, NULL, '2026-11-05T10:00:00.000Z'),
    ('accueil-nouveaux-membres-france', 'draft', 'submitted', 'steering_committee', NULL, NULL, '2026-10-29T10:00:00.000Z'),
    ('accueil-nouveaux-membres-france', 'submitted', 'under_review', 'board',
       'À examiner avec le résultat de la motion sur le déploiement en France.', 'Te bekijken samen met de uitslag van de motie over Frankrijk.',
       '2026-11-10T17:00:00.000Z'),
    ('tableau-contribution', 'draft', 'submitted', 'steering_committee', NULL, NULL, '2026-05-05T10:00:00.000Z'),
    ('tableau-contribution', 'submitted', 'under_review', 'board', NULL, NULL, '2026-05-19T17:00:00.000Z'),
    ('tableau-contribution', 'under_review', 'partially_adopted', 'board', NULL, NULL, '2026-06-12T16:00:00.000Z'),
    ('buffer-mois-maigres', 'draft', 'submitted', 'steering_committee', NULL, NULL, '2026-10-01T10:00:00.000Z'),
    ('buffer-mois-maigres', 'submitted', 'under_review', 'board',
       'Une étude de coût est demandée au service financier.', 'De financiële dienst maakt een kostenraming.', '2026-10-20T14:00:00.000Z'),
    ('fonds-garantie-elargi', 'draft', 'submitted', 'steering_committee', NULL, NULL, '2026-09-15T10:00:00.000Z'),
    ('fonds-garantie-elargi', 'submitted', 'merged', 'steering_committee',
       'Elle demande la même chose que « Un coussin pour les mois maigres », qui la reprend.',
       'Ze vraagt hetzelfde als „Een buffer voor magere maanden”, die haar overneemt.', '2026-10-02T09:00:00.000Z'),
    ('devis-facture-un-clic', 'draft', 'submitted', 'steering_committee', NULL, NULL, '2026-05-12T10:00:00.000Z'),
    ('devis-facture-un-clic', 'submitted', 'adopted', 'board', NULL, NULL, '2026-07-08T18:00:00.000Z'),
    ('devis-facture-un-clic', 'adopted', 'in_progress', 'board',
       'Développement commencé ; une version d’essai est prévue pour janvier.', 'Ontwikkeling gestart; een testversie is gepland voor januari.',
       '2026-09-01T09:30:00.000Z'),
    ('assistant-statut-en-ligne', 'draft', 'submitted', 'steering_committee', NULL, NULL, '2026-03-30T10:00:00.000Z'),
    ('assistant-statut-en-ligne', 'submitted', 'under_review', 'board', NULL, NULL, '2026-04-14T17:00:00.000Z'),
    ('assistant-statut-en-ligne', 'under_review', 'not_adopted', 'board', NULL, NULL, '2026-05-14T16:30:00.000Z'),
    ('assemblees-regionales', 'draft', 'submitted', 'steering_committee', NULL, NULL, '2026-09-07T10:00:00.000Z'),
    ('assemblees-regionales', 'submitted', 'under_review', 'board', NULL, NULL, '2026-09-22T17:00:00.000Z'),
    ('assemblees-regionales', 'under_review', 'adopted', 'board', NULL, NULL, '2026-10-22T18:00:00.000Z'),
    ('college-consultatif-clients', 'draft', 'submitted', 'steering_committee', NULL, NULL, '2026-06-01T10:00:00.000Z'),
    ('college-consultatif-clients', 'submitted', 'withdrawn', 'steering_committee',
       'Retirée pour être retravaillée avec des clients lors d’un atelier ; une nouvelle version suivra.',
       'Ingetrokken om met klanten in een workshop te herwerken; een nieuwe versie volgt.', '2026-07-01T10:00:00.000Z'),
    ('vote-electronique-ag', 'draft', 'submitted', 'steering_committee', NULL, NULL, '2026-11-18T09:00:00.000Z'))
  SELECT * FROM h
) h JOIN recommendations r ON r.slug = h.slug
WHERE NOT EXISTS (
  SELECT 1 FROM recommendation_status_changes x
  WHERE x.recommendation_id = r.id AND x.to_status = h.to_status AND x.at = h.at);

-- The answers of the board: each first one given with its decision (the same
-- instant as the move), one revised since (tableau-contribution, version 2).
INSERT OR IGNORE INTO recommendation_answers (recommendation_id, version, body, review_on, answered_at)
SELECT r.id, a.version, json_patch('{}', json_object('fr', a.text_fr, 'nl', a.text_nl, 'en', a.text_en)),
  a.review_on, a.answered_at
FROM (
  WITH a (slug, version, text_fr, text_nl, text_en, review_on, answered_at) AS (VALUES
    ('offre-freelances-independants', 1,
       'Le conseil d’administration adopte la recommandation. L’offre passerelle sera testée à Bruxelles au printemps, puis ouverte à tous les membres à l’automne si le test est concluant.',
       'De raad van bestuur neemt de aanbeveling aan. Het brugaanbod wordt in de lente in Brussel getest en in de herfst voor alle leden opengesteld als de test slaagt.',
       NULL, '2026-09-30', '2026-04-15T18:30:00.000Z'),
    ('tableau-contribution', 1,
       'Le conseil d’administration adopte la publication d’un tableau annuel, mais au niveau des grands postes (accompagnement, assurances, outils, gouvernance) : le détail service par service demanderait une comptabilité analytique que la coopérative n’a pas encore.',
       'De raad van bestuur neemt een jaarlijks overzicht aan, maar per grote post: een opsplitsing per dienst vraagt een analytische boekhouding die de coöperatie nog niet heeft.',
       NULL, '2027-03-31', '2026-06-12T16:00:00.000Z'),
    ('tableau-contribution', 2,
       'Réponse révisée : le premier tableau, par grands postes, sera publié avec les comptes 2026. Le conseil a aussi décidé d’étudier le détail par service pour les comptes 2027 ; il fera le point en mars.',
       'Herzien antwoord: het eerste overzicht, per grote post, wordt met de rekeningen 2026 gepubliceerd. De raad onderzoekt ook de opsplitsing per dienst voor 2027 en maakt in maart de balans op.',
       NULL, '2027-03-31', '2026-09-18T11:00:00.000Z'),
    ('devis-facture-un-clic', 1,
       'Le conseil d’administration adopte la recommandation et l’inscrit au plan de développement des outils de 2026-2027.',
       'De raad van bestuur neemt de aanbeveling aan en neemt ze op in het ontwikkelingsplan voor de tools 2026-2027.',
       'The board adopts the recommendation and puts it in the 2026-2027 development plan of the tools.',
       '2027-01-15', '2026-07-08T18:00:00.000Z'),
    ('assistant-statut-en-ligne', 1,
       'Le conseil d’administration ne retient pas la recommandation : le choix d’un statut dépend de trop de situations particulières pour un questionnaire, et un mauvais conseil engagerait la coopérative. Il préfère renforcer les permanences des conseillers, en personne et en ligne.',
       'De raad van bestuur neemt de aanbeveling niet aan: de keuze van een statuut hangt af van te veel bijzondere situaties voor een vragenlijst. Hij versterkt liever de spreekuren van de adviseurs.',
       NULL, NULL, '2026-05-14T16:30:00.000Z'),
    ('assemblees-regionales', 1,
       'Le conseil d’administration adopte la recommandation : les premières assemblées régionales se tiendront un mois avant l’assemblée générale de juin 2027, en Belgique et en France.',
       'De raad van bestuur neemt de aanbeveling aan: de eerste regionale vergaderingen vinden plaats een maand vóór de algemene vergadering van juni 2027, in België en Frankrijk.',
       'The board adopts the recommendation: the first regional meetings will be held a month before the general assembly of June 2027, in Belgium and France.',
       '2027-06-01', '2026-10-22T18:00:00.000Z'))
  SELECT * FROM a
) a JOIN recommendations r ON r.slug = a.slug;

-- What each draws on: the published contributions of 0002, the polls of
-- 0001 (a contribution shows "taken up in" the public ones) and the past
-- workshop of 0003 on the shared enterprise, whose minutes name regional
-- councils and written answers from the board. Linked by its slug: the
-- dates of 0003 move with the day the seed runs, its slug does not.
INSERT OR IGNORE INTO recommendation_sources (recommendation_id, kind, ref, position)
SELECT r.id, s.kind, s.ref, s.position
FROM (
  WITH s (slug, kind, ref, position) AS (VALUES
    ('offre-freelances-independants', 'contribution', 'D3M0-K7M2', 0),
    ('guide-opdrachtgevers', 'contribution', 'D3M0-9QXA', 0),
    ('accueil-nouveaux-membres-france', 'poll', 'deploiement-france', 0),
    ('accueil-nouveaux-membres-france', 'contribution', 'D3M0-K7M2', 1),
    ('tableau-contribution', 'contribution', 'D3M0-H4ZT', 0),
    ('tableau-contribution', 'poll', 'modele-contribution', 1),
    ('buffer-mois-maigres', 'contribution', 'D3M0-W8NB', 0),
    ('buffer-mois-maigres', 'poll', 'modele-contribution', 1),
    ('fonds-garantie-elargi', 'contribution', 'D3M0-W8NB', 0),
    ('devis-facture-un-clic', 'contribution', 'D3M0-P5RC', 0),
    ('devis-facture-un-clic', 'poll', 'outils-en-ligne', 1),
    ('agenda-projets-partage', 'poll', 'outils-en-ligne', 0),
    ('assistant-statut-en-ligne', 'poll', 'outils-en-ligne', 0),
    ('assemblees-regionales', 'contribution', 'D3M0-S2VE', 0),
    ('assemblees-regionales', 'poll', 'deploiement-france', 1),
    ('assemblees-regionales', 'event', 'atelier-bruxelles-bilan-entreprise-partagee', 2),
    ('college-consultatif-clients', 'contribution', 'D3M0-S2VE', 0),
    ('vote-electronique-ag', 'poll', 'deploiement-france', 0),
    ('vote-electronique-ag', 'contribution', 'D3M0-S2VE', 1),
    ('vote-electronique-ag', 'event', 'atelier-bruxelles-bilan-entreprise-partagee', 2))
  SELECT * FROM s
) s JOIN recommendations r ON r.slug = s.slug;

-- Supports, given while they were open (after the submission, before the
-- decision of the board, the merge or the withdrawal), by demo participants
-- ('demo-seed-N', never hashes of real people) in turn from the list below,
-- a few hours apart. No e-mail: the demo tells nobody. The triggers count
-- them; a support already there is not inserted again (nor counted).
INSERT INTO recommendation_supports (recommendation_id, participant, roles, email, language, supported_at)
SELECT r.id, 'demo-seed-' || (n.k + s.shift), p.roles, NULL, p.language,
  strftime('%Y-%m-%dT%H:%M:%fZ', s.first_at, '+' || (n.k * 5) || ' hours')
FROM (
  WITH s (slug, supporters, shift, first_at) AS (VALUES
    ('offre-freelances-independants', 9, 0, '2026-03-10T12:00:00.000Z'),
    ('guide-opdrachtgevers', 3, 4, '2026-11-05T12:00:00.000Z'),
    ('accueil-nouveaux-membres-france', 6, 2, '2026-10-29T12:00:00.000Z'),
    ('tableau-contribution', 11, 1, '2026-05-05T12:00:00.000Z'),
    ('buffer-mois-maigres', 7, 3, '2026-10-01T12:00:00.000Z'),
    ('fonds-garantie-elargi', 2, 5, '2026-09-15T12:00:00.000Z'),
    ('devis-facture-un-clic', 8, 0, '2026-05-12T12:00:00.000Z'),
    ('assistant-statut-en-ligne', 3, 6, '2026-03-30T12:00:00.000Z'),
    ('assemblees-regionales', 10, 2, '2026-09-07T12:00:00.000Z'),
    ('college-consultatif-clients', 2, 7, '2026-06-01T12:00:00.000Z'),
    ('vote-electronique-ag', 4, 1, '2026-11-18T12:00:00.000Z'))
  SELECT * FROM s
) s
JOIN recommendations r ON r.slug = s.slug
JOIN (
  WITH RECURSIVE n (k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 12)
  SELECT k FROM n
) n ON n.k <= s.supporters
-- The roles and languages of the supporters, by participant number.
JOIN (
  WITH p (number, roles, language) AS (VALUES
    (1, '["freelancer"]', 'fr'), (2, '["member"]', 'fr'), (3, '["member","freelancer"]', 'nl'),
    (4, '["staff"]', 'fr'), (5, '["client"]', 'nl'), (6, '["member"]', 'en'), (7, '["freelancer"]', 'nl'),
    (8, '["partner"]', 'fr'), (9, '["member","freelancer"]', 'fr'), (10, '["supplier"]', 'fr'),
    (11, '["member"]', 'nl'), (12, '["freelancer"]', 'fr'), (13, '["member"]', 'fr'), (14, '["client"]', 'en'),
    (15, '["member","staff"]', 'fr'), (16, '["freelancer"]', 'nl'), (17, '["member"]', 'fr'),
    (18, '["partner"]', 'nl'), (19, '["member"]', 'fr'))
  SELECT * FROM p
) p ON p.number = n.k + s.shift
WHERE NOT EXISTS (
  SELECT 1 FROM recommendation_supports x
  WHERE x.recommendation_id = r.id AND x.participant = 'demo-seed-' || (n.k + s.shift));

-- The audit log, as the admin API writes it: the creation, the edits made
-- since the last public change, every move (by the demo editor or board
-- member) and every answer, once.
INSERT INTO audit_log (item_kind, item_id, actor, action, from_status, to_status, reason_code, note, at)
WITH seeded AS (
  SELECT id, slug, status, created_at, changed_at, updated_at FROM recommendations
  WHERE slug IN ('offre-freelances-independants', 'guide-opdrachtgevers', 'accueil-nouveaux-membres-france',
    'tableau-contribution', 'buffer-mois-maigres', 'fonds-garantie-elargi', 'devis-facture-un-clic',
    'agenda-projets-partage', 'assistant-statut-en-ligne', 'assemblees-regionales',
    'college-consultatif-clients', 'vote-electronique-ag')),
e (slug, actor, action, from_status, to_status, note, at) AS (
  SELECT slug, 'demo-editor', 'create', 'draft', 'draft', NULL, created_at FROM seeded
  UNION ALL
  SELECT slug, 'demo-editor', 'edit', status, status, 'summary', updated_at FROM seeded
  WHERE updated_at > changed_at
  UNION ALL
  SELECT r.slug, CASE h.body WHEN 'board' THEN 'demo-board' ELSE 'demo-editor' END,
    CASE WHEN h.to_status = 'submitted' THEN 'submit' WHEN h.to_status = 'merged' THEN 'merge'
      WHEN h.to_status = 'withdrawn' THEN 'withdraw' ELSE 'status' END,
    h.from_status, h.to_status, coalesce(json_extract(h.reason, '$.fr'), json_extract(h.reason, '$.nl')), h.at
  FROM recommendation_status_changes h JOIN seeded r ON r.id = h.recommendation_id
  UNION ALL
  -- The status it had when answered: the one a move at that instant left, else the latest before.
  SELECT r.slug, 'demo-board', 'answer',
    coalesce(
      (SELECT h.from_status FROM recommendation_status_changes h
       WHERE h.recommendation_id = r.id AND h.at = a.answered_at),
      (SELECT h.to_status FROM recommendation_status_changes h
       WHERE h.recommendation_id = r.id AND h.at < a.answered_at ORDER BY h.at DESC LIMIT 1)),
    NULL, 'version ' || a.version, a.answered_at
  FROM recommendation_answers a JOIN seeded r ON r.id = a.recommendation_id)
SELECT 'recommendation', e.slug, e.actor, e.action, e.from_status, coalesce(e.to_status, e.from_status), NULL,
  e.note, e.at
FROM e
WHERE NOT EXISTS (
  SELECT 1 FROM audit_log x
  WHERE x.item_kind = 'recommendation' AND x.item_id = e.slug AND x.action = e.action AND x.at = e.at);
