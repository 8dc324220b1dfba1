#!/usr/bin/env bash
# Benchmark: the app against nginx serving the same bytes, side by side, in one run.
#
#   bash bench/run.sh            # build, measure, write bench/results/<date>-<commit>.md
#   ROUNDS=5 DURATION=15s bash bench/run.sh
#   SKIP_BUILD=1 bash bench/run.sh
#
# The server under test (app or nginx) runs on core 0, the load generator on core 1 (taskset).
# Needs Debian's wrk, hey, nginx, jq and curl. Not run by .ci/run: benchmarks are not unit tests.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-20s}
CONNECTIONS=${CONNECTIONS:-32}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
# The JVM options the README documents for production: small heap, serial GC, small Netty arenas.
# C2 stays on: C1 only (-XX:TieredStopAtLevel=1) saves about 40 MB of RSS but cost 60% of the throughput.
JVM_OPTS=${JVM_OPTS:--XX:+UseSerialGC -Xms32m -Xmx96m -Xss512k -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=32m -XX:MaxDirectMemorySize=32m -Dio.netty.allocator.numDirectArenas=2 -Dio.netty.allocator.numHeapArenas=2 -XX:CICompilerCount=2}
# glibc gives every thread its own malloc arena by default, which inflates RSS on a small server.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
TOPIC=${TOPIC:-/topics/rmsks-credential}
SERVER_CPU=${SERVER_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}

WORK="$ROOT/bench/work"
RESULTS="$ROOT/bench/results"

for tool in wrk hey nginx jq curl taskset; do
    if ! command -v "$tool" >/dev/null && [ ! -x "/usr/sbin/$tool" ]; then
        echo "bench: '$tool' is missing. Install: apt-get install -y wrk hey nginx jq curl util-linux" >&2
        exit 2
    fi
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

APP_PID=""; NGINX_PID=""
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
    [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
    wait 2>/dev/null || true
}
trap cleanup EXIT

rm -rf "$WORK"; mkdir -p "$WORK/static/topics" "$WORK/static/assets" "$WORK/nginx-tmp" "$RESULTS"

if [ -z "${SKIP_BUILD:-}" ]; then
    echo "== build"
    ./mvnw -B -q package -DskipTests
fi
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"

now_ms() { date +%s%3N; }

# start_app <log> [extra env...]: starts the app pinned to the server core; sets APP_PID and
# STARTED_MS (ms from launching java to the first 200). Not called in a subshell, so APP_PID survives.
start_app() {
    local log=$1; shift
    local t0; t0=$(now_ms)
    # The per-address POST rate limit would answer most benchmark POSTs with 429: lift it for the run.
    env QUARKUS_HTTP_PORT=$APP_PORT GUIDE_RATE_LIMIT_REQUESTS=1000000000 \
        QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$WORK/data/bench;DB_CLOSE_ON_EXIT=FALSE" \
        "$@" taskset -c "$SERVER_CPU" java $JVM_OPTS -jar "$JAR" >"$log" 2>&1 &
    APP_PID=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/"; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then echo "app failed to start; see $log" >&2; exit 1; fi
        sleep 0.01
    done
    STARTED_MS=$(( $(now_ms) - t0 ))
}

stop_app() {
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}

rss_mb() { echo $(( $(ps -o rss= -p "$APP_PID") / 1024 )); }

# rps <url> [wrk args...]: requests per second from wrk on the load core.
rps() {
    local url=$1; shift
    taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNECTIONS" -d"$DURATION" "$@" "$url" | awk '/Requests\/sec/ {print int($2)}'
}

# p99_ms <url> <rate>: p99 latency in ms from hey at a fixed total rate.
p99_ms() {
    local url=$1 rate=$2 workers=10
    taskset -c "$LOAD_CPU" hey -z "$DURATION" -c $workers -q $(( rate / workers )) "$url" \
        | awk '/ 99%% in/ || / 99% in/ {printf "%.2f", $3 * 1000}'
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'; }

echo "== start (app pinned to core $SERVER_CPU)"
start_app "$WORK/app.log"; START_MS=$STARTED_MS
CONTENT_MS=$(sed -n 's/.*Content loaded: .* in \([0-9]*\) ms.*/\1/p' "$WORK/app.log" | head -1)
RENDER_MS=$(sed -n 's/.*Pre-rendered .* in \([0-9]*\) ms.*/\1/p' "$WORK/app.log" | head -1)
RSS_START=$(rss_mb)
echo "   first 200 after ${START_MS} ms (content ${CONTENT_MS} ms, pre-render ${RENDER_MS} ms), RSS ${RSS_START} MB"

A="http://127.0.0.1:$APP_PORT"
N="http://127.0.0.1:$NGINX_PORT"

echo "== export the exact bytes for nginx"
curl -fs -H 'Accept-Encoding: identity' "$A$TOPIC" -o "$WORK/static$TOPIC.html"
curl -fs -H 'Accept-Encoding: gzip' "$A$TOPIC" -o "$WORK/static$TOPIC.html.gz"
curl -fs -H 'Accept-Encoding: identity' "$A/" -o "$WORK/static/index.html"
curl -fs -H 'Accept-Encoding: gzip' "$A/" -o "$WORK/static/index.html.gz"
CSS_PATH=$(grep -o '/assets/site.css?v=[0-9a-f]*' "$WORK/static/index.html" | head -1)
curl -fs -H 'Accept-Encoding: identity' "$A$CSS_PATH" -o "$WORK/static/assets/site.css"
CSS_GZ=$(curl -fs -H 'Accept-Encoding: gzip' "$A$CSS_PATH" | wc -c)
HTML_BYTES=$(wc -c <"$WORK/static$TOPIC.html")
HTML_GZ=$(wc -c <"$WORK/static$TOPIC.html.gz")
CSS_BYTES=$(wc -c <"$WORK/static/assets/site.css")
SCRIPTS=$(grep -c '<script' "$WORK/static$TOPIC.html" || true)

sed -e "s#@WORK@#$WORK#g" -e "s#@PORT@#$NGINX_PORT#g" bench/nginx.conf.template >"$WORK/nginx.conf"
taskset -c "$SERVER_CPU" "$NGINX" -c "$WORK/nginx.conf" -p "$WORK" &
NGINX_PID=$!
until curl -fs -o /dev/null "$N$TOPIC"; do sleep 0.05; done
cmp -s <(curl -fs -H 'Accept-Encoding: identity' "$N$TOPIC") "$WORK/static$TOPIC.html" \
    || { echo "nginx does not serve the same bytes" >&2; exit 1; }

ETAG=$(curl -fsI "$A$TOPIC" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
NGINX_ETAG=$(curl -fsI "$N$TOPIC" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$A$TOPIC")" = 304 ] \
    || { echo "app did not answer 304" >&2; exit 1; }

# Scenario URLs that need the app's own data.
ELIGIBILITY_URL=${ELIGIBILITY_URL:-$A/eligibility/result?credential=yes&type=RN&studies=138&perMonth=6&cme=12&spi=yes&spiDate=2025-06-01}
QUIZ_FORM_URL="$A/quiz"
BENCH_BODY=$(curl -fs "$A/api/quiz" | jq -c '{topic: null, answers: (.questions | map({key: .id, value: .choices[0].id}) | from_entries)}')
export BENCH_BODY
for url in "$ELIGIBILITY_URL" "$QUIZ_FORM_URL"; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ] || { echo "not 200: $url" >&2; exit 1; }
done
[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d "$BENCH_BODY" "$A/api/quiz/attempts")" = 201 ] \
    || { echo "quiz attempt POST is not 201" >&2; exit 1; }

echo "== warm-up ($WARMUP each)"
for url in "$A$TOPIC" "$A/" "$ELIGIBILITY_URL" "$QUIZ_FORM_URL"; do
    taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null
done
WARM_ACK=$(taskset -c "$LOAD_CPU" wrk -t1 -c8 -d"$WARMUP" -s bench/post-attempt.lua "$A/api/quiz/attempts" \
    | awk '/ACKNOWLEDGED/ {print $2}')
taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" "$N$TOPIC" >/dev/null

declare -a APP_TOPIC NGX_TOPIC APP_HOME NGX_HOME APP_304 NGX_304 ELIG QUIZ_FORM QUIZ_POST ROUND_ROWS
ACK_TOTAL=0
for r in $(seq 1 "$ROUNDS"); do
    echo "== round $r/$ROUNDS"
    APP_TOPIC+=("$(rps "$A$TOPIC")");  NGX_TOPIC+=("$(rps "$N$TOPIC")")
    APP_HOME+=("$(rps "$A/")");        NGX_HOME+=("$(rps "$N/")")
    APP_304+=("$(BENCH_ETAG=$ETAG rps "$A$TOPIC" -s bench/conditional.lua)")
    NGX_304+=("$(BENCH_ETAG=$NGINX_ETAG rps "$N$TOPIC" -s bench/conditional.lua)")
    ELIG+=("$(rps "$ELIGIBILITY_URL")")
    QUIZ_FORM+=("$(rps "$QUIZ_FORM_URL")")
    out=$(taskset -c "$LOAD_CPU" wrk -t1 -c8 -d"$DURATION" -s bench/post-attempt.lua "$A/api/quiz/attempts")
    # Throughput of acknowledged (201, committed) attempts only; anything else would not count.
    acked=$(echo "$out" | awk '/ACKNOWLEDGED/ {print $2}')
    secs=$(echo "$out" | awk '/requests in/ {gsub(/s,/, "", $4); print $4}')
    QUIZ_POST+=("$(awk -v a="$acked" -v s="$secs" 'BEGIN {print int(a / s)}')")
    ACK_TOTAL=$(( ACK_TOTAL + acked ))
    i=$((r - 1))
    ROUND_ROWS+=("| $r | ${APP_TOPIC[$i]} | ${NGX_TOPIC[$i]} | $(ratio "${APP_TOPIC[$i]}" "${NGX_TOPIC[$i]}") | ${APP_HOME[$i]} | ${NGX_HOME[$i]} | $(ratio "${APP_HOME[$i]}" "${NGX_HOME[$i]}") | ${APP_304[$i]} | ${NGX_304[$i]} | ${ELIG[$i]} | ${QUIZ_FORM[$i]} | ${QUIZ_POST[$i]} |")
    echo "   ${ROUND_ROWS[$i]}"
done

M_APP_TOPIC=$(median "${APP_TOPIC[@]}"); M_NGX_TOPIC=$(median "${NGX_TOPIC[@]}")
M_APP_HOME=$(median "${APP_HOME[@]}");   M_NGX_HOME=$(median "${NGX_HOME[@]}")
M_APP_304=$(median "${APP_304[@]}");     M_NGX_304=$(median "${NGX_304[@]}")
M_ELIG=$(median "${ELIG[@]}"); M_QUIZ_FORM=$(median "${QUIZ_FORM[@]}"); M_QUIZ_POST=$(median "${QUIZ_POST[@]}")

HALF=$(( M_APP_TOPIC / 2 ))
echo "== latency at a fixed $HALF req/s (half the app's maximum)"
declare -a P99_APP P99_NGX
for r in $(seq 1 "$ROUNDS"); do
    P99_APP+=("$(p99_ms "$A$TOPIC" "$HALF")"); P99_NGX+=("$(p99_ms "$N$TOPIC" "$HALF")")
done
M_P99_APP=$(median "${P99_APP[@]}"); M_P99_NGX=$(median "${P99_NGX[@]}")
RSS_AFTER=$(rss_mb)

echo "== durability: acknowledged attempts vs rows"
# Every 201 the load generator saw (warm-up, rounds, and the one check above) must be a stored row.
# There may be a few more rows than 201s: wrk stops counting at the deadline while its last requests
# are still being answered, so "rows >= acknowledged" is the durability check.
EXPECTED_ROWS=$(( ACK_TOTAL + WARM_ACK + 1 ))
stop_app
H2_JAR=$(ls "$ROOT"/target/quarkus-app/lib/main/com.h2database.h2-*.jar | head -1)
ROWS=$(java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/data/bench" -user sa -password "" \
    -sql "select count(*) from quiz_attempt" | awk 'NR==2 {print $1}')

echo "== growth: 10x the topic pages"
GROW="$WORK/content-10x"
cp -r content "$GROW"
n=0
for f in content/topics/*.md; do
    slug=$(basename "$f" .md)
    for k in $(seq 1 9); do
        n=$((n + 1))
        # A figure has one permanent place, so the copies leave their figure blocks out.
        sed -e "0,/^order: .*/s//order: $((100 + n))/" -e "0,/^title: \(.*\)/s//title: \1 (copy $k)/" \
            -e '/^aliases:/d' -e '/^```figure/,/^```$/d' "$f" >"$GROW/topics/$slug-copy-$k.md"
    done
done
TOPICS_1X=$(ls content/topics/*.md | wc -l); TOPICS_10X=$(ls "$GROW"/topics/*.md | wc -l)
start_app "$WORK/app-10x.log" GUIDE_CONTENT_DIR="$GROW"; START_10X=$STARTED_MS
CONTENT_10X=$(sed -n 's/.*Content loaded: .* in \([0-9]*\) ms.*/\1/p' "$WORK/app-10x.log" | head -1)
RENDER_10X=$(sed -n 's/.*Pre-rendered .* in \([0-9]*\) ms.*/\1/p' "$WORK/app-10x.log" | head -1)
taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" "$A$TOPIC" >/dev/null
declare -a GROW_RPS
for r in $(seq 1 "$ROUNDS"); do GROW_RPS+=("$(rps "$A$TOPIC")"); done
M_GROW=$(median "${GROW_RPS[@]}")
stop_app

verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == ">=" ? v >= t : v <= t); print (ok ? "met" : "NOT met") }'; }

COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src content pom.xml || echo "+changes")
DATE=$(date -u +%Y-%m-%d)
OUT="$RESULTS/$DATE-$COMMIT.md"
R_TOPIC=$(ratio "$M_APP_TOPIC" "$M_NGX_TOPIC")
R_ELIG=$(ratio "$M_ELIG" "$M_APP_TOPIC")
R_POST=$(ratio "$M_QUIZ_POST" "$M_APP_TOPIC")
R_GROW=$(ratio "$M_GROW" "$M_APP_TOPIC")
WEIGHT=$((HTML_BYTES + CSS_BYTES)); WEIGHT_GZ=$((HTML_GZ + CSS_GZ))
cat >"$OUT" <<MD
# Benchmark $DATE, commit $COMMIT

Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(java -version 2>&1 | head -1).
Server under test on core $SERVER_CPU, load generator on core $LOAD_CPU. wrk: 1 thread, $CONNECTIONS connections,
$DURATION per measurement, $WARMUP warm-up; $ROUNDS rounds, medians below. JVM options: \`$JVM_OPTS\`.
Topic page: \`$TOPIC\`. Requests are plain (no Accept-Encoding) on both servers.

## Targets

| measure | result | target | verdict |
|---|---|---|---|
| topic page GET throughput / nginx, same bytes | $M_APP_TOPIC / $M_NGX_TOPIC req/s = **$R_TOPIC** | >= 0.6 | $(verdict "$R_TOPIC" ">=" 0.6) |
| topic page p99 latency at $HALF req/s (half the app's max) | **$M_P99_APP ms** (nginx $M_P99_NGX ms) | <= 5 ms | $(verdict "$M_P99_APP" "<=" 5) |
| self-check result GET / topic page | $M_ELIG / $M_APP_TOPIC = **$R_ELIG** | >= 0.5 | $(verdict "$R_ELIG" ">=" 0.5) |
| quiz attempt POST (durable) / topic page | $M_QUIZ_POST / $M_APP_TOPIC = **$R_POST**; acknowledged (whole run) $EXPECTED_ROWS, rows stored $ROWS | >= 0.2, all stored | $(verdict "$R_POST" ">=" 0.2), $([ "$ROWS" -ge "$EXPECTED_ROWS" ] && echo "none lost" || echo "LOST ATTEMPTS") |
| start to first 200 | **$START_MS ms** (content loading $CONTENT_MS ms, pre-rendering $RENDER_MS ms) | <= 2500 ms | $(verdict "$START_MS" "<=" 2500) |
| RSS after start / after the load | $RSS_START MB / **$RSS_AFTER MB** | <= 200 MB | $(verdict "$RSS_AFTER" "<=" 200) |
| topic page weight, HTML + CSS | $HTML_BYTES + $CSS_BYTES = **$WEIGHT bytes**; gzip $HTML_GZ + $CSS_GZ = **$WEIGHT_GZ bytes**; $SCRIPTS scripts | <= 51200 plain, <= 15360 gzip | $(verdict "$WEIGHT" "<=" 51200) / $(verdict "$WEIGHT_GZ" "<=" 15360) |
| growth: $TOPICS_10X topics instead of $TOPICS_1X | topic GET $M_GROW req/s (ratio to 1x **$R_GROW**); start $START_10X ms (content $CONTENT_10X ms, pre-render $RENDER_10X ms) vs $START_MS ms | per-request unchanged, start-up at most linear | see numbers |

## Other scenarios (medians, req/s)

| scenario | app | nginx |
|---|---|---|
| home page GET | $M_APP_HOME | $M_NGX_HOME |
| conditional GET answered 304 | $M_APP_304 | $M_NGX_304 |
| quiz form GET (per-reader CSRF token) | $M_QUIZ_FORM | |

## Rounds (req/s)

| round | app topic | nginx topic | ratio | app home | nginx home | ratio | app 304 | nginx 304 | self-check result | quiz form | quiz POST |
|---|---|---|---|---|---|---|---|---|---|---|---|
$(printf '%s\n' "${ROUND_ROWS[@]}")

p99 per round (ms): app ${P99_APP[*]}; nginx ${P99_NGX[*]}.
MD
# Durability is a correctness property: fail the run loudly if an acknowledged attempt is missing.
if [ "$ROWS" -lt "$EXPECTED_ROWS" ]; then
    echo "DURABILITY FAILURE: $EXPECTED_ROWS attempts acknowledged but only $ROWS rows stored" | tee -a "$OUT" >&2
    exit 1
fi
echo "== wrote $OUT"
cat "$OUT"
