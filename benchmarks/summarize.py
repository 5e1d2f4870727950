#!/usr/bin/env python3
"""Turns benchmarks/run.sh's RESULT lines into the ratio table of BENCHMARKS.md."""
import re
import statistics
import sys

rows = {}
header = []
quality = []
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("#"):
        header.append(line.strip("# \n"))
        continue
    if not line.startswith("RESULT") or "FAILED" in line:
        continue
    f = dict(re.findall(r"(\w+)=([^\s]+)", line))
    if f.get("mode") == "quality":
        quality.append(f)
        continue
    rows.setdefault(int(f["size"]), {}).setdefault(f["mode"], []).append(f)

# run.sh --repeat N: N whole-process results of a size and mode; the tables take their medians (the peaks: the
# largest) and a table of their own shows each round's ratios
MAXIMA = {"peakHeapMB", "poolPeaksMB", "liveHeapMB", "rssMB"}
rounds = {size: dict(modes) for size, modes in rows.items()}


def merged(results):
    """One result of several: the median of each number, the largest of each peak; the first's other fields."""
    if len(results) == 1:
        return results[0]
    out = dict(results[0])
    for key in out:
        values = []
        for r in results:
            try:
                values.append(float(r[key]))
            except (KeyError, ValueError):
                values = None
                break
        if values and all(v == v for v in values):
            out[key] = repr(max(values) if key in MAXIMA else statistics.median(values))
    return out


rows = {size: {mode: merged(results) for mode, results in modes.items()} for size, modes in rows.items()}
repeats = max((len(results) for modes in rounds.values() for results in modes.values()), default=1)

print("\n".join("- " + h for h in header))
print()
if repeats > 1:
    print(f"Whole process: the median of {repeats} interleaved rounds of each mode (peak heap and RSS: the largest "
          "of the rounds); each round's ratios below the tables.")
    print()
print("| records | Jingwei rec/s | raw scan rec/s | naive rec/s | Jingwei / raw | Jingwei / naive "
      "| µs per record (vs 100 k) | Jingwei peak heap MB | Jingwei heap after GC MB | Jingwei RSS MB "
      "| naive peak heap MB |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
base = None
for size in sorted(rows):
    r = rows[size]
    j, raw, naive = r.get("jingwei"), r.get("raw"), r.get("naive")
    if not j:
        continue
    jr = float(j["recordsPerSecond"])
    us = 1e6 / jr
    base = base or us
    cells = [f"{size:,}", f"{jr:,.0f}",
             f"{float(raw['recordsPerSecond']):,.0f}" if raw else "-",
             f"{float(naive['recordsPerSecond']):,.0f}" if naive else "-",
             f"{jr / float(raw['recordsPerSecond']):.2f}×" if raw else "-",
             f"{jr / float(naive['recordsPerSecond']):.2f}×" if naive else "-",
             f"{us:.2f} ({us / base:.2f})",
             j["peakHeapMB"], j.get("liveHeapMB", "-"), f"{float(j['rssMB']):.0f}",
             naive["peakHeapMB"] if naive else "-"]
    print("| " + " | ".join(cells) + " |")

def rate_of(r, mode, key):
    """The rate (RESULT field `key`) of the mode in a size's row, or None when missing, not a number or zero."""
    try:
        x = float(r.get(mode, {}).get(key))
        return None if x != x or x == 0 else x
    except (TypeError, ValueError):
        return None


def rate_table(intro, label, key, ratio_label):
    """A table of Jingwei's rate against the baselines' for one kind of rate (RESULT field `key`)."""
    def rate(r, mode):
        return rate_of(r, mode, key)
    sizes = [size for size in sorted(rows) if rate(rows[size], "jingwei" if label == "steady" else "warm-jingwei")]
    if not sizes:
        return
    prefix = "" if label == "steady" else "warm-"
    print()
    print(intro)
    print()
    print(f"| records | Jingwei {label} rec/s | raw scan {label} rec/s | naive {label} rec/s | Jingwei / raw | "
          f"Jingwei / naive | Jingwei {label} µs per record ({ratio_label}) |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    first = None
    for size in sizes:
        r = rows[size]
        j, raw, naive = rate(r, prefix + "jingwei"), rate(r, prefix + "raw"), rate(r, prefix + "naive")
        us = 1e6 / j
        first = first or us
        print("| " + " | ".join([
            f"{size:,}", f"{j:,.0f}", f"{raw:,.0f}" if raw else "-", f"{naive:,.0f}" if naive else "-",
            f"{j / raw:.2f}×" if raw else "-", f"{j / naive:.2f}×" if naive else "-",
            f"{us:.2f} ({us / first:.2f})"]) + " |")


rate_table("Steady state (the rate from a fifth of the records to the end, past start-up and warm-up; same "
           "definition for every mode):", "steady", "steadyRecordsPerSecond", "vs smallest")
rate_table("Warm (each mode run several times in one JVM; the best run after the first: no start-up, the compilers "
           "done):", "warm", "warmRecordsPerSecond", "vs smallest")

def marginal_table(intro, label, key, prefix):
    """Per record between successive sizes: (time at the larger - time at the smaller) / (records added), so that
    what every run pays once (start-up, the compilers' warm-up, the city's other records) cancels out."""
    def seconds(size, mode):
        x = rate_of(rows[size], prefix + mode, key)
        return None if x is None else size / x
    sizes = [size for size in sorted(rows) if seconds(size, "jingwei")]
    if len(sizes) < 2:
        return
    print()
    print(intro)
    print()
    print(f"| records added | Jingwei µs per record ({label}) | raw scan µs | naive µs | Jingwei / raw | "
          f"Jingwei / naive | Jingwei vs the last step |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    steps = []
    for a, b in zip(sizes, sizes[1:]):
        def us(mode):
            ta, tb = seconds(a, mode), seconds(b, mode)
            return None if ta is None or tb is None else (tb - ta) / (b - a) * 1e6
        steps.append((a, b, us("jingwei"), us("raw"), us("naive")))
    last = steps[-1][2]
    for a, b, j, raw, naive in steps:
        print("| " + " | ".join([
            f"{a:,} → {b:,}", f"{j:.2f}", f"{raw:.2f}" if raw else "-", f"{naive:.2f}" if naive else "-",
            f"{raw / j:.2f}×" if raw else "-", f"{naive / j:.2f}×" if naive else "-",
            f"{j / last:.2f}"]) + " |")


marginal_table("Per record added (whole process; start-up, warm-up and the city's other records cancel out):",
               "whole process", "recordsPerSecond", "")
marginal_table("Per record added (warm):", "warm", "warmRecordsPerSecond", "warm-")

def phase_table():
    """Where Jingwei's whole-process time goes (RESULT fields prepareSeconds, beforeMembersSeconds, membersSeconds,
    afterMembersSeconds; medians over the rounds), and the members' phase's own rate against the baselines'."""
    keys = ("prepareSeconds", "beforeMembersSeconds", "membersSeconds", "afterMembersSeconds")
    sizes = [size for size in sorted(rows) if all(rate_of(rows[size], "jingwei", k) for k in keys)]
    if not sizes:
        return
    print()
    print("Jingwei's phases (whole process, medians): preparing the validator; before the members (the other kinds "
          "read beside the first pass over the members file); the members (their file opened to the last one "
          "checked); after them (the checks over the other kinds, the metrics, the report). The members' rate is "
          "their phase's alone, against the baselines' whole runs:")
    print()
    print("| records | prepare s | before the members s | members s | after the members s | whole s "
          "| members' share | members' rec/s | members / raw | members / naive |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in sizes:
        r = rows[size]
        prep, before, members, after = (rate_of(r, "jingwei", k) for k in keys)
        whole = size / float(r["jingwei"]["recordsPerSecond"])
        mrate = size / members
        raw, naive = rate_of(r, "raw", "recordsPerSecond"), rate_of(r, "naive", "recordsPerSecond")
        print("| " + " | ".join([
            f"{size:,}", f"{prep:.2f}", f"{before:.2f}", f"{members:.2f}", f"{after:.2f}", f"{whole:.2f}",
            f"{members / whole * 100:.0f} %", f"{mrate:,.0f}",
            f"{mrate / raw:.2f}×" if raw else "-", f"{mrate / naive:.2f}×" if naive else "-"]) + " |")


phase_table()

if repeats > 1:
    print()
    print("Each round (whole process; the rate of each mode in the round, and Jingwei's ratios to them):")
    print()
    print("| records | round | Jingwei rec/s | raw scan rec/s | naive rec/s | Jingwei / raw | Jingwei / naive |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for size in sorted(rounds):
        modes = rounds[size]
        by_round = {}
        for mode in ("jingwei", "raw", "naive"):
            for r in modes.get(mode, []):
                by_round.setdefault(r.get("round", "1"), {})[mode] = float(r["recordsPerSecond"])
        for k in sorted(by_round, key=int):
            x = by_round[k]
            j, raw, naive = x.get("jingwei"), x.get("raw"), x.get("naive")
            print("| " + " | ".join([
                f"{size:,}", k, f"{j:,.0f}" if j else "-", f"{raw:,.0f}" if raw else "-",
                f"{naive:,.0f}" if naive else "-", f"{j / raw:.2f}×" if j and raw else "-",
                f"{j / naive:.2f}×" if j and naive else "-"]) + " |")

for q in quality:
    print()
    print(f"Recall and precision on nanning ({int(q['members']):,} members, {q['defects']} injected defects, "
          f"{q['expected']} expected findings, validated streaming in {float(q['seconds']):.1f} s): "
          f"recall {float(q['recall']) * 100:.2f} %, precision {float(q['precision']) * 100:.2f} %")
