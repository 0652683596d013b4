-- The event calendar: workshops and small talks, their seats per mode
-- (counters kept by triggers, as poll tallies are), registrations with
-- waitlists, the links sent by e-mail, and the private calendar feeds.
-- Instants are ISO 8601 UTC text (`toISOString()`): text order is time order.

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  -- The iCalendar UID: the same for the event's whole life, whatever changes (a duplicate gets its own).
  uid TEXT NOT NULL UNIQUE,
  format TEXT NOT NULL CHECK (format IN ('workshop', 'small_talk')),
  mode TEXT NOT NULL CHECK (mode IN ('in_person', 'online', 'hybrid')),
  -- A cancelled event stays listed, and in the feeds as STATUS:CANCELLED.
  status TEXT NOT NULL CHECK (status IN ('scheduled', 'cancelled')),
  title TEXT NOT NULL CHECK (json_valid(title)),              -- LocalizedText JSON
  description TEXT NOT NULL CHECK (json_valid(description)),  -- LocalizedText JSON
  territory TEXT NOT NULL REFERENCES territories(code),
  -- EventPlace JSON { name, address }; NULL for an online event.
  place TEXT CHECK (place IS NULL OR json_valid(place)),
  -- The city, read from the address when the event is written, for lists.
  city TEXT,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  -- IANA time zone the event is shown in (Europe/Brussels).
  time_zone TEXT NOT NULL,
  audience TEXT NOT NULL CHECK (audience IN ('public', 'participants', 'members')),
  -- Seats per mode: in person for in_person and hybrid events, online for online and hybrid ones.
  capacity_in_person INTEGER CHECK (capacity_in_person > 0),
  capacity_online INTEGER CHECK (capacity_online > 0),
  waitlist INTEGER NOT NULL CHECK (waitlist IN (0, 1)),
  allow_guests INTEGER NOT NULL CHECK (allow_guests IN (0, 1)),
  -- Sent to confirmed registrants only, never shown publicly.
  online_url TEXT,
  languages TEXT NOT NULL CHECK (json_valid(languages)),       -- ["fr", "nl"]
  facilitator TEXT,
  referents TEXT NOT NULL CHECK (json_valid(referents)),       -- JSON array of names
  secretary TEXT,
  step_free INTEGER NOT NULL CHECK (step_free IN (0, 1)),
  sign_language INTEGER NOT NULL CHECK (sign_language IN (0, 1)),
  accessibility_note TEXT CHECK (accessibility_note IS NULL OR json_valid(accessibility_note)),
  -- Hours before the start at which registrants are reminded; 0: no reminder.
  reminder_hours INTEGER NOT NULL CHECK (reminder_hours >= 0),
  minutes TEXT CHECK (minutes IS NULL OR json_valid(minutes)),
  minutes_published_at TEXT,
  cancel_reason TEXT,
  -- Raised on every change organisers make: the feeds' SEQUENCE.
  sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (ends_at > starts_at),
  CHECK ((capacity_in_person IS NOT NULL) = (mode <> 'online')),
  CHECK ((capacity_online IS NOT NULL) = (mode <> 'in_person'))
);
-- The list's keyset (start time, id), walked from the cursor: one index per
-- filter, so that a page reads as many rows with 50 events as with 50,000.
CREATE INDEX events_by_start ON events (starts_at, id);
CREATE INDEX events_by_territory ON events (territory, starts_at, id);
CREATE INDEX events_by_format ON events (format, starts_at, id);
-- `mode=in_person` lists the events with seats in person (in_person and
-- hybrid), `mode=online` those with seats online; `mode=hybrid` only hybrid ones.
CREATE INDEX events_with_in_person_seats ON events (starts_at, id) WHERE mode <> 'online';
CREATE INDEX events_with_online_seats ON events (starts_at, id) WHERE mode <> 'in_person';
CREATE INDEX events_hybrid ON events (starts_at, id) WHERE mode = 'hybrid';

-- The themes an event is about, with its start time copied so that a
-- theme's events are walked in order from the keyset.
CREATE TABLE event_themes (
  event_id INTEGER NOT NULL REFERENCES events(id),
  theme_id INTEGER NOT NULL REFERENCES themes(id),
  starts_at TEXT NOT NULL,
  PRIMARY KEY (event_id, theme_id)
) WITHOUT ROWID;
CREATE INDEX event_themes_by_theme ON event_themes (theme_id, starts_at, event_id);

CREATE TRIGGER events_start_to_themes AFTER UPDATE OF starts_at ON events
BEGIN
  UPDATE event_themes SET starts_at = NEW.starts_at WHERE event_id = NEW.id;
END;

-- One registration per person per event, enforced here.
CREATE TABLE registrations (
  -- A random reference, e.g. 'R7M2-9QXA-K4TB'.
  id TEXT PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events(id),
  -- Who holds it: a signed-in person's participant hash (keyed hash of
  -- iss:sub), or a guest's keyed hash of their lower-cased e-mail.
  person TEXT NOT NULL,
  -- Who sees it as theirs and may cancel it without a link: the signed-in
  -- person, or the anonymous visitor (Sip-Participant) who registered as a
  -- guest; NULL for a guest who sent none.
  participant TEXT,
  guest INTEGER NOT NULL CHECK (guest IN (0, 1)),
  mode TEXT NOT NULL CHECK (mode IN ('in_person', 'online')),
  -- pending_confirmation and confirmed hold a seat; waitlisted waits in line.
  status TEXT NOT NULL CHECK (status IN ('pending_confirmation', 'confirmed', 'waitlisted', 'cancelled')),
  -- Order in the mode's waitlist, increasing per event and mode; kept after a promotion.
  waitlist_seq INTEGER,
  -- Guests' name and e-mail; a signed-in person's name (from the token) and optional e-mail.
  name TEXT,
  email TEXT,
  -- The language of the messages about it.
  language TEXT NOT NULL CHECK (language IN ('fr', 'nl', 'en')),
  role TEXT,
  territory TEXT REFERENCES territories(code),
  consent_at TEXT,
  -- When the person confirmed: at once when signed in, by the e-mailed link for a guest.
  confirmed_at TEXT,
  -- An unconfirmed guest's hold (a seat, or a place in line) lapses then.
  expires_at TEXT,
  attended INTEGER CHECK (attended IN (0, 1)),
  reminded_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (event_id, person)
);
-- The waitlist's order, its next number (max + 1) and the positions.
CREATE INDEX registrations_by_waitlist_seq ON registrations (event_id, mode, waitlist_seq);
CREATE INDEX registrations_by_participant ON registrations (participant, event_id) WHERE participant IS NOT NULL;
-- What the release job finds: unconfirmed guests past their time.
CREATE INDEX registrations_unconfirmed ON registrations (expires_at) WHERE expires_at IS NOT NULL;
-- The organisers' list and the attendance figures.
CREATE INDEX registrations_by_event ON registrations (event_id, status, created_at);
-- The reminder job and the retention purge.
CREATE INDEX registrations_with_email ON registrations (event_id) WHERE email IS NOT NULL;

-- Seats per event and mode: taken (confirmed, and held for guests until they
-- confirm) and waitlisted. Moved by the triggers below in the same
-- statement, hence the same transaction, as the registration: the counts
-- always equal the rows, whatever the concurrency.
CREATE TABLE event_seats (
  event_id INTEGER NOT NULL REFERENCES events(id),
  mode TEXT NOT NULL CHECK (mode IN ('in_person', 'online')),
  taken INTEGER NOT NULL DEFAULT 0 CHECK (taken >= 0),
  waitlisted INTEGER NOT NULL DEFAULT 0 CHECK (waitlisted >= 0),
  PRIMARY KEY (event_id, mode)
) WITHOUT ROWID;

CREATE TRIGGER registrations_count_insert AFTER INSERT ON registrations
BEGIN
  INSERT INTO event_seats (event_id, mode, taken, waitlisted)
  VALUES (NEW.event_id, NEW.mode, NEW.status IN ('confirmed', 'pending_confirmation'), NEW.status = 'waitlisted')
  ON CONFLICT (event_id, mode) DO UPDATE SET
    taken = taken + excluded.taken, waitlisted = waitlisted + excluded.waitlisted;
END;

CREATE TRIGGER registrations_count_update AFTER UPDATE OF status, mode ON registrations
BEGIN
  UPDATE event_seats SET
    taken = taken - (OLD.status IN ('confirmed', 'pending_confirmation')),
    waitlisted = waitlisted - (OLD.status = 'waitlisted')
  WHERE event_id = OLD.event_id AND mode = OLD.mode;
  INSERT INTO event_seats (event_id, mode, taken, waitlisted)
  VALUES (NEW.event_id, NEW.mode, NEW.status IN ('confirmed', 'pending_confirmation'), NEW.status = 'waitlisted')
  ON CONFLICT (event_id, mode) DO UPDATE SET
    taken = taken + excluded.taken, waitlisted = waitlisted + excluded.waitlisted;
END;

CREATE TRIGGER registrations_count_delete AFTER DELETE ON registrations
BEGIN
  UPDATE event_seats SET
    taken = taken - (OLD.status IN ('confirmed', 'pending_confirmation')),
    waitlisted = waitlisted - (OLD.status = 'waitlisted')
  WHERE event_id = OLD.event_id AND mode = OLD.mode;
END;

-- The links e-mails carry (confirm a guest's seat, cancel a registration):
-- one token per message, stored only as its SHA-256 (hex). A promotion names
-- the person it moves up by the token it writes for them, in the same batch.
CREATE TABLE registration_tokens (
  token_hash TEXT PRIMARY KEY,
  registration_id TEXT NOT NULL REFERENCES registrations(id),
  purpose TEXT NOT NULL CHECK (purpose IN ('confirm', 'cancel')),
  expires_at TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX registration_tokens_by_registration ON registration_tokens (registration_id);

-- A signed-in person's private calendar feed: the token of its URL, as a SHA-256 (hex).
CREATE TABLE event_feeds (
  participant TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
) WITHOUT ROWID;

-- What the waitlist sweep finds: modes with people waiting.
CREATE INDEX event_seats_with_waitlist ON event_seats (event_id, mode) WHERE waitlisted > 0;
