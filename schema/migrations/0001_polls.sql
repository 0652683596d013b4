-- Themes, polls, ballots and the tallies that make reading results cost the
-- same whatever the number of ballots.

CREATE TABLE themes (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL CHECK (json_valid(title)),      -- LocalizedText JSON
  summary TEXT NOT NULL CHECK (json_valid(summary))   -- LocalizedText JSON
);

CREATE TABLE polls (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  theme_id INTEGER REFERENCES themes(id),
  kind TEXT NOT NULL CHECK (kind IN ('single', 'multiple', 'motion')),
  question TEXT NOT NULL CHECK (json_valid(question)),
  description TEXT CHECK (description IS NULL OR json_valid(description)),
  audience TEXT NOT NULL CHECK (audience IN ('public', 'participants', 'members')),
  results_visibility TEXT NOT NULL CHECK (results_visibility IN ('live', 'after_vote', 'after_close')),
  max_choices INTEGER,
  allow_change INTEGER NOT NULL DEFAULT 0 CHECK (allow_change IN (0, 1)),
  -- ISO 8601 UTC instants; a poll without opens_at is upcoming until an admin opens it.
  opens_at TEXT,
  closes_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX polls_by_theme ON polls(theme_id);

CREATE TABLE poll_options (
  poll_id INTEGER NOT NULL REFERENCES polls(id),
  key TEXT NOT NULL,
  position INTEGER NOT NULL,
  label TEXT NOT NULL CHECK (json_valid(label)),
  PRIMARY KEY (poll_id, key)
) WITHOUT ROWID;

-- One ballot per participant per poll, enforced here rather than by the widget.
-- participant is a keyed hash of the host site's iss:sub (or of an anonymous id).
CREATE TABLE ballots (
  poll_id INTEGER NOT NULL REFERENCES polls(id),
  participant TEXT NOT NULL,
  choices TEXT NOT NULL CHECK (json_valid(choices) AND json_array_length(choices) > 0),
  roles TEXT NOT NULL CHECK (json_valid(roles) AND json_array_length(roles) > 0),
  cast_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (poll_id, participant)
) WITHOUT ROWID;

-- Counters per poll, option and stakeholder role. option_key '*' counts
-- ballots (turnout); role '*' counts everybody.
CREATE TABLE poll_tallies (
  poll_id INTEGER NOT NULL REFERENCES polls(id),
  option_key TEXT NOT NULL,
  role TEXT NOT NULL,
  votes INTEGER NOT NULL CHECK (votes >= 0),
  PRIMARY KEY (poll_id, option_key, role)
) WITHOUT ROWID;

-- The counters move in the same statement, hence the same transaction, as
-- the ballot: they can never drift from the ballots, whatever the concurrency.
CREATE TRIGGER ballots_count_insert AFTER INSERT ON ballots
BEGIN
  INSERT INTO poll_tallies (poll_id, option_key, role, votes)
  SELECT NEW.poll_id, c.value, r.value, 1
  FROM json_each(json_insert(NEW.choices, '$[#]', '*')) AS c,
       json_each(json_insert(NEW.roles, '$[#]', '*')) AS r
  WHERE true
  ON CONFLICT (poll_id, option_key, role) DO UPDATE SET votes = votes + 1;
END;

CREATE TRIGGER ballots_count_update AFTER UPDATE OF choices, roles ON ballots
BEGIN
  UPDATE poll_tallies SET votes = votes - 1
  WHERE poll_id = OLD.poll_id
    AND option_key IN (SELECT value FROM json_each(json_insert(OLD.choices, '$[#]', '*')))
    AND role IN (SELECT value FROM json_each(json_insert(OLD.roles, '$[#]', '*')));
  INSERT INTO poll_tallies (poll_id, option_key, role, votes)
  SELECT NEW.poll_id, c.value, r.value, 1
  FROM json_each(json_insert(NEW.choices, '$[#]', '*')) AS c,
       json_each(json_insert(NEW.roles, '$[#]', '*')) AS r
  WHERE true
  ON CONFLICT (poll_id, option_key, role) DO UPDATE SET votes = votes + 1;
END;
