"""Imported by the upload workers' forkserver (etl.sandbox) before it forks any worker: the
pipeline and everything examine() reads on its first file (etl.pipeline.warm), once, so each
worker — one per file — starts warm. The caller's main script too (etl.sandbox.import_main: app.py
in the server), which multiprocessing would otherwise run again in every worker."""
from etl import pipeline, sandbox

sandbox.import_main()

try:
    pipeline.warm()
except Exception:  # noqa: BLE001 — only a head start: a worker reads what it needs itself
    pass
