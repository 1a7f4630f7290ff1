-- Login back-off per (username, address) and per address, taken atomically (server/auth/loginLimit.ts).
DROP TABLE IF EXISTS login_failures;
CREATE TABLE login_throttle (
  key text PRIMARY KEY,
  failures integer NOT NULL,
  blocked_until timestamptz,
  last_allowed boolean NOT NULL,
  last_at timestamptz NOT NULL DEFAULT now()
);
