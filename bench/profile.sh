#!/usr/bin/env bash
# Where one scenario's time goes at steady state: the app started the way bench/run.sh starts it (pinned to one core,
# the production options, H2 with the app's own settings), loaded until it is steady, then recorded with JFR while
# the load goes on, and summarised by bench/Profile.java (CPU by thread, sampled code by library, hot methods).
#
#   bash bench/profile.sh '/eligibility/result?credential=yes&type=RN&studies=138&perMonth=6&cme=12&spi=yes&spiDate=2025-06-01'
#   bash bench/profile.sh /quiz
#   bash bench/profile.sh attempts          # the JSON attempts, 8 answers each, as run.sh sends them
#
# Uses the jar in target/quarkus-app (build it first: ./mvnw -B package -DskipTests). Writes the recording and the
# summary to bench/work/profile/. Needs wrk, jq, curl and taskset.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

TARGET=${1:?"a path such as /quiz, or: attempts"}
RECORD=${RECORD:-20}
DURATION=${RECORD}s
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
[ -f "$JAR" ] || { echo "profile: $JAR is missing: ./mvnw -B package -DskipTests" >&2; exit 2; }
OUT="$ROOT/bench/work/profile"
rm -rf "$OUT"; mkdir -p "$OUT"

PIDS=()
declare -A LABEL=()
# shellcheck source=bench/lib.sh
source bench/lib.sh
trap 'for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT

A="http://127.0.0.1:$APP_PORT"
# The recording runs from the start: starting JFR in a warm JVM throws away compiled code (the event classes are
# re-instrumented), and the measure would catch the JIT again. Only the last RECORD seconds are dumped.
start_app "$OUT" "$JAR" -XX:StartFlightRecording=name=bench,settings=profile,maxage=15m
echo "== started in $STARTED_MS ms"
BENCH_BODY=$(attempt_body "$A")
ACK_COUNT=0; OTHER_COUNT=0
if [ "$TARGET" = attempts ]; then
    measure=(measure_attempts "$A/api/quiz/attempts")
else
    measure=(measure_rps "$A$TARGET")
fi

echo "== warm-up: $WARM_SLICE slices until $WARM_STEADY in a row agree within $WARM_TOLERANCE% and the JIT is under $WARM_JIT% (at most $WARM_MAX s)"
WARM_PID=$APP_PID warm_up "$TARGET" "${measure[@]}"
echo "== recording $RECORD s under the same load"
RECORD_FROM=$(date +%s%3N)
"${measure[@]}"
jcmd "$APP_PID" JFR.dump name=bench begin=-"$RECORD"s filename="$OUT/recording.jfr" >/dev/null
echo "   $MEASURED per second while recording"
stop_app
{
    echo "# Profile of \`$TARGET\` at steady state"
    echo
    echo "Warm-up: ${WARMED[$TARGET]}. While recording ($RECORD s): $MEASURED per second. Options: \`$JVM_OPTS\`."
    echo
    java bench/Profile.java "$OUT/recording.jfr" 30 "$RECORD_FROM"
} | tee "$OUT/summary.md"
echo "== wrote $OUT/summary.md"
