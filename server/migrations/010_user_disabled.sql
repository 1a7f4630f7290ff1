-- An admin turns an account off when its holder leaves (and on again): it keeps its history, but
-- no password, activation code or session of it works while it is off.
ALTER TABLE users ADD COLUMN disabled_at timestamptz;
