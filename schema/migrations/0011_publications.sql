-- The annual publication. An edition is a frozen snapshot: the JSON of
-- schema/publications.ts PublicationEdition as it stood when an admin
-- published it; later edits of polls, recommendations or quotes never
-- change it, and a new edition of the same year adds a row.
CREATE TABLE publication_editions (
  year INTEGER NOT NULL,
  edition INTEGER NOT NULL CHECK (edition >= 1),
  published_at TEXT NOT NULL,
  published_by TEXT NOT NULL,
  snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
  PRIMARY KEY (year, edition)
) WITHOUT ROWID;

-- The quotes the steering committee picks for a year's publication, per theme, in order.
CREATE TABLE publication_quotes (
  year INTEGER NOT NULL,
  theme_id INTEGER NOT NULL REFERENCES themes(id),
  position INTEGER NOT NULL,
  contribution_id TEXT NOT NULL REFERENCES contributions(id),
  -- The words quoted; the whole text when null.
  excerpt TEXT,
  PRIMARY KEY (year, theme_id, position)
) WITHOUT ROWID;
