#!/usr/bin/env bash
# Tests of the launcher's choice of JVM options (./jingwei): with JINGWEI_DRY_RUN=1 it prints the java command,
# one word a line, instead of running it. Run after the build (the launcher builds itself otherwise); .ci/run
# calls it. Sparse files stand in for large inputs (their apparent size counts, no disk is used).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

command_of() { # env assignments... -- launcher arguments...
  local envs=()
  while [ "$1" != -- ]; do envs+=("$1"); shift; done
  shift
  env JINGWEI_DRY_RUN=1 "${envs[@]}" ./jingwei "$@"
}

expect() { # name, then yes|no (C1 alone expected), then as command_of
  local name=$1 want=$2
  shift 2
  local out
  if ! out="$(command_of "$@" 2>"$work/stderr")"; then
    echo "FAIL $name: the launcher failed: $(cat "$work/stderr")" >&2
    failures=$((failures + 1))
    return
  fi
  local got=no
  if grep -qx -- '-XX:TieredStopAtLevel=1' <<<"$out"; then got=yes; fi
  if [ "$got" != "$want" ]; then
    echo "FAIL $name: C1 alone expected $want, got $got" >&2
    failures=$((failures + 1))
  else
    echo "ok   $name"
  fi
}

mkdir -p "$work/small" "$work/large" "$work/sheets-small" "$work/sheets-large"
printf '{}\n' >"$work/small/members.jsonl"
truncate -s 300M "$work/large/members.jsonl"
truncate -s 20M "$work/sheets-small/city.xlsx"  # 160 MiB counted
truncate -s 40M "$work/sheets-large/city.xlsx"  # 320 MiB counted

expect "no arguments (the sample city)" yes --
expect "the sample city" yes -- validate examples/data/sample-city
expect "a small directory" yes -- validate "$work/small"
expect "a directory of 300 MiB" no -- validate "$work/large"
expect "a file of 300 MiB" no -- validate "$work/large/members.jsonl" --stream
expect "a small spreadsheet" yes -- validate "$work/sheets-small/city.xlsx"
expect "a spreadsheet counted eight times" no -- validate "$work/sheets-large/city.xlsx"
expect "both of diff, together large" no -- diff "$work/large" "$work/small"
expect "a path that does not exist" yes -- validate "$work/missing"
expect "a command without input" yes -- profiles
expect "generate nanning" yes -- generate "$work/out" --preset nanning
expect "generate nanning@3" yes -- generate "$work/out" --preset=nanning@3
expect "generate nanning@10" no -- generate "$work/out" --preset nanning@10
expect "JINGWEI_JIT=c2, a small input" no JINGWEI_JIT=c2 -- validate "$work/small"
expect "JINGWEI_JIT=c1, a large input" yes JINGWEI_JIT=c1 -- validate "$work/large"

# a user's option comes after the launcher's (the JVM takes the last), and arguments pass unchanged
out="$(command_of JINGWEI_JAVA_OPTS=-XX:TieredStopAtLevel=4 -- validate "$work/small" --as-of 2024-06-30)"
mine="$(grep -nx -- '-XX:TieredStopAtLevel=1' <<<"$out" | cut -d: -f1)"
theirs="$(grep -nx -- '-XX:TieredStopAtLevel=4' <<<"$out" | cut -d: -f1)"
if [ -z "$mine" ] || [ -z "$theirs" ] || [ "$theirs" -le "$mine" ]; then
  echo "FAIL JINGWEI_JAVA_OPTS: not after the launcher's option" >&2
  failures=$((failures + 1))
else
  echo "ok   JINGWEI_JAVA_OPTS after the launcher's option"
fi
if [ "$(tail -4 <<<"$out")" != "$(printf '%s\n' validate "$work/small" --as-of 2024-06-30)" ]; then
  echo "FAIL arguments: not passed unchanged" >&2
  failures=$((failures + 1))
else
  echo "ok   arguments passed unchanged"
fi
if JINGWEI_JIT=fast ./jingwei profiles >/dev/null 2>&1; then
  echo "FAIL JINGWEI_JIT=fast: accepted" >&2
  failures=$((failures + 1))
else
  echo "ok   JINGWEI_JIT=fast refused"
fi

# the launcher finds its directory however it is started: by a path from elsewhere, or by name through bash
for how in "from another directory" "by name through bash"; do
  if [ "$how" = "by name through bash" ]; then
    out="$(cd "$root" && JINGWEI_DRY_RUN=1 bash jingwei profiles 2>"$work/stderr")" || out=""
  else
    out="$(cd "$work" && JINGWEI_DRY_RUN=1 "$root/jingwei" profiles 2>"$work/stderr")" || out=""
  fi
  if ! grep -qx -- "-XX:SharedArchiveFile=$root/.jingwei-build/classes.jsa" <<<"$out" \
      || [ "$(tail -2 <<<"$out")" != "$(printf '%s\n' io.jingwei.cli.JingweiCommand profiles)" ]; then
    echo "FAIL started $how: $(cat "$work/stderr")" >&2
    failures=$((failures + 1))
  else
    echo "ok   started $how"
  fi
done

# the archive is made again when a jar changes, and not otherwise
stamp_before="$(cat .jingwei-build/classes.jsa.java)"
command_of -- profiles >/dev/null 2>"$work/stderr"
if [ -s "$work/stderr" ] || [ "$(cat .jingwei-build/classes.jsa.java)" != "$stamp_before" ]; then
  echo "FAIL archive: made again with nothing changed: $(cat "$work/stderr")" >&2
  failures=$((failures + 1))
else
  echo "ok   archive kept while nothing changed"
fi
api_jar="$(tr ':' '\n' <.jingwei-build/classpath | grep -m1 '/api/target/jingwei-api-.*\.jar$')"
touch -d '+2 seconds' "$api_jar" # a jar rebuilt by hand: the JVM would refuse the old archive
command_of -- profiles >/dev/null 2>"$work/stderr"
if ! grep -q 'archiving' "$work/stderr" || [ "$(cat .jingwei-build/classes.jsa.java)" = "$stamp_before" ] \
    || [ ! -s .jingwei-build/classes.jsa ]; then
  echo "FAIL archive: not made again after a jar changed: $(cat "$work/stderr")" >&2
  failures=$((failures + 1))
else
  echo "ok   archive made again after a jar changed"
fi

if [ "$failures" -gt 0 ]; then
  echo "launcher-test: $failures failed" >&2
  exit 1
fi
echo "launcher-test: all passed"
