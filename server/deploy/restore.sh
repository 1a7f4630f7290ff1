#!/usr/bin/env bash
# Restores a backup made by backup.sh into the database named by DATABASE_URL, replacing what is
# there. Stop the server first; start it again afterwards (it applies any newer migrations).
# Usage: DATABASE_URL=postgres://… restore.sh file.dump
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL}"
file="${1:?usage: restore.sh file.dump}"
pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error --dbname="$DATABASE_URL" "$file"
echo "restored $file"
