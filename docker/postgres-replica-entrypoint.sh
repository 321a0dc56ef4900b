#!/bin/bash
# A hot standby: cloned from the primary with pg_basebackup on first start, then streaming.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h postgres -U "$POSTGRES_USER"; do sleep 1; done
  PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup -h postgres -U replicator -D "$PGDATA" -S replica_1 -R -X stream -P
  chmod 700 "$PGDATA"
fi
exec postgres -c hot_standby=on
