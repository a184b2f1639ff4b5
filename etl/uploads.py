"""Kept uploads: accepted files stored content-addressed beside the warehouse, and an
append-only event log (upload, undo) from which `etl.pipeline` replays them in order. Only
files and the log: what an event means is the pipeline's business.

The log, not the DuckDB file, is the record of what departments uploaded: the warehouse can be
deleted and rebuilt from data/ plus this folder without losing anything."""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

LOG_NAME = "events.jsonl"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stored_file(folder: Path, digest: str) -> Path:
    return folder / "files" / digest


def store(folder: Path, data: bytes) -> str:
    """Keep the file's bytes under their SHA-256 (atomic: written aside, then renamed; nothing is
    left behind when the disk is full)."""
    digest = sha256(data)
    target = stored_file(folder, digest)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(target, data)
    return digest


def _write_atomically(target: Path, data: bytes) -> None:
    """Written aside, synced, then renamed over `target`: a reader sees the old file or the whole new
    one, and a full disk leaves nothing behind."""
    tmp = target.with_suffix(".part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def append_event(folder: Path, event: dict) -> None:
    """One line at the end of the log, on disk before this returns. A line left damaged by a
    crash (no newline at the end) is closed first, so the new event stays readable."""
    folder.mkdir(parents=True, exist_ok=True)
    line = json.dumps(event, ensure_ascii=False, default=str)
    log = folder / LOG_NAME
    with open(log, "ab") as fh:
        prefix = b""
        if fh.tell() > 0:
            with open(log, "rb") as rd:
                rd.seek(-1, os.SEEK_END)
                if rd.read(1) != b"\n":
                    prefix = b"\n"
        fh.write(prefix + line.encode("utf-8") + b"\n")
        fh.flush()
        os.fsync(fh.fileno())


@dataclass
class Log:
    events: list[dict]                                         # readable events, in order
    damaged: list[tuple[int, str]] = field(default_factory=list)  # (line number, its text), skipped


def read_log(folder: Path) -> Log:
    """Every readable event; a damaged line (cut short by a crash or a full disk) is skipped and
    reported with its line number, never fatal."""
    path = folder / LOG_NAME
    if not path.exists():
        return Log([])
    out = Log([])
    with open(path, "rb") as fh:
        for number, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                event = json.loads(raw.decode("utf-8"))
                if not isinstance(event, dict) or "event" not in event:
                    raise ValueError("not an event")
            except (ValueError, UnicodeDecodeError):
                out.damaged.append((number, raw.decode("utf-8", "replace").strip()[:200]))
                continue
            out.events.append(event)
    return out


def read_events(folder: Path) -> list[dict]:
    return read_log(folder).events


def kept_files(folder: Path) -> list[str]:
    """The digests of the kept files (leftover .part files excluded)."""
    files = folder / "files"
    if not files.is_dir():
        return []
    return sorted(p.name for p in files.iterdir() if p.is_file() and "." not in p.name)


def _pending_dir(folder: Path) -> Path:
    return folder / "pending"


def write_pending(folder: Path, event: dict) -> None:
    """The event a commit is about to make true, kept aside (atomically) until it is logged."""
    d = _pending_dir(folder)
    d.mkdir(parents=True, exist_ok=True)
    _write_atomically(d / f"{event['upload_id']}.json",
                      json.dumps(event, ensure_ascii=False, default=str).encode("utf-8"))


def clear_pending(folder: Path, upload_id: str) -> None:
    (_pending_dir(folder) / f"{upload_id}.json").unlink(missing_ok=True)


def pending_events(folder: Path) -> dict[str, dict]:
    out = {}
    d = _pending_dir(folder)
    for f in (d.glob("*.json") if d.is_dir() else ()):
        try:
            event = json.loads(f.read_text("utf-8"))
            out[event["upload_id"]] = event
        except (OSError, ValueError, KeyError, TypeError):
            f.unlink(missing_ok=True)  # a pending event cut short was never committed
    return out
