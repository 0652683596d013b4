-- One audit log for every kind of item an admin acts on (contributions'
-- moderation decisions, organisers' changes to events, editors' and the
-- board's to recommendations): the moderation log, with the kind of item.
-- Existing rows are contributions'.
ALTER TABLE moderation_log RENAME TO audit_log;
ALTER TABLE audit_log RENAME COLUMN contribution_id TO item_id;
ALTER TABLE audit_log ADD COLUMN item_kind TEXT NOT NULL DEFAULT 'contribution';
DROP INDEX moderation_log_by_contribution;
CREATE INDEX audit_log_by_item ON audit_log (item_kind, item_id, id);

-- The admin roles: moderators (contributions), organisers (events), editors
-- (the steering committee: recommendations), the board (its answers), and
-- admins (everything). SQLite cannot change a CHECK: the table is rebuilt
-- with every row kept as it was, ids included (as in 0004).
CREATE TABLE admin_tokens_new (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('moderator', 'organiser', 'editor', 'board', 'admin')),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
INSERT INTO admin_tokens_new (id, name, role, token_hash, created_at, revoked_at)
  SELECT id, name, role, token_hash, created_at, revoked_at FROM admin_tokens;
DROP TABLE admin_tokens;
ALTER TABLE admin_tokens_new RENAME TO admin_tokens;
CREATE UNIQUE INDEX admin_tokens_active_name ON admin_tokens (name) WHERE revoked_at IS NULL;
