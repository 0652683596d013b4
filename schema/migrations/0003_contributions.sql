-- Written contributions, their moderation and audit log, the territories
-- people write from, and the named credentials of moderators and admins.

-- Who may contribute on a theme, and how contributions are moderated there
-- ('pre': nothing public before approval; 'post_members': members' texts are
-- published at once and moderated afterwards).
ALTER TABLE themes ADD COLUMN audience TEXT NOT NULL DEFAULT 'public'
  CHECK (audience IN ('public', 'participants', 'members'));
ALTER TABLE themes ADD COLUMN moderation TEXT NOT NULL DEFAULT 'pre'
  CHECK (moderation IN ('pre', 'post_members'));

CREATE TABLE territories (
  code TEXT PRIMARY KEY,
  country TEXT CHECK (country IN ('BE', 'FR')),
  position INTEGER NOT NULL,
  name TEXT NOT NULL CHECK (json_valid(name))
) WITHOUT ROWID;

INSERT INTO territories (code, country, position, name) VALUES
('bruxelles', 'BE', 1, json_object('fr', 'Bruxelles-Capitale', 'nl', 'Brussels Hoofdstedelijk Gewest', 'en', 'Brussels-Capital')),
('wallonie', 'BE', 2, json_object('fr', 'Wallonie', 'nl', 'Wallonië', 'en', 'Wallonia')),
('flandre', 'BE', 3, json_object('fr', 'Flandre', 'nl', 'Vlaanderen', 'en', 'Flanders')),
('auvergne-rhone-alpes', 'FR', 10, json_object('fr', 'Auvergne-Rhône-Alpes', 'nl', 'Auvergne-Rhône-Alpes', 'en', 'Auvergne-Rhône-Alpes')),
('bourgogne-franche-comte', 'FR', 11, json_object('fr', 'Bourgogne-Franche-Comté', 'nl', 'Bourgogne-Franche-Comté', 'en', 'Bourgogne-Franche-Comté')),
('bretagne', 'FR', 12, json_object('fr', 'Bretagne', 'nl', 'Bretagne', 'en', 'Brittany')),
('centre-val-de-loire', 'FR', 13, json_object('fr', 'Centre-Val de Loire', 'nl', 'Centre-Val de Loire', 'en', 'Centre-Val de Loire')),
('corse', 'FR', 14, json_object('fr', 'Corse', 'nl', 'Corsica', 'en', 'Corsica')),
('grand-est', 'FR', 15, json_object('fr', 'Grand Est', 'nl', 'Grand Est', 'en', 'Grand Est')),
('hauts-de-france', 'FR', 16, json_object('fr', 'Hauts-de-France', 'nl', 'Hauts-de-France', 'en', 'Hauts-de-France')),
('ile-de-france', 'FR', 17, json_object('fr', 'Île-de-France', 'nl', 'Île-de-France', 'en', 'Île-de-France')),
('normandie', 'FR', 18, json_object('fr', 'Normandie', 'nl', 'Normandië', 'en', 'Normandy')),
('nouvelle-aquitaine', 'FR', 19, json_object('fr', 'Nouvelle-Aquitaine', 'nl', 'Nouvelle-Aquitaine', 'en', 'Nouvelle-Aquitaine')),
('occitanie', 'FR', 20, json_object('fr', 'Occitanie', 'nl', 'Occitanië', 'en', 'Occitania')),
('pays-de-la-loire', 'FR', 21, json_object('fr', 'Pays de la Loire', 'nl', 'Pays de la Loire', 'en', 'Pays de la Loire')),
('provence-alpes-cote-d-azur', 'FR', 22, json_object('fr', 'Provence-Alpes-Côte d''Azur', 'nl', 'Provence-Alpes-Côte d''Azur', 'en', 'Provence-Alpes-Côte d''Azur')),
('outre-mer', 'FR', 23, json_object('fr', 'Outre-mer', 'nl', 'Overzeese gebieden', 'en', 'Overseas France')),
('en-ligne', NULL, 90, json_object('fr', 'En ligne', 'nl', 'Online', 'en', 'Online')),
('autre', NULL, 91, json_object('fr', 'Autre', 'nl', 'Andere', 'en', 'Other'));

CREATE TABLE contributions (
  -- A short random reference people can quote, e.g. 'K7M2-9QXA'.
  id TEXT PRIMARY KEY,
  theme_id INTEGER NOT NULL REFERENCES themes(id),
  -- Keyed hash of the author (iss:sub or anon:uuid), never a raw id.
  participant TEXT NOT NULL,
  -- The client's key for this submission: a retry or a double click finds it again.
  idempotency_key TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'published', 'rejected', 'hidden', 'reported')),
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  role TEXT NOT NULL,
  territory TEXT NOT NULL REFERENCES territories(code),
  display_name TEXT,
  anonymous INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
  -- Never shown publicly; purged after the retention period or on erasure.
  email TEXT,
  consent_at TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  published_at TEXT,
  updated_at TEXT NOT NULL,
  report_count INTEGER NOT NULL DEFAULT 0,
  UNIQUE (participant, idempotency_key)
);
-- Keyset pagination of what the public reads, newest first, with or without a theme.
CREATE INDEX contributions_published ON contributions (published_at DESC, id DESC) WHERE status = 'published';
CREATE INDEX contributions_published_by_theme ON contributions (theme_id, published_at DESC, id DESC)
  WHERE status = 'published';
CREATE INDEX contributions_by_status ON contributions (status, submitted_at, id);
CREATE INDEX contributions_by_participant ON contributions (participant);
CREATE INDEX contributions_with_email ON contributions (submitted_at) WHERE email IS NOT NULL;

-- One report per participant per contribution.
CREATE TABLE contribution_reports (
  contribution_id TEXT NOT NULL REFERENCES contributions(id),
  participant TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('spam', 'offensive', 'off_topic')),
  note TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (contribution_id, participant)
) WITHOUT ROWID;

-- Every moderation decision: who, when, what, from which state to which, why.
CREATE TABLE moderation_log (
  id INTEGER PRIMARY KEY,
  contribution_id TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  reason_code TEXT,
  note TEXT,
  at TEXT NOT NULL
);
CREATE INDEX moderation_log_by_contribution ON moderation_log (contribution_id, id);

-- Named credentials of moderators and admins, stored as SHA-256 hashes.
CREATE TABLE admin_tokens (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('moderator', 'admin')),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
