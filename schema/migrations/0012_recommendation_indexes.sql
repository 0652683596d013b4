-- Indexes the recommendations' routes name (INDEXED BY) or lean on, added
-- after 0010 was first applied: a migration once applied is never edited, so
-- a database that ran 0010 gets them here.

-- A status or a year alone narrows the feed's walk to its own rows: a rare
-- status, or an old year, is as cheap to page through as the newest.
CREATE INDEX IF NOT EXISTS recommendations_public_by_status ON recommendations (status, changed_at DESC, id DESC) WHERE status <> 'draft';
CREATE INDEX IF NOT EXISTS recommendations_public_by_year ON recommendations (year, changed_at DESC, id DESC) WHERE status <> 'draft';
-- What was merged into a recommendation (its view lists them).
CREATE INDEX IF NOT EXISTS recommendations_merged_into ON recommendations (merged_into) WHERE merged_into IS NOT NULL;
-- A person's supports (their erasure), and the addresses past their retention period (the daily purge).
CREATE INDEX IF NOT EXISTS recommendation_supports_by_participant ON recommendation_supports (participant);
CREATE INDEX IF NOT EXISTS recommendation_supports_with_email ON recommendation_supports (supported_at) WHERE email IS NOT NULL;
