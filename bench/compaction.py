"""`python -m bench.compaction [--sizes 1M,10M] [--per-province 4] [--tidy 1000]`: the page queries on a
snapshot whose provinces carry overlays, then after folding them (etl.compact), against the bare SQL,
side by side in one run; and what the compaction cost per province.

The overlays are made as the benchmarks' own loads make them (bench.run's freshness and rebuild):
one-value loads of the template's indicators into the overview's four provinces, and one tidy
workbook of `--tidy` rows (19 indicators, ~53 provinces). The background compaction is off while
loading (ST_DASHBOARD_COMPACT=0) and the compaction is then run as the command runs it. Synthetic
warehouses of $ST_BENCH_DIR (bench.run.synthetic_warehouse) — run it on copies: it loads into them.
Writes no README table (prints its own); speed is never asserted in tests."""
from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time

from bench import run


def make_overlays(db, per_province: int, tidy: int) -> int:
    """One-value loads into the overview's provinces (`per_province` indicators each) and one tidy
    load; returns how many loads."""
    from etl import pipeline, template
    from tests.fixtures.filled import filled_template
    from views import ui

    period = run._overview_fact(db)
    provinces = [ui.parse_province_option(o)[0] for o in ui.default_provinces("reported")]
    indicators = list(template.value_cells())[:per_province]
    n = 0
    for k, (p, ind) in enumerate((p, i) for p in provinces for i in indicators):
        data = filled_template(float(3 + (int(time.time()) + 7 * k) % 50), indicator=ind)
        result = pipeline.examine(data, f"GIA-LAP_compaction_{p}_{ind}_{int(time.time())}_{k}.xlsx", p, period)
        if not result.accepted:  # (an indicator the synthetic period refuses: skipped, said)
            print(f"skipped {p} {ind}: {result.problems[0].message_en}", flush=True)
            continue
        pipeline.load(result, data, db=db, by="bench.compaction (GIẢ LẬP)")
        n += 1
    if tidy:
        data = run._distinct_tidy(tidy, f"GIA-LAP_compaction_{int(time.time())}")
        result = pipeline.examine(data, f"GIA-LAP_compaction_tidy_{int(time.time())}.xlsx")
        assert result.accepted, [p.message_en for p in result.problems[:3]]
        pipeline.load(result, data, db=db, by="bench.compaction (GIẢ LẬP)")
        n += 1
    return n


def page_queries(label: str) -> dict[str, list[str]]:
    """bench.run's queries benchmark on one size (page queries only: the data page's table of every
    fact is no page query), its table rows by query name instead of the README."""
    captured: list[str] = []
    real_write, real_data, real_downloads = run.write_table, run.data_page_reads, run.bench_downloads
    run.write_table = lambda name, title, lines: captured.extend(lines) if name == "queries" else None
    run.data_page_reads = lambda db: []
    run.bench_downloads = lambda *a, **k: []
    try:
        run.bench_queries([label], run.QUERY_CALLS, run.QUERY_BUDGET / 2, excel=False)
    finally:
        run.write_table, run.data_page_reads, run.bench_downloads = real_write, real_data, real_downloads
    rows = {}
    for line in captured[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows[cells[1]] = cells
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.compaction", description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1M,10M")
    ap.add_argument("--per-province", type=int, default=4, help="one-value loads per overview province")
    ap.add_argument("--tidy", type=int, default=1000, help="rows of the one tidy load (0: none)")
    args = ap.parse_args(argv)
    os.environ["ST_DASHBOARD_COMPACT"] = "0"  # the overlays stay until the compaction below
    from etl import compact, publish

    out = ["| size | page: query | rows | with overlays: median / p95 ms | p95 vs bare | folded: median / p95 ms | "
           "p95 vs bare | bare p95 ms (each run) |", "|---|---|---|---|---|---|---|---|"]
    costs = ["| size | provinces folded | indicators overlaid (sum) | per province: median s | slowest s | "
             "whole compaction s | 1-min load |", "|---|---|---|---|---|---|---|"]
    for label in args.sizes.split(","):
        db = run.synthetic_warehouse(label)
        t0 = time.perf_counter()
        loads = make_overlays(db, args.per_province, args.tidy)
        manifest = publish.read_manifest(publish.snapshot_dir(db))
        overlaid = publish.overlaid(manifest)
        indicators = sum(len(o["indicators"]) for o in manifest.get("overlays", {}).get("facts_by_province", {}).values())
        print(f"{label}: {loads} loads in {time.perf_counter() - t0:.1f} s; {len(overlaid)} provinces overlaid "
              f"({indicators} indicators)", flush=True)
        before = page_queries(label)
        marks: list[float] = []
        real = publish.compact

        def timed(path, stop=None, provinces=None, _real=real):
            def asked():
                marks.append(time.perf_counter())  # before each province: the gaps are each one's cost
                return stop() if stop else False
            return _real(path, asked, provinces)

        publish.compact = timed
        try:
            t0 = time.perf_counter()
            result = compact.run(db, wait=60)
            whole = time.perf_counter() - t0
        finally:
            publish.compact = real
        each = [b - a for a, b in zip(marks, marks[1:])]
        costs.append(f"| {label} | {len(result['folded'])} | {indicators} | {statistics.median(each):.2f} | "
                     f"{max(each):.2f} | {whole:.2f} | {os.getloadavg()[0]:.1f} |" if each else
                     f"| {label} | 0 | 0 | | | {whole:.2f} | |")
        print(costs[-1], flush=True)
        after = page_queries(label)
        for name, b in before.items():
            a = after.get(name)
            if a is None:
                continue
            # cells: size, name, rows, calls, median, p95, bare median, bare p95, ratio
            out.append(f"| {label} | {name} | {b[2]} | {b[4]} / {b[5]} | {b[8]} | {a[4]} / {a[5]} | {a[8]} | "
                       f"{b[7]} / {a[7]} |")
            slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
            run.ratio(f"compaction_{label}_{slug}_overlaid", float(b[8].rstrip("×")))
            run.ratio(f"compaction_{label}_{slug}_folded", float(a[8].rstrip("×")))
    print("\n".join(out))
    print()
    print("\n".join(costs))
    print("\n".join(r for r in run.RATIOS if r.startswith("ratio compaction_")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
