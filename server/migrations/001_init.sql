-- Users, committees, sessions.
CREATE TABLE users (
  id text PRIMARY KEY,
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('reviewer', 'secretary', 'desk_officer', 'admin')),
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE committees (
  id text PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL
);

CREATE TABLE committee_members (
  committee_id text NOT NULL REFERENCES committees(id),
  user_id text NOT NULL REFERENCES users(id),
  PRIMARY KEY (committee_id, user_id)
);
CREATE INDEX committee_members_user ON committee_members(user_id);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);

CREATE TABLE login_failures (
  username text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_username ON login_failures(username, at);

-- Notifications, documents, standards, assignments.
CREATE TABLE notifications (
  id text PRIMARY KEY,
  data jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE documents (
  id text PRIMARY KEY,
  notification_id text NOT NULL REFERENCES notifications(id),
  file_name text NOT NULL,
  sha256 text NOT NULL,
  page_count integer NOT NULL,
  byte_length integer NOT NULL,
  language text NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  content bytea NOT NULL,
  UNIQUE (notification_id, sha256)
);

CREATE TABLE standards (
  id text PRIMARY KEY,
  identifier text NOT NULL UNIQUE,
  title text NOT NULL,
  file_name text NOT NULL,
  sha256 text NOT NULL,
  page_count integer NOT NULL,
  byte_length integer NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  content bytea NOT NULL
);

CREATE TABLE assignments (
  notification_id text NOT NULL REFERENCES notifications(id),
  committee_id text NOT NULL REFERENCES committees(id),
  expert_ids jsonb NOT NULL DEFAULT '[]',
  locked boolean NOT NULL DEFAULT false,
  active boolean NOT NULL DEFAULT true,
  PRIMARY KEY (notification_id, committee_id)
);
CREATE INDEX assignments_committee ON assignments(committee_id);

-- Finished comments: the current version, and every version ever pushed.
CREATE TABLE comments (
  id text PRIMARY KEY,
  notification_id text NOT NULL REFERENCES notifications(id),
  committee_id text NOT NULL REFERENCES committees(id),
  author_id text NOT NULL REFERENCES users(id),
  version integer NOT NULL,
  withdrawn boolean NOT NULL DEFAULT false,
  body jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX comments_committee ON comments(committee_id);

CREATE TABLE comment_versions (
  comment_id text NOT NULL REFERENCES comments(id),
  version integer NOT NULL,
  author_id text NOT NULL REFERENCES users(id),
  withdrawn boolean NOT NULL,
  body jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (comment_id, version)
);

-- Push idempotency: the last mutation id applied per client, and each mutation's result.
CREATE TABLE sync_clients (
  client_id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users(id),
  last_applied bigint NOT NULL DEFAULT 0
);

CREATE TABLE sync_results (
  client_id text NOT NULL REFERENCES sync_clients(client_id),
  mutation_id bigint NOT NULL,
  result jsonb NOT NULL,
  PRIMARY KEY (client_id, mutation_id)
);

-- The change log that pulls read; see PROTOCOL.md ("How no change is skipped").
CREATE TABLE changes (
  seq bigserial PRIMARY KEY,
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  kind text NOT NULL,
  entity_id text NOT NULL,
  committee_id text,
  owner_id text,
  data jsonb NOT NULL
);
CREATE INDEX changes_cursor ON changes(xid, seq);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_id text,
  action text NOT NULL,
  entity_id text,
  detail jsonb NOT NULL DEFAULT '{}'
);
