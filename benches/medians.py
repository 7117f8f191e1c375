#!/usr/bin/env python3
"""Prints the median of every criterion benchmark under target/criterion as a Markdown table.

Run `cargo bench` first; the figures of docs/performance.md come from this table.
"""
import json
import pathlib
import sys


def human(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
    rows = []
    for estimates in sorted(root.glob("**/new/estimates.json")):
        name = estimates.parent.parent.relative_to(root).as_posix()
        median = json.loads(estimates.read_text())["median"]
        low, high = median["confidence_interval"]["lower_bound"], median["confidence_interval"]["upper_bound"]
        rows.append((name, median["point_estimate"], low, high))

    print("| benchmark | median | 95% interval |")
    print("|---|---|---|")
    for name, point, low, high in rows:
        print(f"| `{name}` | {human(point)} | {human(low)} – {human(high)} |")


if __name__ == "__main__":
    main()
