#!/usr/bin/env bash
# One start of a jar, the way bench/run.sh times it: pinned to SERVER_CPU, the production JVM options, in its own
# folder (its H2 database kept between starts, as after a restart; FRESH=1 starts from none), from launching java to
# the first 200 on /. Prints "start_ms rss_mb" and stops the app. Repeat it with any timing tool to get a median, e.g.
#   for i in 1 2 3 4 5; do bash bench/start.sh; done
#   bash bench/start.sh bench/minimal/target/quarkus-app/quarkus-run.jar
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bash bench/start.sh target/quarkus-app/quarkus-run.jar -XX:AOTCache=app.aot
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR=$(realpath "${1:-target/quarkus-app/quarkus-run.jar}"); shift || true
PIDS=()
# shellcheck source=bench/lib.sh
source bench/lib.sh
trap 'for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT
DIR=${START_DIR:-$ROOT/bench/work/start/$(basename "$(dirname "$(dirname "$JAR")")")}
[ -z "${FRESH:-}" ] || rm -rf "$DIR"
start_app "$DIR" "$JAR" "$@"
echo "$STARTED_MS $(( $(ps -o rss= -p "$APP_PID") / 1024 ))"
stop_app
