"""Imported by the upload workers' forkserver (etl.sandbox) before it forks any worker: the
pipeline and everything examine() reads on its first file (etl.pipeline.warm), once, so each
worker — one per file — starts warm."""
from etl import pipeline

try:
    pipeline.warm()
except Exception:  # noqa: BLE001 — only a head start: a worker reads what it needs itself
    pass
