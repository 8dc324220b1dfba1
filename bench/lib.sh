#!/usr/bin/env bash
# Settings, starting and stopping servers, load, measurement and warm-up, shared by bench/run.sh and bench/profile.sh
# (sourced, not run, from the project folder). Expects DURATION, BENCH_BODY (attempts) and an array PIDS (what to
# stop on exit); run.sh documents the settings.

# Settings both scripts share (run.sh documents them).
CONNECTIONS=${CONNECTIONS:-32}
SERVER_CPU=${SERVER_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
APP_PORT=${APP_PORT:-18080}
# The JVM options the README's run command uses (src/main/jvm/production.options).
JVM_OPTS=${JVM_OPTS:-$(grep -v '^#' src/main/jvm/production.options | xargs)}
# An attempt the size a reader sends: the mixed quiz at /quiz has QUIZ_SIZE questions (guide.quiz.size), not the whole
# bank that /api/quiz lists (over 100 questions, which would measure inserting 100 answer rows per attempt).
QUIZ_SIZE=${QUIZ_SIZE:-8}

# attempt_body <app base url>: the JSON of one quiz attempt, QUIZ_SIZE questions each answered with its first choice.
attempt_body() {
    curl -fs "$1/api/quiz" | jq -c --argjson n "$QUIZ_SIZE" \
        '{topic: null, answers: (.questions[0:$n] | map({key: .id, value: .choices[0].id}) | from_entries)}'
}

# Warm-up (warm_up below): a scenario is loaded in WARM_SLICE slices until WARM_STEADY slices in a row agree within
# WARM_TOLERANCE percent (max - min over their median) and the JVM's JIT spent under WARM_JIT percent of the last
# slice compiling, or for WARM_MAX seconds. The JIT on one core takes one to
# two minutes to settle on the dynamic pages (the self-check climbs from about 200 to about 3,000 req/s): a fixed
# short warm-up measured the compiler, not the code.
WARM_SLICE=${WARM_SLICE:-5s}
WARM_STEADY=${WARM_STEADY:-3}
WARM_TOLERANCE=${WARM_TOLERANCE:-10}
WARM_MAX=${WARM_MAX:-240}
WARM_JIT=${WARM_JIT:-5}

# alive <pid>: running (an exited child stays a zombie until waited for, and kill -0 still succeeds on it).
alive() { local state; state=$(ps -o stat= -p "$1" 2>/dev/null) || return 1; [[ "$state" != Z* ]]; }

now_ms() { date +%s%3N; }

# launch <log> <poll url> <command...>: starts a server in the background, waits for a 200 on the URL, and sets
# LAUNCHED_PID and STARTED_MS (ms from launching to the first 200). Not called in a subshell, so both survive.
launch() {
    local log=$1 url=$2; shift 2
    local t0; t0=$(now_ms)
    "$@" >"$log" 2>&1 &
    LAUNCHED_PID=$!
    PIDS+=("$LAUNCHED_PID")
    until curl -fs -o /dev/null "$url"; do
        if ! kill -0 "$LAUNCHED_PID" 2>/dev/null; then echo "bench: failed to start; see $log" >&2; tail -20 "$log" >&2; exit 1; fi
        sleep 0.01
    done
    STARTED_MS=$(( $(now_ms) - t0 ))
}

# stop_pid <pid>: SIGTERM, and SIGKILL after STOP_TIMEOUT seconds: a server that hangs in its shutdown (seen after an
# OutOfMemoryError) must not hang the run. Noted in the results.
STOP_TIMEOUT=${STOP_TIMEOUT:-30}
NOTES=""
stop_pid() {
    local pid=$1 i
    kill "$pid" 2>/dev/null || true
    for i in $(seq 1 $(( STOP_TIMEOUT * 10 ))); do alive "$pid" || break; sleep 0.1; done
    if alive "$pid"; then
        echo "bench: warning: process $pid still running $STOP_TIMEOUT s after SIGTERM: killed" >&2
        NOTES="$NOTES
- A server (\`$(ps -o args= -p "$pid" | cut -c1-60)...\`) did not stop within $STOP_TIMEOUT s of SIGTERM and was killed."
        kill -9 "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
    # Forget it, so that the clean-up on exit never signals a process id the system has since given to another.
    local keep=() p
    for p in "${PIDS[@]}"; do if [ "$p" != "$pid" ]; then keep+=("$p"); fi; done
    PIDS=("${keep[@]}")
}
# check_log <log> <what>: an OutOfMemoryError makes every figure of that process suspect: say so, loudly.
check_log() {
    if grep -q 'OutOfMemoryError' "$1"; then
        local first; first=$(grep -m1 -o 'OutOfMemoryError[^ ]*[^\n]*' "$1" | cut -c1-80)
        echo "bench: warning: $2 logged an OutOfMemoryError ($first); see $1" >&2
        NOTES="$NOTES
- **$2 logged an OutOfMemoryError** (\`$first\`, $(grep -c OutOfMemoryError "$1") lines; log: \`${1#"$ROOT"/}\`): its figures are suspect."
    fi
}

# The app's environment for every start: the per-address POST rate limit would answer most benchmark POSTs with
# 429, so it is lifted; a CSRF signing key, which the app requires on PostgreSQL (a bench-only value).
APP_ENV=(QUARKUS_HTTP_PORT=$APP_PORT GUIDE_RATE_LIMIT_REQUESTS=1000000000
    QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY=bench-only-not-a-secret-0123456789abcdef)
# The app waits at most 1 s for a pooled connection (production). On a busy machine the first connection at start-up
# can take longer and the start fails: ACQUISITION_TIMEOUT=30S lifts it (then the attempts measure a different app).
if [ -n "${ACQUISITION_TIMEOUT:-}" ]; then APP_ENV+=(QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=$ACQUISITION_TIMEOUT); fi

# start_app <dir> <jar> [java...] [-- env...]: starts a jar pinned to the server core, in its own folder <dir>. On
# H2 the app's own default database address (./data/...) then lands in that folder: the bench runs the production
# settings (WRITE_DELAY=0 and the rest), not an address of its own. Sets APP_PID and STARTED_MS.
start_app() {
    local dir=$1 jar=$2; shift 2
    local java_args=() envs=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do java_args+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    envs=("$@")
    mkdir -p "$dir"
    # shellcheck disable=SC2086
    launch "$dir/app.log" "http://127.0.0.1:$APP_PORT/" \
        env -C "$dir" "${APP_ENV[@]}" "${envs[@]}" taskset -c "$SERVER_CPU" "${JAVA:-java}" $JVM_OPTS "${java_args[@]}" -jar "$jar"
    APP_PID=$LAUNCHED_PID
}
stop_app() { stop_pid "$APP_PID"; APP_PID=""; }

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# spread <values...>: (max - min) / median in percent.
spread() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m = (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2); printf "%.0f", (m > 0 ? (a[NR]-a[1]) * 100 / m : 0)}'; }

# wrk_run <connections> <duration> <url> [wrk args...]: wrk's report, on the load core.
wrk_run() {
    local c=$1 d=$2 url=$3; shift 3
    taskset -c "$LOAD_CPU" wrk -t1 -c"$c" -d"$d" "$@" "$url"
}

# rps <url> [wrk args...]: requests per second. A GET answered with errors would make a ratio meaningless: fail.
rps() {
    local url=$1; shift
    local out; out=$(wrk_run "$CONNECTIONS" "$DURATION" "$url" "$@")
    if grep -q 'Non-2xx or 3xx responses' <<<"$out"; then
        echo "bench: error responses from $url:" >&2; echo "$out" >&2; exit 1
    fi
    echo "$out" | awk '/Requests\/sec/ {print int($2)}'
}

# attempts <url> <duration>: durable attempts per second (201s only: anything else does not count) through the
# JSON API; adds the 201s to ACK_COUNT and the other answers to OTHER_COUNT. Not in a subshell (the counters).
attempts() {
    local out acked secs total
    out=$(BENCH_BODY=$BENCH_BODY wrk_run "$CONNECTIONS" "$2" "$1" -s bench/post-attempt.lua)
    acked=$(echo "$out" | awk '/ACKNOWLEDGED/ {print $2}')
    total=$(echo "$out" | awk '/requests in/ {print $1}')
    secs=$(echo "$out" | awk '/requests in/ {gsub(/s,/, "", $4); print $4}')
    ACK_COUNT=$(( ACK_COUNT + acked ))
    OTHER_COUNT=$(( OTHER_COUNT + total - acked ))
    ATTEMPTS_RATE=$(awk -v a="$acked" -v s="$secs" 'BEGIN {print int(a / s)}')
}

# Measurements that set MEASURED without a subshell (attempts() keeps counters), for warm_up.
measure_rps() { MEASURED=$(rps "$@"); }
measure_attempts() { attempts "$1" "$DURATION"; MEASURED=$ATTEMPTS_RATE; }

# jit_seconds <pid>: CPU seconds the JVM's JIT compiler threads have used so far (from /proc: their utime + stime).
# Not jstat's compile time, which is wall time and grows while a compiler thread waits for the shared core.
jit_seconds() {
    local tick; tick=$(getconf CLK_TCK)
    grep -l '^C[12] Compiler' /proc/"$1"/task/*/comm 2>/dev/null | sed 's/comm$/stat/' | xargs -r cat 2>/dev/null \
        | sed 's/^.*) //' | awk -v t="$tick" '{s += $12 + $13} END {printf "%.2f", s / t}'
}

# warm_up <scenario key> <measure_rps|measure_attempts> <args...>: load in WARM_SLICE slices until WARM_STEADY
# slices in a row agree within WARM_TOLERANCE percent and, when WARM_PID names the JVM under load, its JIT compilers
# spent under WARM_JIT percent of the last slice compiling; or until WARM_MAX seconds have passed. The rate alone is
# not enough: the attempts plateau for a while, then climb again as the compiler reaches the database code.
# WARMED[key] says which, with the last slices.
declare -A WARMED
warm_up() {
    local key=$1; shift
    local DURATION=$WARM_SLICE slice=${WARM_SLICE%s} spent=0 values=() last from jit_before jit_after jit_pct=""
    while :; do
        [ -n "${WARM_PID:-}" ] && jit_before=$(jit_seconds "$WARM_PID")
        "$@"; values+=("$MEASURED"); spent=$(( spent + slice ))
        if [ -n "${WARM_PID:-}" ]; then
            jit_after=$(jit_seconds "$WARM_PID")
            jit_pct=$(awk -v a="${jit_before:-0}" -v b="${jit_after:-0}" -v s="$slice" 'BEGIN {printf "%.0f", (b - a) * 100 / s}')
        fi
        from=$(( ${#values[@]} > WARM_STEADY ? ${#values[@]} - WARM_STEADY : 0 ))
        last=("${values[@]:$from}")
        if [ "${#values[@]}" -ge "$WARM_STEADY" ] && [ "$(spread "${last[@]}")" -le "$WARM_TOLERANCE" ] \
                && [ "${jit_pct:-0}" -le "$WARM_JIT" ]; then
            WARMED[$key]="steady after ${spent} s (${last[*]}${jit_pct:+; JIT $jit_pct% of the last slice})"; break
        fi
        if [ "$spent" -ge "$WARM_MAX" ]; then
            WARMED[$key]="NOT steady after ${spent} s (last: ${last[*]}${jit_pct:+; JIT $jit_pct% of the last slice})"; break
        fi
    done
    echo "   warm-up ${LABEL[$key]:-$key}: ${WARMED[$key]}"
}
