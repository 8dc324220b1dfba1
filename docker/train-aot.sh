#!/bin/sh
# Trains a JDK 25 AOT cache for the site: one start of the built jar with -XX:AOTCacheOutput, the requests readers make
# first, then a normal stop (the JVM writes the cache as it exits). Run it where the app will run (same JDK build, same
# jar paths: the cache is refused otherwise, with a warning, and the app starts without it), with the app's database
# reachable as at any start. docker/Dockerfile runs it in its train stage; the README shows it without Docker.
#
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java sh docker/train-aot.sh src/main/jvm/production.options \
#       target/quarkus-app/quarkus-run.jar target/quarkus-app/app.aot
set -eu
OPTIONS=$1 JAR=$2 CACHE=$3
JAVA=${JAVA:-java}
PORT=${TRAIN_PORT:-18099}
BASE=http://127.0.0.1:$PORT
# The production options, without the metaspace cap: with it, writing the cache fails ("Unable to allocate from 'ro'
# region"). The cache is then used with the cap.
OPTS=$(grep -v '^#' "$OPTIONS" | grep -v MaxMetaspaceSize | xargs)
# shellcheck disable=SC2086
QUARKUS_HTTP_PORT=$PORT "$JAVA" $OPTS -XX:AOTCacheOutput="$CACHE" -jar "$JAR" &
PID=$!
i=0
until curl -fs -o /dev/null "$BASE/"; do
    kill -0 "$PID" 2>/dev/null || { echo "train-aot: the app did not start" >&2; exit 1; }
    i=$((i + 1)); [ "$i" -lt 1200 ] || { kill "$PID"; echo "train-aot: no answer after 120 s" >&2; exit 1; }
    sleep 0.1
done
for path in / /topics /topics/what-msk-ultrasound-images /glossary /quiz /search?q=tendon /eligibility /api/quiz \
        /q/health/ready; do
    curl -fs -o /dev/null "$BASE$path" || echo "train-aot: $path did not answer 200 (trained anyway)" >&2
done
kill "$PID"
wait "$PID" || true
[ -s "$CACHE" ] || { echo "train-aot: no cache written to $CACHE" >&2; exit 1; }
echo "train-aot: wrote $CACHE ($(du -h "$CACHE" | cut -f1))"
