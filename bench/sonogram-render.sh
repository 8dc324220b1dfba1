#!/usr/bin/env bash
# Render time and PNG size of the image simulator, for every view and variant, on one core at steady state.
#
#   bash bench/sonogram-render.sh [ROUNDS]    # compile, measure, write bench/results/<date>-sonogram.md
#
# Targets (issue 24): about 512x384, at most 80 KB, at most 50 ms (render plus PNG encoding) on one core.
# bench/SonogramBench.java does the measuring: CPU time of its one rendering thread, median of ROUNDS uncached
# renders after a warm-up. `taskset -c 0` pins the JVM to one core so the JIT and GC cannot borrow the other.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-40}"
OUT="bench/results/$(date -u +%F)-sonogram.md"

./mvnw -B -q -o compile 2>/dev/null || ./mvnw -B -q compile
TABLE="$(taskset -c 0 java -XX:ActiveProcessorCount=1 -cp target/classes bench/SonogramBench.java "$ROUNDS")"

{
    echo "# Image simulator: render time and PNG size ($(date -u +%F))"
    echo
    echo "Commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' plus uncommitted changes'), $(java -version 2>&1 | head -1)," \
        "one core (\`taskset -c 0\`, \`-XX:ActiveProcessorCount=1\`), median of $ROUNDS uncached renders after a warm-up," \
        "CPU time of the rendering thread. Targets: 512x384, at most 80 KB, at most 50 ms. Run by \`bash bench/sonogram-render.sh\`."
    echo
    echo "$TABLE"
} > "$OUT"
cat "$OUT"
echo "Wrote $OUT" >&2
