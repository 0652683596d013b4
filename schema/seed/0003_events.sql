-- Demo data: the event calendar. Idempotent: events by their fixed slugs
-- (uid 'demo-…'), registrations by their fixed ids. Dates are reckoned from
-- the day the seed runs (each run moves the demo events back to the same
-- distance from today), so the calendar always has events to come: workshops
-- on the four themes in Brussels, Liège, Ghent, Lille, Lyon and Paris, small
-- talks online and in Brussels (one hybrid), a full workshop with people
-- waiting, a members-only small talk, and one past workshop with its minutes.

INSERT INTO events (slug, uid, format, mode, status, title, description, territory, place, city, starts_at,
  ends_at, time_zone, audience, capacity_in_person, capacity_online, waitlist, allow_guests, online_url, languages,
  facilitator, referents, secretary, step_free, sign_language, accessibility_note, reminder_hours, minutes,
  minutes_published_at, sequence, created_at, updated_at)
WITH e (slug, format, mode, title_fr, title_nl, title_en, description_fr, description_nl, territory, place_name,
  address, city, days, hour, hours, time_zone, audience, in_person, online, waitlist, guests, languages,
  facilitator, referents, secretary, step_free, sign_language) AS (VALUES
  ('atelier-bruxelles-cooperative-pour-qui', 'workshop', 'in_person',
     'Atelier : la coopérative, pour qui ?', 'Workshop: de coöperatie, voor wie?', 'Workshop: the cooperative, for whom?',
     'Freelances, clients, partenaires : qui la coopérative doit-elle servir demain ? Deux heures pour confronter nos réponses et en tirer des recommandations.',
     'Freelancers, klanten, partners: voor wie moet de coöperatie er morgen zijn? Twee uur om onze antwoorden te toetsen.',
     'bruxelles', 'La Vallée', 'Rue Adolphe Lavallée 39, 1080 Bruxelles', 'Bruxelles', 7, 16, 2, 'Europe/Brussels',
     'public', 25, NULL, 1, 1, '["fr","nl"]', 'Anne Delvaux', '["Marc Bodart"]', 'Inès Kabongo', 1, 0),
  ('atelier-liege-modele-economique', 'workshop', 'in_person',
     'Atelier à Liège : un modèle économique lisible', 'Workshop in Luik: een leesbaar economisch model', 'Workshop in Liège: an economic model anyone can read',
     'Que finance la contribution de 8,5 % ? Nous partons des chiffres de l’année pour imaginer une présentation que chaque membre comprenne.',
     'Wat financiert de bijdrage van 8,5 %? We vertrekken van de cijfers van het jaar.',
     'wallonie', 'La Cité Miroir', 'Place Xavier Neujean 22, 4000 Liège', 'Liège', 10, 17, 2, 'Europe/Brussels',
     'public', 30, NULL, 1, 1, '["fr"]', 'Julien Lemaire', '["Sophie Renard", "Marc Bodart"]', 'Nadia Amrani', 1, 1),
  ('workshop-gent-creer-son-activite', 'workshop', 'in_person',
     'Atelier à Gand : créer son activité', 'Workshop in Gent: je activiteit opstarten', 'Workshop in Ghent: starting your activity',
     'Les premiers pas d’une activité chez Smart : devis, facturation, assurances. Atelier en néerlandais.',
     'De eerste stappen van een activiteit bij Smart: offertes, facturatie, verzekeringen.',
     'flandre', 'De Krook', 'Miriam Makebaplein 1, 9000 Gent', 'Gent', 14, 17, 2, 'Europe/Brussels',
     'public', 20, NULL, 1, 1, '["nl"]', 'Pieter Vermeulen', '["Lotte De Smet"]', 'Jonas Claes', 1, 0),
  ('atelier-lille-entreprise-partagee', 'workshop', 'in_person',
     'Atelier à Lille : l’entreprise partagée', 'Workshop in Rijsel: de gedeelde onderneming', 'Workshop in Lille: the shared enterprise',
     'Comment les sociétaires pèsent-ils sur les décisions ? Atelier ouvert aux membres et aux futurs membres des Hauts-de-France.',
     'Hoe wegen vennoten op de beslissingen?',
     'hauts-de-france', 'La Condition Publique', '14 place Faidherbe, 59100 Roubaix', 'Roubaix', 12, 17, 2, 'Europe/Paris',
     'participants', 20, NULL, 1, 0, '["fr"]', 'Claire Moreau', '["Thomas Leroy"]', NULL, 1, 0),
  ('atelier-lyon-creer-son-activite', 'workshop', 'in_person',
     'Atelier à Lyon : lancer son activité avec Smart', 'Workshop in Lyon: je activiteit starten met Smart', 'Workshop in Lyon: launching your activity with Smart',
     'Entrepreneur·es en herbe de la région lyonnaise : venez avec votre projet, repartez avec un plan.',
     'Startende ondernemers uit de regio Lyon: kom met uw project, vertrek met een plan.',
     'auvergne-rhone-alpes', 'La Cordée', '3 rue Jules Vallès, 69100 Villeurbanne', 'Villeurbanne', 21, 16, 3, 'Europe/Paris',
     'public', 18, NULL, 1, 1, '["fr"]', 'Karim Benali', '["Émilie Roux"]', 'Léa Fontaine', 0, 0),
  ('atelier-paris-cooperative-pour-qui', 'workshop', 'in_person',
     'Atelier à Paris : la coopérative, pour qui ? (complet)', 'Workshop in Parijs: de coöperatie, voor wie? (volzet)', 'Workshop in Paris: the cooperative, for whom? (full)',
     'Le déploiement en France vu d’Île-de-France. Toutes les places sont prises : inscrivez-vous sur la liste d’attente.',
     'De uitrol in Frankrijk vanuit Île-de-France. Alle plaatsen zijn weg: schrijf u in op de wachtlijst.',
     'ile-de-france', 'Le Shack', '28 rue du Sentier, 75002 Paris', 'Paris', 9, 17, 2, 'Europe/Paris',
     'public', 12, NULL, 1, 1, '["fr","en"]', 'Claire Moreau', '["Thomas Leroy"]', 'Léa Fontaine', 1, 1),
  ('small-talk-facturer-en-ligne', 'small_talk', 'online',
     'Small talk en ligne : facturer sans stress', 'Online small talk: factureren zonder stress', 'Online small talk: invoicing without stress',
     'Une heure pour partager vos astuces de facturation, en ligne, sans préparation.',
     'Een uur om factuurtips te delen, online, zonder voorbereiding.',
     'en-ligne', NULL, NULL, NULL, 5, 12, 1, 'Europe/Brussels',
     'public', NULL, 100, 1, 1, '["fr","nl","en"]', 'Ines Dubois', '[]', NULL, 0, 0),
  ('small-talk-bruxelles-hybride', 'small_talk', 'hybrid',
     'Small talk hybride : un euro, ça finance quoi ?', 'Hybride small talk: wat financiert één euro?', 'Hybrid small talk: what does one euro pay for?',
     'Sur place à Bruxelles ou en ligne : une heure pour parler du modèle économique et de l’entreprise partagée.',
     'Ter plaatse in Brussel of online: een uur over het economisch model en de gedeelde onderneming.',
     'bruxelles', 'Smart, salle du conseil', 'Rue Coenraets 72, 1060 Saint-Gilles', 'Saint-Gilles', 17, 11, 1, 'Europe/Brussels',
     'public', 15, 60, 1, 1, '["fr","nl"]', 'Sophie Renard', '["Marc Bodart", "Lotte De Smet"]', NULL, 1, 0),
  ('small-talk-membres-assemblee', 'small_talk', 'online',
     'Small talk des sociétaires : préparer l’assemblée', 'Small talk voor vennoten: de algemene vergadering voorbereiden', 'Members’ small talk: preparing the general meeting',
     'Réservé aux sociétaires : les motions de l’assemblée générale, expliquées et discutées.',
     'Voor vennoten: de moties van de algemene vergadering, uitgelegd en besproken.',
     'en-ligne', NULL, NULL, NULL, 25, 18, 1, 'Europe/Brussels',
     'members', NULL, 200, 0, 0, '["fr","nl"]', 'Marc Bodart', '["Sophie Renard"]', 'Inès Kabongo', 0, 0),
  ('atelier-bruxelles-bilan-entreprise-partagee', 'workshop', 'in_person',
     'Atelier : l’entreprise partagée, premier bilan', 'Workshop: de gedeelde onderneming, eerste balans', 'Workshop: the shared enterprise, a first review',
     'Premier atelier de la démarche : ce que les sociétaires attendent de la gouvernance partagée.',
     'Eerste workshop: wat vennoten verwachten van gedeeld bestuur.',
     'bruxelles', 'La Vallée', 'Rue Adolphe Lavallée 39, 1080 Bruxelles', 'Bruxelles', -10, 16, 2, 'Europe/Brussels',
     'public', 25, NULL, 1, 1, '["fr","nl"]', 'Anne Delvaux', '["Marc Bodart"]', 'Inès Kabongo', 1, 0))
SELECT slug, 'demo-' || slug || '@smart-in-progress', format, mode, 'scheduled',
  json_object('fr', title_fr, 'nl', title_nl, 'en', title_en), json_object('fr', description_fr, 'nl', description_nl),
  territory, CASE WHEN place_name IS NULL THEN NULL ELSE json_object('name', place_name, 'address', address) END, city,
  strftime('%Y-%m-%dT', 'now', days || ' days') || printf('%02d:00:00.000Z', hour),
  strftime('%Y-%m-%dT', 'now', days || ' days') || printf('%02d:00:00.000Z', hour + hours),
  time_zone, audience, in_person, online, waitlist, guests,
  CASE WHEN online IS NULL THEN NULL ELSE 'https://meet.example.org/' || slug END, languages, facilitator, referents,
  secretary, step_free, sign_language, NULL, 24,
  CASE WHEN days < 0 THEN json_object(
    'fr', 'Vingt-deux participant·es. Trois pistes retenues : un conseil des sociétaires par région, un calendrier des décisions publié à l’avance, et un retour écrit du conseil d’administration sur chaque recommandation.',
    'nl', 'Tweeëntwintig deelnemers. Drie sporen: een ledenraad per regio, een vooraf gepubliceerde beslissingskalender en een schriftelijk antwoord van de raad van bestuur op elke aanbeveling.') END,
  CASE WHEN days < 0 THEN strftime('%Y-%m-%dT09:00:00.000Z', 'now', (days + 2) || ' days') END,
  0, strftime('%Y-%m-%dT08:00:00.000Z', 'now', '-30 days'), strftime('%Y-%m-%dT08:00:00.000Z', 'now', '-30 days')
FROM e WHERE true
ON CONFLICT (slug) DO UPDATE SET starts_at = excluded.starts_at, ends_at = excluded.ends_at,
  minutes_published_at = excluded.minutes_published_at
WHERE events.uid = excluded.uid;

-- Their themes (a small talk may have several, or none).
INSERT OR IGNORE INTO event_themes (event_id, theme_id, starts_at)
SELECT ev.id, t.id, ev.starts_at FROM (VALUES
  ('atelier-bruxelles-cooperative-pour-qui', 'cooperative-pour-qui'),
  ('atelier-liege-modele-economique', 'modele-economique'),
  ('workshop-gent-creer-son-activite', 'creer-son-activite'),
  ('atelier-lille-entreprise-partagee', 'entreprise-partagee'),
  ('atelier-lyon-creer-son-activite', 'creer-son-activite'),
  ('atelier-paris-cooperative-pour-qui', 'cooperative-pour-qui'),
  ('small-talk-bruxelles-hybride', 'modele-economique'),
  ('small-talk-bruxelles-hybride', 'entreprise-partagee'),
  ('small-talk-membres-assemblee', 'entreprise-partagee'),
  ('atelier-bruxelles-bilan-entreprise-partagee', 'entreprise-partagee')) AS m
JOIN events ev ON ev.slug = m.column1 JOIN themes t ON t.slug = m.column2;

-- Seat rows of every demo event's modes (the triggers keep them counted).
INSERT OR IGNORE INTO event_seats (event_id, mode)
SELECT ev.id, m.value FROM events ev, json_each('["in_person","online"]') m
WHERE ev.uid LIKE 'demo-%' AND (m.value = 'in_person' AND ev.capacity_in_person IS NOT NULL
  OR m.value = 'online' AND ev.capacity_online IS NOT NULL);

-- Registrations: Paris is full (12 seats taken) with 3 people waiting; the
-- past workshop had 24 registered, of whom 22 came; a few elsewhere.
INSERT OR IGNORE INTO registrations (id, event_id, person, participant, guest, mode, status, waitlist_seq, name,
  email, language, role, territory, consent_at, confirmed_at, expires_at, attended, created_at, updated_at)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 24),
  plan (slug, prefix, seated, waiting, attended) AS (VALUES
    ('atelier-paris-cooperative-pour-qui', 'paris', 12, 3, 0),
    ('atelier-bruxelles-bilan-entreprise-partagee', 'bilan', 24, 0, 22),
    ('atelier-bruxelles-cooperative-pour-qui', 'bxl', 6, 0, 0),
    ('small-talk-bruxelles-hybride', 'hybride', 4, 0, 0))
SELECT 'demo-reg-' || p.prefix || '-' || n.i, ev.id, 'demo-seed-' || p.prefix || '-' || n.i, NULL, 0, 'in_person',
  CASE WHEN n.i <= p.seated THEN 'confirmed' ELSE 'waitlisted' END,
  CASE WHEN n.i > p.seated THEN n.i - p.seated END,
  json_extract('["Amélie D.","Bruno J.","Chloé M.","Dirk P.","Eva L.","Farid B.","Greet V.","Hugo R."]',
    '$[' || ((n.i - 1) % 8) || ']'),
  NULL, CASE n.i % 3 WHEN 0 THEN 'nl' ELSE 'fr' END,
  json_extract('["freelancer","member","staff","client","partner","freelancer"]', '$[' || ((n.i - 1) % 6) || ']'),
  json_extract('["bruxelles","wallonie","flandre","ile-de-france","hauts-de-france"]', '$[' || ((n.i - 1) % 5) || ']'),
  NULL, ev.created_at, NULL,
  CASE WHEN p.attended > 0 THEN n.i <= p.attended END,
  strftime('%Y-%m-%dT%H:%M:%S.000Z', ev.created_at, '+' || n.i || ' hours'),
  strftime('%Y-%m-%dT%H:%M:%S.000Z', ev.created_at, '+' || n.i || ' hours')
FROM plan p JOIN events ev ON ev.slug = p.slug JOIN n ON n.i <= p.seated + p.waiting;
