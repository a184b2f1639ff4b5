"""Labels people answered for: a suggestion confirmed (the label means that indicator from now on)
or rejected (never suggested again for that label). Kept beside the warehouse, never in the
repository, as an append-only log `<warehouse>.labels.jsonl` — who, when, which file and row —
from which the current state is read. An administrator lists and removes them, and exports the
reviewed ones as a TOML snippet to merge into metrics/indicators.toml.

Scope: a confirmation applies at once to the uploader's province, and to everyone once approved.
Until accounts exist every confirmation is approved at once (`approved=True`); the fields
`province`, `by` and `approved` are there for the accounts issue to narrow it."""
from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from etl import labels
from metrics import registry, store

CONFIRMED, REJECTED = "confirmed", "rejected"


@dataclass(frozen=True)
class LearnedLabel:
    id: str
    key: str                  # labels.label_key(label)
    label: str                # as the report wrote it
    indicator: str
    decision: str             # confirmed | rejected
    by: str
    at: str                   # ISO time, UTC
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    province: str | None = None
    score: float | None = None
    approved: bool = True


def log_path(db=None) -> Path:
    p = store.db_path(db)
    return p.with_name(p.name + ".labels.jsonl")


def _append(db, event: dict) -> None:
    path = log_path(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(event, ensure_ascii=False, default=str) + "\n"
    # one write of one line in append mode: concurrent writers never interleave within a line
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def entries(db=None) -> list[LearnedLabel]:
    """The labels in force, latest answer per (label, indicator) first by time."""
    path = log_path(db)
    if not path.exists():
        return []
    state: dict[tuple[str, str], LearnedLabel] = {}
    by_id: dict[str, tuple[str, str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                ev = json.loads(line)
            except json.JSONDecodeError:
                continue   # a torn last line after a crash: the rest stands
            if ev.get("event") == "remove":
                k = by_id.pop(ev.get("id"), None)
                if k:
                    state.pop(k, None)
                continue
            fields = {f: ev.get(f) for f in LearnedLabel.__dataclass_fields__}
            if not fields["id"] or not fields["key"] or not fields["indicator"]:
                continue
            entry = LearnedLabel(**{**fields, "approved": bool(ev.get("approved", True))})
            k = (entry.key, entry.indicator)
            # a new answer for the same label replaces the older one (confirm after reject…)
            if entry.decision == CONFIRMED:
                for old in [x for x in state if x[0] == entry.key and state[x].decision == CONFIRMED]:
                    by_id.pop(state.pop(old).id, None)
            if k in state:
                by_id.pop(state[k].id, None)
            state[k] = entry
            by_id[entry.id] = k
    return sorted(state.values(), key=lambda e: e.at, reverse=True)


def learned_for(db=None, province: str | None = None) -> labels.Learned:
    """What the matcher should know for an upload (of `province`, when known)."""
    confirmed, rejected = {}, {}
    for e in sorted(entries(db), key=lambda e: e.at):
        if e.indicator not in registry.indicators():
            continue
        if e.decision == CONFIRMED and (e.approved or (province and e.province == province)):
            confirmed[e.key] = e.indicator
        elif e.decision == REJECTED:
            rejected.setdefault(e.key, set()).add(e.indicator)
    return labels.Learned(confirmed=confirmed, rejected={k: frozenset(v) for k, v in rejected.items()})


def _answer(db, decision: str, label: str, indicator: str, by: str, file: str | None, sheet: str | None,
            row: int | None, province: str | None, score: float | None) -> LearnedLabel:
    if indicator not in registry.indicators():
        raise KeyError(indicator)
    entry = LearnedLabel(
        id=uuid.uuid4().hex, key=labels.label_key(label), label=label, indicator=indicator, decision=decision,
        by=by, at=datetime.now(timezone.utc).replace(tzinfo=None).isoformat(timespec="seconds"),
        file=file, sheet=sheet, row=row, province=province, score=score,
        # NOTE: no accounts yet, so no reviewer: a confirmation is approved for everyone at once
        approved=True)
    _append(db, {"event": decision, **asdict(entry)})
    return entry


def confirm(label: str, indicator: str, *, by: str, file: str | None = None, sheet: str | None = None,
            row: int | None = None, province: str | None = None, score: float | None = None,
            db=None) -> LearnedLabel:
    return _answer(db, CONFIRMED, label, indicator, by, file, sheet, row, province, score)


def reject(label: str, indicator: str, *, by: str, file: str | None = None, sheet: str | None = None,
           row: int | None = None, province: str | None = None, score: float | None = None,
           db=None) -> LearnedLabel:
    return _answer(db, REJECTED, label, indicator, by, file, sheet, row, province, score)


def remove(entry_id: str, *, by: str, db=None) -> None:
    _append(db, {"event": "remove", "id": entry_id, "by": by,
                 "at": datetime.now(timezone.utc).replace(tzinfo=None).isoformat(timespec="seconds")})


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)   # a JSON string is a valid TOML basic string


def export_toml(chosen: list[LearnedLabel]) -> str:
    """Confirmed labels as a TOML snippet, grouped by indicator, to merge into the `aliases` of
    metrics/indicators.toml after review (rejections are not exported)."""
    lines = ["# Nhãn đã được người tải lên xác nhận — xem xét rồi thêm vào `aliases` của từng chỉ tiêu",
             "# trong metrics/indicators.toml. Confirmed labels: review, then merge into each `aliases`."]
    by_code: dict[str, list[LearnedLabel]] = {}
    for e in chosen:
        if e.decision == CONFIRMED:
            by_code.setdefault(e.indicator, []).append(e)
    for code in sorted(by_code):
        lines += ["", f"[{code}]  # {registry.indicator(code).name_vi}", "aliases_to_add = ["]
        seen = set()
        for e in sorted(by_code[code], key=lambda e: e.label):
            if e.label in seen:
                continue
            seen.add(e.label)
            where = ", ".join(x for x in (e.file, e.sheet, f"dòng {e.row}" if e.row else None) if x)
            lines.append(f"  {_toml_string(e.label)},  # {e.by}, {e.at[:10]}" + (f", {where}" if where else ""))
        lines.append("]")
    return "\n".join(lines) + "\n"
