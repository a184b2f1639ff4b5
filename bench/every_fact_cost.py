"""Where the data page's shared table (metrics.queries.every_fact) spends what the bare SQL does not:
CPU time and page faults per call (steadier than wall time on a shared machine), interleaved, of
  - ours:    every_fact's read of the published snapshot (its by-province Parquet files, uncached);
  - merged:  the same rows and columns from ONE Parquet file (written to a temporary folder: the
             snapshot is never touched), the same codec and row groups — what the files' count costs;
  - bare:    the same SQL on the writer's `current_facts` (bench.run's floor).
Also each side's first call in a fresh process (`--first`), which pays for what later calls reuse.
`python3 bench/every_fact_cost.py WAREHOUSE.duckdb [--calls N] [--first]`"""
from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import duckdb  # noqa: E402

from etl import publish  # noqa: E402
from metrics import queries, snapshot, store  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("db")
parser.add_argument("--calls", type=int, default=20)
parser.add_argument("--first", action="store_true", help="time each side's first call, ours first")
args = parser.parse_args()
db = Path(args.db).resolve()

queries.version(str(db))
snap = snapshot.of(db)
sql, params = queries._facts_sql((), (), None, None, db, queries._EVERY_FACT_COLUMNS)
bare = duckdb.connect(str(db), read_only=True, config=dict(store._CONFIG))
floor_sql = sql.replace("FROM facts ", "FROM current_facts ")


def cost(call) -> tuple[float, int]:
    t0, f0 = time.process_time(), resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    out = call()
    took, faults = time.process_time() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_minflt - f0
    del out
    return took, faults


sides = {"ours": lambda: queries._cached.__wrapped__(str(db), snap.key, sql, params),
         "bare": lambda: queries.frame(bare, floor_sql, params)}
if args.first:
    for name, call in sides.items():
        took, faults = cost(call)
        print(f"first call {name}: {took * 1e3:.0f} ms CPU, {faults:,} page faults")
    sys.exit()

_, _, parts, _ = snap._parts["facts_by_province"]
files = [f for k, fs in sorted(parts.items()) if k != publish.EMPTY_PARTITION for f in fs]
merged = Path(tempfile.mkdtemp()) / "facts.parquet"
own = duckdb.connect(":memory:", config=dict(store._CONFIG))
own.execute("SET parquet_metadata_cache = true")
listed = ", ".join(f"'{f}'" for f in files)
own.execute(f"COPY (SELECT * FROM read_parquet([{listed}], hive_partitioning = true, "
            "hive_types = {'province_code': VARCHAR})) "
            f"TO '{merged}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE {publish.ROWS_PER_GROUP})")
merged_sql = sql.replace("FROM facts ", f"FROM read_parquet('{merged}') ")
sides["merged"] = lambda: queries.frame(own, merged_sql, params)
for call in sides.values():
    call()  # each side's first call apart (--first)
seen = {name: [] for name in sides}
for _ in range(args.calls):
    for name, call in sides.items():
        seen[name].append(cost(call))
rows = len(sides["bare"]())
print(f"{db.name}: {rows:,} facts; ours reads {len(files)} files; CPU ms per call (median, all threads) | page faults")
for name, xs in seen.items():
    print(f"{name:7s} {statistics.median(x[0] for x in xs) * 1e3:7.1f} ms | {statistics.median(x[1] for x in xs):9,.0f}")
