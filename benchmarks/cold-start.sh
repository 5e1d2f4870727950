#!/usr/bin/env bash
# Cold start of the command line (冷启动): `./jingwei validate` of the bundled sample city, each a fresh JVM — as a
# user runs it (the launcher's class-data archive, its choice of compilers, the engine's warm-up thread), with both
# compilers whatever the input (JINGWEI_JIT=c2), without the archive (JINGWEI_CDS=0), without the archive and the
# warm-up (-Djingwei.warmUp=false) — against a baseline measured in the same run: a fresh JVM that scans the
# city's members file with Jackson's token stream (WholeProcess raw).
#
#   benchmarks/cold-start.sh [ROUNDS] [DIR]   ROUNDS (default 10) interleaved rounds of the five; medians and ratios
#                                             DIR: another dataset directory than the sample city (e.g. one of
#                                             benchmarks/target/data, which benchmarks/run.sh generates)
set -euo pipefail
DIR=${2:+$(cd "$2" && pwd)}
cd "$(dirname "$0")/.."
ROOT=$(pwd)
ROUNDS=${1:-10}
OUT=$ROOT/benchmarks/target/cold-start
mkdir -p "$OUT"
echo "== build" >&2
./mvnw -q -B -DskipTests -pl benchmarks -am package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
BENCH_CP="$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath.txt")"
# the launcher builds itself if its sources changed and archives its classes if a jar did: once, untimed
./jingwei validate examples/data/sample-city > /dev/null 2>&1 || true
SAMPLE=${DIR:-$ROOT/examples/data/sample-city}
RESULTS=$OUT/results.txt
{
  echo "# $(date -u +%Y-%m-%dT%H:%MZ)  $(nproc) cores  $(java -version 2>&1 | head -1)  load $(cut -d' ' -f1-3 /proc/loadavg)  $SAMPLE"
  echo "# mode round wall_s user_s sys_s"
} > "$RESULTS"

timed() { # mode round command...
  local mode=$1 round=$2
  shift 2
  /usr/bin/time -o "$OUT/time.txt" -f '%e %U %S' "$@" > /dev/null 2> "$OUT/$mode.err" || true
  read -r wall user sys < <(tail -1 "$OUT/time.txt")
  echo "$mode $round $wall $user $sys" >> "$RESULTS"
}

for r in $(seq "$ROUNDS"); do
  echo "== round $r of $ROUNDS" >&2
  timed jingwei "$r" ./jingwei validate "$SAMPLE"
  timed jingwei-c2 "$r" env JINGWEI_JIT=c2 ./jingwei validate "$SAMPLE"
  timed jingwei-no-archive "$r" env JINGWEI_CDS=0 ./jingwei validate "$SAMPLE"
  timed jingwei-no-archive-no-warm-up "$r" env JINGWEI_CDS=0 JINGWEI_JAVA_OPTS=-Djingwei.warmUp=false \
    ./jingwei validate "$SAMPLE"
  timed raw "$r" java -cp "$BENCH_CP" io.jingwei.benchmarks.WholeProcess raw "$SAMPLE"
done

python3 - "$RESULTS" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if not l.startswith('#')]
by = {}
for mode, _, wall, user, sys_ in rows:
    by.setdefault(mode, []).append((float(wall), float(user) + float(sys_)))
med = {m: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for m, v in by.items()}
raw = med['raw'][0]
print('| mode | median wall s | median CPU s | × the raw scan\'s wall |')
print('|---|---:|---:|---:|')
for m in ('jingwei', 'jingwei-c2', 'jingwei-no-archive', 'jingwei-no-archive-no-warm-up', 'raw'):
    print('| %s | %.2f | %.2f | %.2f× |' % (m, med[m][0], med[m][1], med[m][0] / raw))
print()
print('compilers as the launcher chose: %.2f of the time with both; archive: %.2f of the time without it; warm-up:'
      ' %.2f of the time without it (neither archive)' % (
    med['jingwei'][0] / med['jingwei-c2'][0],
    med['jingwei'][0] / med['jingwei-no-archive'][0],
    med['jingwei-no-archive'][0] / med['jingwei-no-archive-no-warm-up'][0]))
PY
