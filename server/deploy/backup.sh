#!/usr/bin/env bash
# Backs up the sync server's PostgreSQL database to one compressed file (pg_dump custom format),
# consistent while the server runs. Usage: DATABASE_URL=postgres://… backup.sh [file]
# Schedule it (cron or a systemd timer) and copy the files off the machine; keep several.
set -euo pipefail
umask 077   # the dump holds password hashes: readable by its owner only
: "${DATABASE_URL:?set DATABASE_URL}"
out="${1:-tbt-$(date -u +%Y%m%dT%H%M%SZ).dump}"
pg_dump --format=custom --no-owner --no-privileges --file="$out" "$DATABASE_URL"
pg_restore --list "$out" >/dev/null   # fails if the file is unreadable
echo "$out"
