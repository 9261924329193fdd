#!/usr/bin/env python3
"""Prints JMH JSON results (bench/results/*.json) as a Markdown table, each row beside its baseline.

  bench/summarize.py [--baseline METHOD] FILE...

With --baseline, every row gets the ratio of its score to the score of METHOD with the same parameters and
thread count (for single-shot/average-time results, lower is better, so the ratio is baseline time / row time).
"""
import argparse
import json


def rows(files):
    for name in files:
        with open(name) as f:
            for r in json.load(f):
                method = r["benchmark"].rsplit(".", 1)[1]
                params = ",".join(f"{k}={v}" for k, v in sorted((r.get("params") or {}).items()))
                m = r["primaryMetric"]
                extra = {k: v["score"] for k, v in (r.get("secondaryMetrics") or {}).items()}
                yield dict(method=method, params=params, threads=r["threads"], mode=r["mode"],
                           score=m["score"], error=m["scoreError"], unit=m["scoreUnit"], extra=extra)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--baseline")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    data = list(rows(a.files))
    base = {(r["params"], r["threads"]): r for r in data if r["method"] == a.baseline}
    print("| benchmark | params | threads | score | ± | unit | ratio to baseline | extra |")
    print("|---|---|---|---|---|---|---|---|")
    for r in sorted(data, key=lambda r: (r["params"], r["method"], r["threads"])):
        b = base.get((r["params"], r["threads"]))
        ratio = ""
        if b and b is not r:
            higher_better = r["mode"] == "thrpt"
            ratio = f"{(r['score'] / b['score'] if higher_better else b['score'] / r['score']):.2f}"
        extra = ", ".join(f"{k}={v:.0f}" for k, v in r["extra"].items())
        print(f"| {r['method']} | {r['params']} | {r['threads']} | {r['score']:.1f} | {r['error']:.1f} | {r['unit']} | {ratio} | {extra} |")


if __name__ == "__main__":
    main()
