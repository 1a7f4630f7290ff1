-- An admin turns an account off when its holder leaves (and on again): it keeps its history, but
-- no password, activation code or session of it works while it is off.
ALTER TABLE users ADD COLUMN disabled_at timestamptz;

-- Raised whenever the account may see more than before (it joins a committee, or gets another
-- role): a pull cursor made for an older value starts the account's next pull over from the
-- beginning, so what it may now see arrives too (PROTOCOL.md, "Pull").
ALTER TABLE users ADD COLUMN view_version int NOT NULL DEFAULT 0;
