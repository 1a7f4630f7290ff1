-- Accounts created in bulk have no password yet: the expert chooses one with a one-time activation
-- code (server/services/directoryImport.ts). Only the code's sha256 is stored.
ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE users ADD COLUMN activation_code_hash text;
ALTER TABLE users ADD COLUMN activation_expires_at timestamptz;
CREATE UNIQUE INDEX users_activation_code ON users(activation_code_hash) WHERE activation_code_hash IS NOT NULL;
