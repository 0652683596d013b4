-- A name may get a new admin token once its previous one is revoked (a lost
-- token: revoke it, then create another), so at most one *active* token per
-- name. The revoked rows stay: the audit log names its actors, and the same
-- name is the same person before and after.
--
-- SQLite cannot drop the inline UNIQUE of 0003: the table is rebuilt with
-- every row kept as it was, ids included.
CREATE TABLE admin_tokens_new (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('moderator', 'admin')),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
INSERT INTO admin_tokens_new (id, name, role, token_hash, created_at, revoked_at)
  SELECT id, name, role, token_hash, created_at, revoked_at FROM admin_tokens;
DROP TABLE admin_tokens;
ALTER TABLE admin_tokens_new RENAME TO admin_tokens;
CREATE UNIQUE INDEX admin_tokens_active_name ON admin_tokens (name) WHERE revoked_at IS NULL;
