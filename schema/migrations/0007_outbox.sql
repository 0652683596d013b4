-- Outgoing e-mail. A feature writes a message here in the SAME batch as the
-- change that causes it (a moderation decision today; registrations next), so
-- a message exists if and only if the change happened. The Worker delivers
-- them after the request and on a frequent cron (functions/outbox/).

-- The language an author wrote in: what they are written to in.
ALTER TABLE contributions ADD COLUMN language TEXT NOT NULL DEFAULT 'fr'
  CHECK (language IN ('fr', 'nl', 'en'));

CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  -- Which template renders it (a feature's MessageTemplate kind).
  kind TEXT NOT NULL,
  -- The address; NULL once sent (the row stays as the trace that it was).
  recipient TEXT,
  language TEXT NOT NULL CHECK (language IN ('fr', 'nl', 'en')),
  -- What the template needs, as JSON; emptied once sent.
  data TEXT NOT NULL CHECK (json_valid(data)),
  -- Names the cause: the same cause never enqueues twice.
  dedupe_key TEXT NOT NULL UNIQUE,
  -- Keyed hash of the person it is about (as the features store it), for erasure.
  participant TEXT,
  status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
  -- Claims so far, each one a try at sending it.
  attempts INTEGER NOT NULL DEFAULT 0,
  -- When it is due; while a drain holds it, when that claim lapses.
  next_attempt_at TEXT NOT NULL,
  -- The drain holding it (a random token), while it sends.
  claim TEXT,
  last_error TEXT,
  -- The Email Service's id of the message, once sent.
  message_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  sent_at TEXT
);
-- What a drain claims: due pending messages, oldest due first.
CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE status = 'pending';
-- The admins' list, newest first within a status.
CREATE INDEX outbox_by_status ON outbox (status, id);
CREATE INDEX outbox_by_participant ON outbox (participant) WHERE participant IS NOT NULL;
-- The daily purge of what was never sent.
CREATE INDEX outbox_unsent ON outbox (created_at) WHERE status IN ('pending', 'failed');
