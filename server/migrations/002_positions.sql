-- Committee positions approved by their secretaries, pulled by desk officers (PROTOCOL.md, position.put).
CREATE TABLE committee_positions (
  notification_id text NOT NULL REFERENCES notifications(id),
  committee_id text NOT NULL REFERENCES committees(id),
  version integer NOT NULL,
  approved_by text NOT NULL REFERENCES users(id),
  body jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (notification_id, committee_id)
);
