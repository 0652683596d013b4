-- Who vouches for an author's role and territory. A signed-in author's name
-- and role come from the host site's token; an anonymous visitor (or a
-- token without roles) declares them, and readers are told so.
-- Rows written before this migration cannot tell: they count as declared.
ALTER TABLE contributions ADD COLUMN self_declared INTEGER NOT NULL DEFAULT 1 CHECK (self_declared IN (0, 1));
