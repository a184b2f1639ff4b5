"""`python -m bench.compaction [--sizes 1M,10M] [--per-province 4] [--tidy 1000] [--calls 20]`: the page
queries on a snapshot version whose provinces carry overlays and on the version folding them made
(etl.compact), against the bare SQL, interleaved call by call; and what the compaction cost per province.

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


def statements(db) -> dict[str, list[tuple]]:
    """Each page query's SQL as it runs on the snapshot installed now (bench.run.page_queries, page
    queries only), captured by calling it once."""
    from metrics import queries

    out: dict[str, list[tuple]] = {}
    real_cached, real_file = queries._cached, queries._file_cached
    for name, call in run.page_queries(db):
        seen: list[tuple] = []
        queries._cached = lambda dbp, version, sql, params, order=(): (
            seen.append((sql, params, order)) or real_cached.__wrapped__(dbp, version, sql, params, order))
        queries._file_cached = lambda dbp, version, sql, params: (
            seen.append((sql, params, ())) or real_file.__wrapped__(dbp, version, sql, params))
        try:
            call()
        finally:
            queries._cached, queries._file_cached = real_cached, real_file
        out[name] = seen
    return out


def interleaved(db, overlaid: dict, folded: dict, manifests: tuple[dict, dict], calls: int) -> list[tuple]:
    """Each query's SQL on the overlaid version, on the folded one and bare on the writer's tables,
    in turn (the order rotated each call): one moment's machine load falls on all three alike.
    (name, rows, [overlaid s], [folded s], [bare s])."""
    import duckdb

    from metrics import queries, snapshot, store

    snaps = []
    for manifest in manifests:  # (the overlaid version's files are kept: no publish has retired them)
        snap = snapshot.Snapshot(db)
        snap._install(manifest)
        snaps.append(snap)
    bare = duckdb.connect(str(db), read_only=True, config=dict(store._CONFIG))
    out = []
    for name in overlaid:
        def on_snapshot(snap, stmts):
            rows = 0
            for sql, params, order in stmts:
                snap.prepare(sql)
                rows = len(queries.frame(snap.cursor(), sql, params, order))
            return rows

        def on_bare(stmts=overlaid[name]):
            for sql, params, order in stmts:
                for pat, rep in run._BARE_TABLES:
                    sql = re.sub(pat, rep, sql, flags=re.S)
                queries.frame(bare, sql + (f" ORDER BY {', '.join(order)}" if order else ""), params)

        variants = [lambda: on_snapshot(snaps[0], overlaid[name]), lambda: on_snapshot(snaps[1], folded[name]),
                    on_bare]
        times: list[list[float]] = [[], [], []]
        rows = 0
        for i in range(calls):
            for k in [(i + j) % 3 for j in range(3)]:
                t0 = time.perf_counter()
                got = variants[k]()
                times[k].append(time.perf_counter() - t0)
                rows = got if k == 0 else rows
        out.append((name, rows, *times))
        print(f"{name}: p95 {run.ms(run.p95(times[0]))} / {run.ms(run.p95(times[1]))} / {run.ms(run.p95(times[2]))} ms",
              flush=True)
    bare.close()
    for snap in snaps:
        snap.con.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.compaction", description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1M,10M")
    ap.add_argument("--per-province", type=int, default=4, help="one-value loads per overview province")
    ap.add_argument("--calls", type=int, default=run.QUERY_CALLS, help="calls of each query in each variant")
    ap.add_argument("--tidy", type=int, default=1000, help="rows of the one tidy load (0: none)")
    args = ap.parse_args(argv)
    os.environ["ST_DASHBOARD_COMPACT"] = "0"  # the overlays stay until the compaction below
    from etl import compact, publish

    out = ["| size | page: query | rows | with overlays: median / p95 ms | p95 vs bare | folded: median / p95 ms | "
           "p95 vs bare | bare SQL: median / p95 ms |", "|---|---|---|---|---|---|---|---|"]
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
        before, old = statements(db), manifest
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
        after = statements(db)
        new = publish.read_manifest(publish.snapshot_dir(db))
        for name, rows, o, f, b in interleaved(db, before, after, (old, new), args.calls):
            po, pf, pb = run.p95(o), run.p95(f), run.p95(b)
            out.append(f"| {label} | {name} | {rows:,} | {run.ms(statistics.median(o))} / {run.ms(po)} | "
                       f"{po / pb:.2f}× | {run.ms(statistics.median(f))} / {run.ms(pf)} | {pf / pb:.2f}× | "
                       f"{run.ms(statistics.median(b))} / {run.ms(pb)} |")
            print(out[-1], flush=True)
            slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
            run.ratio(f"compaction_{label}_{slug}_overlaid", po / pb)
            run.ratio(f"compaction_{label}_{slug}_folded", pf / pb)
    print("\n".join(out))
    print()
    print("\n".join(costs))
    print("\n".join(r for r in run.RATIOS if r.startswith("ratio compaction_")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
