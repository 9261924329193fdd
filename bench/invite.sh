#!/usr/bin/env bash
# 10,000 invitations in one call against raw JDBC executeBatch of the same rows, SQLite and PostgreSQL -> bench/results/invite-t1.json
set -euo pipefail
cd "$(dirname "$0")/.."
JMH_TIMING="-f 1" bench/suite.sh invite "1" BulkInviteBenchmark "$@"
