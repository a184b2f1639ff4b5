"""Labels people answered for: a suggestion confirmed (the label means that indicator from now on)
or rejected (never suggested again for that label). Kept beside the warehouse, never in the
repository, as an append-only log `<warehouse>.labels.jsonl` — who, when, which file and row —
from which the current state is read. An administrator lists and removes them, and exports the
reviewed ones as a TOML snippet to merge into metrics/indicators.toml.

Scope: a label an editor confirms applies at once to that editor's province(s) — their own later
uploads and those of any editor of the same province — and to everyone once a reviewer or an
administrator approves it (on the review page). A reviewer's or an administrator's own
confirmation is approved at once, and so is any confirmation made without an account (the
command line as administrator). A rejection applies to everyone at once: it only ever means
"do not ask this again", which takes nothing. Every answer is also written to the audit log."""
from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass, replace
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
    province: str | None = None          # the province hint of the upload, when one was chosen
    score: float | None = None
    approved: bool = True
    provinces: tuple[str, ...] = ()      # the confirming editor's provinces (where it applies before approval)
    approved_by: str | None = None
    approved_at: str | None = None


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
            if ev.get("event") == "approve":
                k = by_id.get(ev.get("id"))
                if k:
                    state[k] = replace(state[k], approved=True, approved_by=ev.get("by"), approved_at=ev.get("at"))
                continue
            fields = {f: ev.get(f) for f in LearnedLabel.__dataclass_fields__}
            if not fields["id"] or not fields["key"] or not fields["indicator"]:
                continue
            entry = LearnedLabel(**{**fields, "approved": bool(ev.get("approved", True)),
                                    "provinces": tuple(ev.get("provinces") or ())})
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


def applies_to(e: LearnedLabel, user=None) -> bool:
    """Whether a confirmed label is in force for an upload by `user` (None: no account, the
    command line as administrator): approved ones for everyone; an unapproved one for the editor
    who confirmed it and for editors of the same province(s)."""
    if e.decision != CONFIRMED:
        return False
    if e.approved:
        return True
    if user is None:
        return False
    return e.by == user.name or bool(set(e.provinces) & set(getattr(user, "provinces", ()) or ()))


def learned_for(db=None, province: str | None = None, user=None) -> labels.Learned:
    """What the matcher should know for an upload by `user` (see applies_to). `province` (the
    upload's province hint) is kept for the callers; the scope follows the person."""
    confirmed, rejected = {}, {}
    for e in sorted(entries(db), key=lambda e: e.at):
        if e.indicator not in registry.indicators():
            continue
        if applies_to(e, user):
            confirmed[e.key] = e.indicator
        elif e.decision == REJECTED:
            rejected.setdefault(e.key, set()).add(e.indicator)
    return labels.Learned(confirmed=confirmed, rejected={k: frozenset(v) for k, v in rejected.items()})


def _now() -> str:
    return datetime.now(timezone.utc).replace(tzinfo=None).isoformat(timespec="seconds")


def _audit(db, actor: str, action: str, entry: LearnedLabel, detail: dict | None = None) -> None:
    from metrics import accounts

    accounts.audit(actor, action, entry.label, accounts._scope_pairs(entry.provinces),
                   {"indicator": entry.indicator, "id": entry.id, "file": entry.file, **(detail or {})}, db=db)


def _answer(db, decision: str, label: str, indicator: str, by: str | None, user, file: str | None,
            sheet: str | None, row: int | None, province: str | None, score: float | None) -> LearnedLabel:
    if indicator not in registry.indicators():
        raise KeyError(indicator)
    by = user.name if user is not None else by
    if not by:
        raise ValueError("who answered is required")
    entry = LearnedLabel(
        id=uuid.uuid4().hex, key=labels.label_key(label), label=label, indicator=indicator, decision=decision,
        by=by, at=_now(), file=file, sheet=sheet, row=row, province=province, score=score,
        # an editor's confirmation waits for a reviewer before it applies beyond their provinces
        approved=user is None or user.role in ("reviewer", "admin"),
        provinces=tuple(user.provinces) if user is not None else ((province,) if province else ()))
    _append(db, {"event": decision, **asdict(entry)})
    _audit(db, by, f"label_{'confirm' if decision == CONFIRMED else 'reject'}", entry,
           {"approved": entry.approved, "sheet": sheet, "row": row})
    return entry


def confirm(label: str, indicator: str, *, by: str | None = None, user=None, file: str | None = None,
            sheet: str | None = None, row: int | None = None, province: str | None = None,
            score: float | None = None, db=None) -> LearnedLabel:
    """`label` means `indicator` from now on (scope: see the module's docstring). `user`: the
    account answering (None: no account — approved at once, `by` names who)."""
    return _answer(db, CONFIRMED, label, indicator, by, user, file, sheet, row, province, score)


def reject(label: str, indicator: str, *, by: str | None = None, user=None, file: str | None = None,
           sheet: str | None = None, row: int | None = None, province: str | None = None,
           score: float | None = None, db=None) -> LearnedLabel:
    """`label` is not `indicator`: never suggested again."""
    return _answer(db, REJECTED, label, indicator, by, user, file, sheet, row, province, score)


def _entry(entry_id: str, db) -> LearnedLabel:
    found = next((e for e in entries(db) if e.id == entry_id), None)
    if found is None:
        raise KeyError(entry_id)
    return found


def can_approve(e: LearnedLabel, user) -> bool:
    """A reviewer approves labels confirmed within their provinces (a reviewer with no provinces,
    and an administrator, any)."""
    if user is None or not user.can_review or e.decision != CONFIRMED or e.approved:
        return False
    return user.is_admin or not user.provinces or bool(set(e.provinces) & set(user.provinces))


def approve(entry_id: str, *, user, db=None) -> LearnedLabel:
    """A reviewer or administrator approves a confirmed label: it applies to everyone from now on."""
    e = _entry(entry_id, db)
    if not can_approve(e, user):
        raise PermissionError(f"{user.name if user else '?'} cannot approve the label {e.label!r}")
    at = _now()
    _append(db, {"event": "approve", "id": entry_id, "by": user.name, "at": at})
    _audit(db, user.name, "label_approve", e)
    return replace(e, approved=True, approved_by=user.name, approved_at=at)


def remove(entry_id: str, *, by: str, db=None) -> None:
    """An administrator removes a bad answer (confirmed or rejected): it stops applying at once."""
    e = next((x for x in entries(db) if x.id == entry_id), None)
    _append(db, {"event": "remove", "id": entry_id, "by": by, "at": _now()})
    if e is not None:
        _audit(db, by, "label_remove", e)


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)   # a JSON string is a valid TOML basic string


def export_toml(chosen: list[LearnedLabel]) -> str:
    """Confirmed and approved labels as a TOML snippet, grouped by indicator, to merge into the `aliases` of
    metrics/indicators.toml after review (rejections are not exported)."""
    lines = ["# Nhãn đã được người tải lên xác nhận — xem xét rồi thêm vào `aliases` của từng chỉ tiêu",
             "# trong metrics/indicators.toml. Confirmed labels: review, then merge into each `aliases`."]
    by_code: dict[str, list[LearnedLabel]] = {}
    for e in chosen:
        if e.decision == CONFIRMED and e.approved:   # a reviewed list: unapproved ones wait
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
