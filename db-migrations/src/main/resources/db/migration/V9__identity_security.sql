-- Sessions end when the credentials change: every session keeps the generation it signed in with, and a
-- password change or reset moves the account to the next one.
ALTER TABLE idn_account ADD COLUMN session_generation BIGINT NOT NULL DEFAULT 0;

-- Older reset links of an account are retired in one statement when a newer one is issued or used.
CREATE INDEX ix_idn_token_account_purpose ON idn_token (account_id, purpose, used_at);
