-- Recommendations to the board: drafted by the steering committee from the
-- participation, answered by the board, followed until implemented. Their
-- statuses move through the table of schema/recommendation-lifecycle.ts,
-- each move written with its public history row in one guarded batch.

CREATE TABLE recommendations (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  theme_id INTEGER NOT NULL REFERENCES themes(id),
  -- The participation cycle it belongs to: the year's publication it goes in.
  year INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN (
    'draft', 'submitted', 'under_review', 'adopted', 'partially_adopted',
    'not_adopted', 'in_progress', 'implemented', 'withdrawn', 'merged')),
  -- WrittenText JSON ({fr?, nl?, en?}, at least one): it may be written in one language only.
  title TEXT NOT NULL CHECK (json_valid(title)),
  summary TEXT NOT NULL CHECK (json_valid(summary)),
  body TEXT NOT NULL CHECK (json_valid(body)),
  audience TEXT NOT NULL CHECK (audience IN ('public', 'participants', 'members')),
  -- A merged one points to the recommendation it now lives in.
  merged_into INTEGER REFERENCES recommendations(id),
  -- The Atom entry's id, minted once at creation and never changed (urn:uuid:…).
  atom_id TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  -- When it entered its current status.
  status_at TEXT NOT NULL,
  -- Its latest public change (status or board answer): the feed's order.
  changed_at TEXT NOT NULL,
  -- Any change, edits included (the Atom entry's <updated>).
  updated_at TEXT NOT NULL,
  CHECK ((status = 'merged') = (merged_into IS NOT NULL))
);
-- Keyset pagination of the public feed, newest change first, with or without filters.
CREATE INDEX recommendations_public ON recommendations (changed_at DESC, id DESC) WHERE status <> 'draft';
CREATE INDEX recommendations_public_by_theme ON recommendations (theme_id, changed_at DESC, id DESC) WHERE status <> 'draft';
CREATE INDEX recommendations_by_year ON recommendations (year, theme_id);

-- The public timeline: every status change, from the first submission.
CREATE TABLE recommendation_status_changes (
  id INTEGER PRIMARY KEY,
  recommendation_id INTEGER NOT NULL REFERENCES recommendations(id),
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  -- The body that moved it: 'steering_committee' or 'board'.
  body TEXT NOT NULL CHECK (body IN ('steering_committee', 'board')),
  reason TEXT CHECK (reason IS NULL OR json_valid(reason)),
  at TEXT NOT NULL
);
CREATE INDEX recommendation_status_changes_by_recommendation
  ON recommendation_status_changes (recommendation_id, id);

-- The board's answer, versioned: a revision adds a row, earlier ones stay.
CREATE TABLE recommendation_answers (
  recommendation_id INTEGER NOT NULL REFERENCES recommendations(id),
  version INTEGER NOT NULL CHECK (version >= 1),
  body TEXT NOT NULL CHECK (json_valid(body)),
  review_on TEXT,
  answered_at TEXT NOT NULL,
  PRIMARY KEY (recommendation_id, version)
) WITHOUT ROWID;

-- What a recommendation draws on: contributions (by reference), events and
-- polls (by slug). Checked by the Worker when linked, as the kinds live in
-- different tables.
CREATE TABLE recommendation_sources (
  recommendation_id INTEGER NOT NULL REFERENCES recommendations(id),
  kind TEXT NOT NULL CHECK (kind IN ('contribution', 'event', 'poll')),
  ref TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (recommendation_id, kind, ref)
) WITHOUT ROWID;
-- "Taken up in": from a contribution (or event, poll) to the recommendations drawing on it.
CREATE INDEX recommendation_sources_by_item ON recommendation_sources (kind, ref);

-- One support per participant per recommendation, enforced here. participant
-- is the keyed hash of iss:sub (or of an anonymous id), as for ballots.
CREATE TABLE recommendation_supports (
  recommendation_id INTEGER NOT NULL REFERENCES recommendations(id),
  participant TEXT NOT NULL,
  roles TEXT NOT NULL CHECK (json_valid(roles) AND json_array_length(roles) > 0),
  -- For follow-up only; never shown; purged after the retention period or on erasure.
  email TEXT,
  language TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'nl', 'en')),
  supported_at TEXT NOT NULL,
  PRIMARY KEY (recommendation_id, participant)
) WITHOUT ROWID;

-- Counters per recommendation and role ('*' counts everybody), moved in the
-- same statement as the support, as poll tallies are.
CREATE TABLE recommendation_support_counts (
  recommendation_id INTEGER NOT NULL REFERENCES recommendations(id),
  role TEXT NOT NULL,
  supports INTEGER NOT NULL CHECK (supports >= 0),
  PRIMARY KEY (recommendation_id, role)
) WITHOUT ROWID;

CREATE TRIGGER recommendation_supports_count_insert AFTER INSERT ON recommendation_supports
BEGIN
  INSERT INTO recommendation_support_counts (recommendation_id, role, supports)
  SELECT NEW.recommendation_id, r.value, 1
  FROM json_each(json_insert(NEW.roles, '$[#]', '*')) AS r
  WHERE true
  ON CONFLICT (recommendation_id, role) DO UPDATE SET supports = supports + 1;
END;

CREATE TRIGGER recommendation_supports_count_delete AFTER DELETE ON recommendation_supports
BEGIN
  UPDATE recommendation_support_counts SET supports = supports - 1
  WHERE recommendation_id = OLD.recommendation_id
    AND role IN (SELECT value FROM json_each(json_insert(OLD.roles, '$[#]', '*')));
END;
