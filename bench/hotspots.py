#!/usr/bin/env python3
"""Top methods of a JFR recording's execution and native-method samples: self (top frame) and total (anywhere on the stack).

  bench/hotspots.py RECORDING.jfr [N] [FILTER]

FILTER keeps only samples whose stack contains that text (e.g. a benchmark method name).
"""
import collections
import subprocess
import sys


def samples(path):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample,jdk.NativeMethodSample", "--stack-depth", "64", path],
                         capture_output=True, text=True, check=True).stdout
    stack, inside = [], False
    for line in out.splitlines():
        s = line.strip()
        if s.startswith("stackTrace = ["):
            stack, inside = [], True
        elif inside and s == "]":
            inside = False
            yield stack
        elif inside and s and s != "...":
            stack.append(s.split("  line:")[0])


def main():
    path = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    flt = sys.argv[3] if len(sys.argv) > 3 else None
    self_c, total_c, count = collections.Counter(), collections.Counter(), 0
    for st in samples(path):
        if not st or (flt and not any(flt in f for f in st)):
            continue
        count += 1
        self_c[st[0]] += 1
        for f in set(st):
            total_c[f] += 1
    print(f"{count} samples")
    print("\n-- self --")
    for m, c in self_c.most_common(n):
        print(f"{100 * c / count:5.1f}%  {m}")
    print("\n-- total --")
    for m, c in total_c.most_common(n):
        print(f"{100 * c / count:5.1f}%  {m}")


if __name__ == "__main__":
    main()
