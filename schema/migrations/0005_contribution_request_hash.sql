-- What a submission asked for, so that its Idempotency-Key cannot be reused
-- for another text: SHA-256 (base64url) of the validated request, without
-- the single-use Turnstile token. A retry with the same key and the same
-- request gets the first receipt; another request under that key is refused
-- (422 idempotency_key_reused). Null for contributions stored before this
-- column, whose replays are answered as before.
ALTER TABLE contributions ADD COLUMN request_hash TEXT;
