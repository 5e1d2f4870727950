#!/usr/bin/env bash
# Whole-process benchmark of streaming validation (see BENCHMARKS.md).
#
#   benchmarks/run.sh            100 k and 1 M member records, then the JMH benchmarks
#   benchmarks/run.sh --10m      also 10 M records (several minutes, ~2.5 GB of data)
#   benchmarks/run.sh --no-jmh   skip the JMH benchmarks
#   benchmarks/run.sh --warm     also each mode run several times in one JVM (WarmRuns: the cost per record
#                                past the compilers' warm-up; 10 runs at 100 k, 4 at 1 M, 2 at 10 M)
#   benchmarks/run.sh --repeat N N interleaved rounds of the whole-process runs of each size (raw, Jingwei, naive,
#                                again …); the summary gives their medians (peak heap and RSS: the largest) and
#                                each round's ratios
#
# Environment: JINGWEI_HEAP (default 512m: the heap target) is the -Xmx of the Jingwei and raw-scan runs;
# NAIVE_HEAP (default 4g) that of the naive loop, whose HashSets grow with the records.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SIZES=(100000 1000000)
JMH=1
WARM=0
REPEAT=1
while [ $# -gt 0 ]; do
  case "$1" in
    --10m) SIZES+=(10000000) ;;
    --no-jmh) JMH=0 ;;
    --warm) WARM=1 ;;
    --repeat)
      if [ $# -lt 2 ] || ! [[ "$2" =~ ^[1-9][0-9]*$ ]]; then echo "--repeat needs a number of rounds" >&2; exit 2; fi
      REPEAT=$2
      shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
JINGWEI_HEAP=${JINGWEI_HEAP:-512m}
NAIVE_HEAP=${NAIVE_HEAP:-4g}
OUT=$ROOT/benchmarks/target/results
DATA=$ROOT/benchmarks/target/data
mkdir -p "$OUT" "$DATA"

echo "== build" >&2
./mvnw -q -B -pl benchmarks -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/classpath.txt >&2
# a frozen copy of this repository's classes and jars: a rebuild during the run (minutes at 10 M) cannot break it
FROZEN=$ROOT/benchmarks/target/frozen
rm -rf "$FROZEN" && mkdir -p "$FROZEN"
cp -r "$ROOT/benchmarks/target/classes" "$FROZEN/classes"
CP="$FROZEN/classes"
IFS=: read -r -a ENTRIES < "$ROOT/benchmarks/target/classpath.txt" || true # no final line end
for entry in "${ENTRIES[@]}"; do
  case "$entry" in
    "$ROOT"/*) cp "$entry" "$FROZEN/" && CP="$CP:$FROZEN/$(basename "$entry")" ;;
    *) CP="$CP:$entry" ;;
  esac
done

RESULTS=$OUT/results.txt
: > "$RESULTS"
{
  echo "# $(date -u +%Y-%m-%dT%H:%MZ)  $(nproc) cores  $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "# $(java -version 2>&1 | head -1)  jingwei heap -Xmx$JINGWEI_HEAP  naive heap -Xmx$NAIVE_HEAP"
  echo "# load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# whole-process rounds per size: $REPEAT"
} >> "$RESULTS"

run() { # mode size heap round
  local mode=$1 size=$2 heap=$3 round=$4 dir=$DATA/members-$2 log
  log=$OUT/$mode-$size.log
  if [ "$REPEAT" -gt 1 ]; then log=$OUT/$mode-$size-round$round.log; fi
  /usr/bin/time -v java -Xmx"$heap" -cp "$CP" io.jingwei.benchmarks.WholeProcess "$mode" "$dir" > "$log" 2> "$log.time" || {
    echo "$mode $size failed: see $log.time" >&2; tail -5 "$log.time" >&2; echo "RESULT mode=$mode records=$size FAILED" >> "$RESULTS"; return 0; }
  local rss
  rss=$(awk -F: '/Maximum resident set size/ {print $2/1024}' "$log.time")
  echo "$(grep '^RESULT' "$log") rssMB=${rss} size=$size round=$round" | tee -a "$RESULTS" >&2
}

for size in "${SIZES[@]}"; do
  dir=$DATA/members-$size
  if [ ! -f "$dir/members.jsonl" ] || [ "$(wc -l < "$dir/members.jsonl")" -ne "$size" ]; then
    echo "== generate $size member records" >&2
    rm -rf "$dir"
    java -Xmx6g -cp "$CP" io.jingwei.benchmarks.MemberFiles "$dir" "$size" >&2
  fi
  echo "== $size records ($(du -h "$dir/members.jsonl" | cut -f1))" >&2
  java -Xmx"$JINGWEI_HEAP" -cp "$CP" io.jingwei.benchmarks.WholeProcess raw "$dir" > /dev/null 2>&1 || true # warm the page cache
  for round in $(seq "$REPEAT"); do
    run raw "$size" "$JINGWEI_HEAP" "$round"
    run jingwei "$size" "$JINGWEI_HEAP" "$round"
    run naive "$size" "$NAIVE_HEAP" "$round"
  done
  if [ "$WARM" = 1 ]; then
    runs=$(( size >= 10000000 ? 2 : size >= 1000000 ? 4 : 10 ))
    for mode in raw jingwei naive; do
      heap=$JINGWEI_HEAP; [ "$mode" = naive ] && heap=$NAIVE_HEAP
      log=$OUT/warm-$mode-$size.log
      if java -Xmx"$heap" -cp "$CP" io.jingwei.benchmarks.WarmRuns "$mode" "$dir" "$runs" > "$log" 2> "$log.err"; then
        echo "$(grep '^RESULT' "$log") size=$size" | tee -a "$RESULTS" >&2
      else
        echo "RESULT mode=warm-$mode records=$size FAILED" >> "$RESULTS"
      fi
    done
  fi
done

echo "== recall and precision on nanning (injected defects, streaming)" >&2
if java -Xmx"$JINGWEI_HEAP" -cp "$CP" io.jingwei.benchmarks.RecallPrecision "$DATA/nanning-injected" > "$OUT/quality.log" 2> "$OUT/quality.err"; then
  grep '^RESULT' "$OUT/quality.log" | tee -a "$RESULTS" >&2
else
  grep '^RESULT' "$OUT/quality.log" | tee -a "$RESULTS" >&2 || true
  echo "RESULT mode=quality FAILED (see $OUT/quality.err)" | tee -a "$RESULTS" >&2
fi

echo "# load average at end $(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS"
echo "== summary" >&2
python3 "$ROOT/benchmarks/summarize.py" "$RESULTS" | tee "$OUT/summary.md"

if [ "$JMH" = 1 ]; then
  echo "== JMH" >&2
  java -cp "$CP" org.openjdk.jmh.Main 'StructureBenchmark|MemberLineBenchmark' -rf text -rff "$OUT/jmh.txt" >&2
  cat "$OUT/jmh.txt"
fi
