-- The database's epoch (PROTOCOL.md, "How no change is skipped"): a random id that pull cursors
-- carry. Every restore gives the database a new one (restore.sh, the CLI's new-epoch), because a
-- restored change log hands out again the seqs it had handed out after the backup; a cursor from
-- another epoch starts its client over from the beginning.
CREATE TABLE database_epoch (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  id text NOT NULL
);

CREATE FUNCTION renew_database_epoch() RETURNS text LANGUAGE sql VOLATILE AS $$
  INSERT INTO database_epoch (id) VALUES (replace(gen_random_uuid()::text, '-', ''))
    ON CONFLICT (one) DO UPDATE SET id = excluded.id
  RETURNING id
$$;

SELECT renew_database_epoch();
