-- Appends no longer queue behind one lock (PROTOCOL.md, "How no change is skipped"). Each appender
-- takes its sequence numbers freely, after registering, as a shared advisory lock held until it
-- ends, a lower bound of them: the sequence's last value. A pull reads only the rows below
-- `changes_visible_below()`: below every seq not yet handed out when it looked, and below the
-- lowest bound still registered, so no row can later commit below what it returned. Only this
-- database's locks count: an open transaction elsewhere in the cluster holds nothing back.

-- The first key of the appenders' locks: this schema's change log (each schema has its own).
CREATE FUNCTION changes_lock_class() RETURNS int LANGUAGE sql STABLE
  AS $$ SELECT ('changes'::regclass::oid::bigint % 2147483648)::int $$;

-- Plpgsql, so that each statement sees the state after the one before: first the sequence, then
-- the registered appenders (an appender registered after the first read takes seqs above it).
CREATE FUNCTION changes_visible_below() RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  handed_out bigint;
  lowest_in_flight bigint;
BEGIN
  SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END INTO handed_out FROM changes_seq_seq;
  SELECT min(objid::bigint) INTO lowest_in_flight FROM pg_locks
   WHERE locktype = 'advisory' AND objsubid = 2 AND classid = changes_lock_class()::oid
     AND database = (SELECT oid FROM pg_database WHERE datname = current_database());
  RETURN least(handed_out + 1, lowest_in_flight);
END $$;
