#!/usr/bin/env sh
# Restore of the embedded database from a folder written by scripts/backup.sh: ./scripts/restore.sh <backup folder>
# Stop the platform first. The current data is kept beside it (data/postgres/cluster.before-restore-<time>); the
# next start replays the backup's WAL and runs on the restored data.
set -eu
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || { echo "用法: scripts/restore.sh <备份目录>" >&2; exit 2; }
exec ./mvnw -q spring-boot:run -Dspring-boot.run.main-class=cn.tongxin.infrastructure.DatabaseBackup \
  -Dspring-boot.run.arguments="restore $(realpath -m "$1")"
