#!/usr/bin/env bash
# Benchmark of search (issue 14), built like bench/run.sh: the app on core 0, the load generator on core 1.
#
#   bash bench/search.sh             # build, measure, write bench/results/<date>-<commit>-search.md
#   ROUNDS=5 DURATION=15s SKIP_BUILD=1 bash bench/search.sh
#
# Measures search requests per second against the pre-rendered topic page (target >= 0.3), search p99 latency at
# half the search maximum (target <= 10 ms), and the start-up work of search (cutting pages into documents and
# indexing them) for the real content and for 10 times the topics (target < 1 s), the latter with a plain Java
# program (SearchIndexBuildBench), not a test. Needs Debian's wrk, hey and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-15s}
CONNECTIONS=${CONNECTIONS:-32}
APP_PORT=${APP_PORT:-18090}
JVM_OPTS=${JVM_OPTS:-$(grep -v '^#' src/main/jvm/production.options | xargs)}
[ -n "${MALLOC_ARENA_MAX:-}" ] && export MALLOC_ARENA_MAX
TOPIC=${TOPIC:-/topics/rmsks-credential}
# A common two-word search, and a typo that needs the fuzzy (one edit) match.
SEARCH=${SEARCH:-/search?q=shoulder+tendon}
SEARCH_TYPO=${SEARCH_TYPO:-/search?q=anisotrpy}
SERVER_CPU=${SERVER_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
WORK="$ROOT/bench/work/search"
RESULTS="$ROOT/bench/results"

for tool in wrk hey curl taskset; do
    command -v "$tool" >/dev/null || { echo "bench: '$tool' is missing. Install: apt-get install -y wrk hey curl util-linux" >&2; exit 2; }
done

APP_PID=""
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT
rm -rf "$WORK"; mkdir -p "$WORK" "$RESULTS"

if [ -z "${SKIP_BUILD:-}" ]; then
    echo "== build"
    ./mvnw -B -q package -DskipTests
fi
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"

start_app() {
    local log=$1; shift
    # A generous pool wait: on a shared machine the first connection can take seconds at start-up.
    env QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=30S QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$WORK/data/bench;DB_CLOSE_ON_EXIT=FALSE" \
        "$@" taskset -c "$SERVER_CPU" java $JVM_OPTS -jar "$JAR" >"$log" 2>&1 &
    APP_PID=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/"; do
        kill -0 "$APP_PID" 2>/dev/null || { echo "app failed to start; see $log" >&2; exit 1; }
        sleep 0.05
    done
}
stop_app() { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }
rps() {
    local url=$1; shift
    taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNECTIONS" -d"$DURATION" "$@" "$url" | awk '/Requests\/sec/ {print int($2)}'
}
p99_ms() {
    local url=$1 rate=$2 workers=10
    taskset -c "$LOAD_CPU" hey -z "$DURATION" -c $workers -q $(( rate / workers > 0 ? rate / workers : 1 )) "$url" \
        | awk '/ 99% in/ {printf "%.2f", $3 * 1000}'
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == ">=" ? v >= t : v <= t); print (ok ? "met" : "NOT met") }'; }

echo "== start (app pinned to core $SERVER_CPU)"
start_app "$WORK/app.log"
A="http://127.0.0.1:$APP_PORT"
BUILD_APP_MS=$(sed -n 's/.*Search index built: .* in \([0-9]*\) ms.*/\1/p' "$WORK/app.log" | head -1)
for url in "$A$SEARCH" "$A$SEARCH_TYPO"; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ] || { echo "not 200: $url" >&2; exit 1; }
    # Read the whole page first: grep -q stops early, and with pipefail curl's broken pipe would fail the check.
    page=$(curl -fs "$url")
    grep -q 'class="search-results"' <<<"$page" || { echo "no results: $url" >&2; exit 1; }
done

echo "== warm-up ($WARMUP each)"
for url in "$A$TOPIC" "$A$SEARCH" "$A$SEARCH_TYPO"; do
    taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null
done

declare -a TOPIC_RPS SEARCH_RPS TYPO_RPS ROWS
for r in $(seq 1 "$ROUNDS"); do
    echo "== round $r/$ROUNDS"
    TOPIC_RPS+=("$(rps "$A$TOPIC")"); SEARCH_RPS+=("$(rps "$A$SEARCH")"); TYPO_RPS+=("$(rps "$A$SEARCH_TYPO")")
    i=$((r - 1))
    ROWS+=("| $r | ${TOPIC_RPS[$i]} | ${SEARCH_RPS[$i]} | ${TYPO_RPS[$i]} |")
    echo "   ${ROWS[$i]}"
done
M_TOPIC=$(median "${TOPIC_RPS[@]}"); M_SEARCH=$(median "${SEARCH_RPS[@]}"); M_TYPO=$(median "${TYPO_RPS[@]}")
HALF=$(( M_SEARCH / 2 ))
echo "== search latency at a fixed $HALF req/s (half the search maximum)"
declare -a P99
for r in $(seq 1 "$ROUNDS"); do P99+=("$(p99_ms "$A$SEARCH" "$HALF")"); done
M_P99=$(median "${P99[@]}")
stop_app

echo "== index build: real content and 10x the topic pages"
GROW="$WORK/content-10x"
bash bench/grow-content.sh content "$GROW"
if [ ! -s "$WORK/cp.txt" ]; then
    ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
fi
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$WORK/cp.txt")"
BUILD_1X=$(taskset -c "$SERVER_CPU" java -cp "$CP" org.mskguide.search.SearchIndexBuildBench content 7 | tee "$WORK/build-1x.txt" | grep SEARCH_BUILD)
BUILD_10X=$(taskset -c "$SERVER_CPU" java -cp "$CP" org.mskguide.search.SearchIndexBuildBench "$GROW" 7 | tee "$WORK/build-10x.txt" | grep SEARCH_BUILD)
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
start_app "$WORK/app-10x.log" GUIDE_CONTENT_DIR="$GROW"
BUILD_APP_10X=$(sed -n 's/.*Search index built: \(.*\) in \([0-9]*\) ms.*/\2 ms (\1)/p' "$WORK/app-10x.log" | head -1)
stop_app

COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src content pom.xml || echo "+changes")
DATE=$(date -u +%Y-%m-%d)
OUT="$RESULTS/$DATE-$COMMIT-search.md"
R_SEARCH=$(ratio "$M_SEARCH" "$M_TOPIC"); R_TYPO=$(ratio "$M_TYPO" "$M_TOPIC")
W10=$(field "$BUILD_10X" median_ms); F10=$(field "$BUILD_10X" first_ms)
cat >"$OUT" <<MD
# Search benchmark $DATE, commit $COMMIT

Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), load average at the end $(cut -d' ' -f1-3 /proc/loadavg).
$(java -version 2>&1 | head -1). Server on core $SERVER_CPU, load on core $LOAD_CPU. wrk: 1 thread, $CONNECTIONS connections,
$DURATION per measurement, $WARMUP warm-up; $ROUNDS rounds, medians below. JVM options: \`$JVM_OPTS\`.
Topic page \`$TOPIC\` (pre-rendered); searches \`$SEARCH\` and \`$SEARCH_TYPO\` (a typo: fuzzy match).

| measure | result | target | verdict |
|---|---|---|---|
| search GET / topic page GET | $M_SEARCH / $M_TOPIC req/s = **$R_SEARCH** | >= 0.3 | $(verdict "$R_SEARCH" ">=" 0.3) |
| search with a typo / topic page | $M_TYPO / $M_TOPIC req/s = **$R_TYPO** | (information) | |
| search p99 at $HALF req/s (half the search maximum) | **$M_P99 ms** | <= 10 ms | $(verdict "$M_P99" "<=" 10) |
| index build, 10x topics, warm (median of 7) | **$W10 ms** wall, $(field "$BUILD_10X" median_cpu_ms) ms CPU ($(field "$BUILD_10X" docs) documents, $(field "$BUILD_10X" topics) topics) | < 1000 ms | $(verdict "$W10" "<=" 999) |
| index build, 10x topics, first build in a fresh JVM | $F10 ms wall, $(field "$BUILD_10X" first_cpu_ms) ms CPU | < 1000 ms | $(verdict "$F10" "<=" 999) |
| index build, real content: fresh JVM / warm median | $(field "$BUILD_1X" first_ms) ms / $(field "$BUILD_1X" median_ms) ms wall ($(field "$BUILD_1X" docs) documents) | | |
| in the app's start-up log: real content / 10x | $BUILD_APP_MS ms / $BUILD_APP_10X | | |

## Rounds (req/s)

| round | topic page | search | search with a typo |
|---|---|---|---|
$(printf '%s\n' "${ROWS[@]}")

Search p99 per round (ms): ${P99[*]}.
MD
echo "== wrote $OUT"
cat "$OUT"
