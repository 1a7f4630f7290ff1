#!/usr/bin/env bash
# Restores a backup made by backup.sh into the database named by DATABASE_URL, replacing what is
# there, then gives the database a new epoch: the change log hands out again the numbers it had
# handed out after the backup, so every client's next pull starts from the beginning (PROTOCOL.md,
# "How no change is skipped"). Stop the server first; start it again afterwards (it applies any
# newer migrations; a backup from before migration 009 gets its epoch then).
# Usage: DATABASE_URL=postgres://… restore.sh file.dump
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL}"
file="${1:?usage: restore.sh file.dump}"
pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error --dbname="$DATABASE_URL" "$file"
psql --no-psqlrc --quiet --set=ON_ERROR_STOP=1 --dbname="$DATABASE_URL" \
  --command="DO \$\$ BEGIN IF to_regclass('database_epoch') IS NOT NULL THEN PERFORM renew_database_epoch(); END IF; END \$\$"
echo "restored $file"
