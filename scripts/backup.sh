#!/usr/bin/env sh
# Backup of the embedded database: ./scripts/backup.sh [target folder]   (default: backups/tongxin-<time>)
# Online while the platform runs (a base backup), or a copy of the stopped data folder. The data folder is
# TONGXIN_DATA_DIR (default ./data/postgres). An external PostgreSQL is backed up with its own tools
# (pg_dump, pg_basebackup): see docs/deployment.md.
set -eu
cd "$(dirname "$0")/.."
target="${1:-backups/tongxin-$(date +%Y%m%d-%H%M%S)}"
exec ./mvnw -q spring-boot:run -Dspring-boot.run.main-class=cn.tongxin.infrastructure.DatabaseBackup \
  -Dspring-boot.run.arguments="backup $(realpath -m "$target")"
