#!/usr/bin/env python3
"""Prints the scale benchmark's medians, throughput and ratios to linear time, then
the medians and throughput of the adversarial texts.

Run `cargo bench --bench scale` first. Two ratios to linear time: the median over
the 1x median times the nominal factor (10, 100), and over the 1x median times the
ratio of the sizes in bytes (the synthetic texts are close to, not exactly, 10 and 100
times the source). 1.0 is linear; 1.2 is 20% slower per byte than the real source.
"""
import json
import pathlib
import sys

from medians import human

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion") / "scale" / "parse"

rows = []
for size in ("1x", "10x", "100x"):
    directory = root / size / "new"
    if not directory.is_dir():
        sys.exit(f"no results in {directory}: run `cargo bench --bench scale` first")
    median = json.loads((directory / "estimates.json").read_text())["median"]
    benchmark = json.loads((directory / "benchmark.json").read_text())
    size_bytes = benchmark["throughput"]["Bytes"]
    rows.append((size, size_bytes, median))

base_bytes, base_median = rows[0][1], rows[0][2]["point_estimate"]
print("| size | bytes | median | 95% interval | MB/s | ÷ (factor × 1x) | ÷ (bytes ratio × 1x) |")
print("|---|---|---|---|---|---|---|")
for size, size_bytes, median in rows:
    point = median["point_estimate"]
    low, high = median["confidence_interval"]["lower_bound"], median["confidence_interval"]["upper_bound"]
    mb_per_s = size_bytes / point * 1e9 / 1e6
    factor = int(size.rstrip("x"))
    nominal = point / (base_median * factor)
    per_byte = point / (base_median * size_bytes / base_bytes)
    print(
        f"| {size} | {size_bytes} | {human(point)} | {human(low)} – {human(high)} "
        f"| {mb_per_s:.1f} | {nominal:.2f} | {per_byte:.2f} |"
    )

adversarial = root.parent.parent / "adversarial" / "parse"
if adversarial.is_dir():
    print()
    print("| adversarial text | bytes | median | 95% interval | MB/s |")
    print("|---|---|---|---|---|")
    for directory in sorted(adversarial.iterdir()):
        new = directory / "new"
        if not new.is_dir():
            continue
        median = json.loads((new / "estimates.json").read_text())["median"]
        size_bytes = json.loads((new / "benchmark.json").read_text())["throughput"]["Bytes"]
        point = median["point_estimate"]
        low, high = median["confidence_interval"]["lower_bound"], median["confidence_interval"]["upper_bound"]
        print(
            f"| `{directory.name}` | {size_bytes} | {human(point)} | {human(low)} – {human(high)} "
            f"| {size_bytes / point * 1e9 / 1e6:.1f} |"
        )
