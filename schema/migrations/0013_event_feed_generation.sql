-- A private feed's link can be reset: its token is derived from the person's
-- id and this generation (0, the first link, from the id alone, as before),
-- and resetting raises it, so the old URL stops working at once while
-- `GET /api/v1/events/feed` can still give the current one (only the token's
-- hash is stored: a random token could not be given again).
ALTER TABLE event_feeds ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
