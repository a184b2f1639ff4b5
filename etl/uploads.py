"""Kept uploads: accepted files stored content-addressed beside the warehouse, and an
append-only event log (upload, undo) from which `etl.pipeline` replays them in order. Only
files and the log: what an event means is the pipeline's business.

The log, not the DuckDB file, is the record of what departments uploaded: the warehouse can be
deleted and rebuilt from data/ plus this folder without losing anything."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

LOG_NAME = "events.jsonl"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stored_file(folder: Path, digest: str) -> Path:
    return folder / "files" / digest


def store(folder: Path, data: bytes) -> str:
    """Keep the file's bytes under their SHA-256 (atomic: written aside, then renamed)."""
    digest = sha256(data)
    target = stored_file(folder, digest)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".part")
        tmp.write_bytes(data)
        os.replace(tmp, target)
    return digest


def append_event(folder: Path, event: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    line = json.dumps(event, ensure_ascii=False, default=str)
    with open(folder / LOG_NAME, "a", encoding="utf-8") as fh:
        fh.write(line + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def read_events(folder: Path) -> list[dict]:
    log = folder / LOG_NAME
    if not log.exists():
        return []
    with open(log, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
