#!/usr/bin/env bash
# Whole-process spreadsheet benchmark (see BENCHMARKS.md, "Spreadsheets"): writes a member sheet of ROWS rows
# (default 1 000 000) and reads it as a stream in a JVM of -Xmx$XLSX_HEAP (default 256m).
#
#   benchmarks/xlsx.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
ROWS=${1:-1000000}
XLSX_HEAP=${XLSX_HEAP:-256m}
DATA=$ROOT/benchmarks/target/data
OUT=$ROOT/benchmarks/target/results
mkdir -p "$DATA" "$OUT"
echo "== build" >&2
./mvnw -o -q -B -pl benchmarks -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/classpath.txt >&2
CP="$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath.txt")"
FILE=$DATA/members-$ROWS.xlsx
if [ ! -f "$FILE" ]; then
  echo "== write $ROWS rows" >&2
  java -Xmx1g -cp "$CP" io.jingwei.benchmarks.SpreadsheetProcess write "$FILE" "$ROWS" >&2
fi
echo "== read $ROWS rows with -Xmx$XLSX_HEAP ($(du -h "$FILE" | cut -f1))" >&2
/usr/bin/time -v java -Xmx"$XLSX_HEAP" -cp "$CP" io.jingwei.benchmarks.SpreadsheetProcess read "$FILE" \
  > "$OUT/xlsx-$ROWS.log" 2> "$OUT/xlsx-$ROWS.time"
rss=$(awk -F: '/Maximum resident set size/ {print $2/1024}' "$OUT/xlsx-$ROWS.time")
echo "$(grep '^RESULT' "$OUT/xlsx-$ROWS.log") rssMB=$rss" | tee "$OUT/xlsx-results.txt"
