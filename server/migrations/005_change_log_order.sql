-- The change log is read in `seq` order (PROTOCOL.md, "How no change is skipped"): appends are
-- serialised by a transaction-scoped advisory lock, so sequence order is commit order and a pull no
-- longer waits for the cluster's oldest transaction. The transaction id and its index go.
DROP INDEX IF EXISTS changes_cursor;
ALTER TABLE changes DROP COLUMN IF EXISTS xid;
