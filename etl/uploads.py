"""Kept uploads: accepted files stored content-addressed beside the warehouse, and an
append-only event log (upload, undo) from which `etl.build` replays them in order.

The log, not the DuckDB file, is the record of what departments uploaded: the warehouse can be
deleted and rebuilt from data/ plus this folder without losing anything."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import duckdb

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


def replay(con: duckdb.DuckDBPyConnection, folder: Path) -> dict:
    """Apply every logged event to a freshly built warehouse, each in its own transaction."""
    counts = {"uploads": 0, "upload_facts": 0, "undone": 0, "skipped": []}
    events = read_events(folder)
    if not events:
        return counts
    from etl import ingest  # the ingest pipeline is the one code path for uploads

    for ev in events:
        con.execute("BEGIN")
        try:
            if ev["event"] == "upload":
                n = ingest.apply_logged_upload(con, folder, ev)
                if n is None:
                    counts["skipped"].append(ev["file_name"])
                else:
                    counts["uploads"] += 1
                    counts["upload_facts"] += n
            elif ev["event"] == "undo":
                ingest.apply_logged_undo(con, ev)
                counts["undone"] += 1
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return counts
