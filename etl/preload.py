"""Imported by the upload workers' forkserver (etl.sandbox) before it forks any worker: the
pipeline and everything examine() reads on its first file (etl.pipeline.warm), once, so each
worker — one per file — starts warm. The caller's main script too (etl.sandbox.import_main: app.py
in the server), which multiprocessing would otherwise run again in every worker."""
import atexit
import gc

from etl import pipeline, sandbox

sandbox.import_main()

try:
    pipeline.warm()
except Exception:  # noqa: BLE001 — only a head start: a worker reads what it needs itself
    pass

# NOTE: what the forkserver holds (the imports, the registry, the warmed memos) is put out of the
# collector's reach, in it and in every worker forked from it: a worker's full collection walked
# all of it and wrote to each object's header, and every page so touched was copied for that worker.
# Side by side (bench28: 100,000 rows, the worker's CPU read from /proc, 4 pairs): ~23,000 → ~18,600
# page faults per upload's worker, its CPU 1.46–1.52 → 1.41–1.50 s.
gc.collect()
gc.freeze()
# given back to the collector when the forkserver itself ends (workers leave by os._exit): left
# frozen, duckdb's bindings found their objects never freed and wrote ~45 lines of 'nanobind:
# leaked …' to the server's stderr at every shutdown
atexit.register(gc.unfreeze)
