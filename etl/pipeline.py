"""The one pipeline of the warehouse: every write goes through here.

examine(): Excel bytes -> FileResult (every fact, every ignored row, every problem) — pure.
load():    an accepted FileResult -> the warehouse, in one transaction; the file is kept beside the
           warehouse and logged (etl.uploads), so build() replays it. A refused file writes nothing.
undo():    an upload's facts go, the values they replaced come back.
replay():  the logged uploads and undos, in order, onto a freshly built warehouse.
build():   the warehouse from data/ (etl.curated) plus replay(), built aside and moved into place.

The command lines (`python -m etl.ingest`, `python -m etl.build`, `python -m etl`) and the upload
page call these functions."""
from __future__ import annotations

import getpass
import gc
import os
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

import duckdb
import pandas as pd

from etl import curated, limits, load as loader, text_facts, uploads, validate, walk, warehouse, workbook, workflow
from etl.reading import Hints, Ignored, Problem
from metrics import accounts, names, periods, registry, store
from metrics.schema import FACT_KEY, SOURCE_RANK


@dataclass
class FileResult:
    file: str
    sha256: str
    status: str                      # accepted | rejected
    facts: pd.DataFrame
    ignored: list[Ignored] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    province_hint: str | None = None
    period_hint: str | None = None

    @property
    def accepted(self) -> bool:
        return self.status == "accepted"

    def to_json(self, lang: str = "vi") -> dict:
        en = lang == "en"
        return {
            "file": self.file, "sha256": self.sha256, "status": self.status,
            "counts": {"facts": len(self.facts), "ignored": len(self.ignored), "problems": len(self.problems)},
            "facts": [{
                "province_code": r.province_code, "frame": r.frame, "indicator": r.indicator, "period": r.period,
                "measure": r.measure, "value": r.value, "unit": r.unit, "qualifier": r.qualifier,
                "status": r.status, "sheet": r.sheet, "cell": r.cell if isinstance(r.cell, str) else None,
                "source": citation(self.file, r.sheet, r.cell if isinstance(r.cell, str) else None),
            } for r in self.facts.itertuples()],
            "ignored": [{"sheet": i.sheet, "row": i.row, "text": i.text, "reason": i.reason_en if en else i.reason_vi}
                        for i in self.ignored],
            "problems": [{"sheet": p.sheet, "cell": p.cell, "value": _jsonable(p.value), "rule": p.rule,
                          "message": p.message_en if en else p.message_vi} for p in self.problems],
        }


def _jsonable(v):
    if v is None or isinstance(v, (int, float, str, bool)):
        return v
    return str(v)


def citation(file_name: str, sheet: str | None, cell: str | None) -> str:
    where = f"{sheet}!{cell}" if sheet and cell else (f"{sheet} (tổng tính từ thành phần)" if sheet else "")
    return f"Báo cáo {file_name}, {where}".rstrip(", ")


def _problem(rule: str, vi: str, en: str, value=None) -> Problem:
    return Problem(None, None, value, rule, vi, en)


def examine(data: bytes, file_name: str, province: str | None = None, period: str | None = None) -> FileResult:
    """Read a workbook and say what it holds; nothing is written."""
    # NOTE: reading allocates millions of small objects and creates no reference cycles; the cyclic
    # collector's repeated passes over them cost a quarter of a 100,000-row ingest, so pause it.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _examine(data, file_name, province, period)
    finally:
        if was_enabled:
            gc.enable()


def _examine(data: bytes, file_name: str, province: str | None, period: str | None) -> FileResult:
    digest = uploads.sha256(data)
    # a file name is text a person typed: cleaned like every label (no escapes, no U+202E)
    file_name = names.nfc(file_name) or "(không tên)"
    try:
        hint_period = periods.parse(period) if period else None
    except periods.PeriodError as exc:
        return FileResult(file_name, digest, "rejected", validate.to_frame([]), [],
                          [_problem("period", f"Kỳ đã chọn không hợp lệ: {exc}", f"The chosen period is not valid: {exc}",
                                    period)], province, period)
    hints = Hints(province=str(province).zfill(2) if province else None, period=hint_period)
    try:
        book = workbook.read(data, file_name)
    except limits.TooLarge as exc:
        return FileResult(file_name, digest, "rejected", validate.to_frame([]), [],
                          [Problem(exc.sheet, exc.cell, exc.value, exc.rule, f"{file_name}: {exc.message_vi}",
                                   f"{file_name}: {exc.message_en}")], province, period)
    except workbook.Unreadable as exc:
        return FileResult(file_name, digest, "rejected", validate.to_frame([]), [],
                          [_problem("unreadable", f"{file_name}: {exc}", f"{file_name}: not a readable Excel workbook ({exc})")],
                          province, period)
    reading = walk.read_workbook(book, hints)
    facts, resolve_problems, set_aside = validate.resolve(reading.candidates, hints)
    facts, duplicate_problems = validate.dedupe(facts)
    facts = validate.derive_sums(facts)
    problems = (reading.problems + resolve_problems + duplicate_problems
                + validate.check_ranges(facts) + validate.check_parts(facts))
    if reading.matched_rows == 0:
        problems.append(_problem("no_indicator",
                                 f"{file_name}: không tìm thấy chỉ tiêu nào có trong danh mục.",
                                 f"{file_name}: no indicator from the registry was recognized."))
    status = "rejected" if problems else "accepted"
    return FileResult(file_name, digest, status, validate.to_frame(facts if status == "accepted" else []),
                      reading.ignored + set_aside, problems, province, period)


# --- writing ---------------------------------------------------------------------------------

def check_scope(result: FileResult, user: accounts.User | None) -> FileResult:
    """Refuse an accepted file whose facts fall outside the person's scope (rule `permission`,
    one problem per cell); nothing changes for the command line acting as administrator."""
    if user is None or not result.accepted:
        return result
    problems = workflow.scope_problems(result.facts, user)
    if problems:
        _refuse(result, problems)
    return result


def check_locks(result: FileResult, locks: pd.DataFrame) -> FileResult:
    """Refuse an accepted file touching a province-period an approval has locked (rule `locked`);
    for the upload page's preview (load() checks again under the writer lock)."""
    if result.accepted and not locks.empty:
        problems = workflow.locked_problems(locks, result.facts)
        if problems:
            _refuse(result, problems)
    return result


def _refuse(result: FileResult, problems: list[Problem]) -> None:
    result.status = "rejected"
    result.problems.extend(problems)
    result.facts = result.facts.iloc[0:0]


def _audit_refusal(result: FileResult, user: accounts.User, db) -> None:
    rules = sorted({p.rule for p in result.problems})
    accounts.audit(user.name, "upload_refused", result.file, (), {"rules": rules, "problems": len(result.problems)}, db=db)


@dataclass
class LoadOutcome:
    status: str            # loaded | unchanged | rejected
    upload_id: str | None = None
    facts: int = 0
    replaced: int = 0
    state: str | None = None   # draft (a person's upload) | approved (command line as administrator)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _apply(con: duckdb.DuckDBPyConnection, result: FileResult, upload_id: str, at: datetime, by: str,
           state: str = "approved", account: str | None = None) -> int:
    """Insert one accepted file's source, observations and upload record (caller owns the transaction)."""
    provinces = sorted({registry.province(c, f).name_vi for c, f in zip(result.facts.province_code, result.facts.frame)})
    source = pd.DataFrame([{
        "source_id": f"upload-{upload_id}", "kind": "report", "rank": SOURCE_RANK["report"],
        "title": result.file, "publisher": "Sở KH&CN " + ", ".join(provinces), "url": None,
        "published": at.date().isoformat(), "published_on": at.date(), "language": "vi",
        "machine_translated": False, "document": result.file, "note": f"SHA-256 {result.sha256}",
        "upload_id": upload_id,
    }])
    loader.insert_sources(con, source)
    obs = result.facts.assign(source_id=f"upload-{upload_id}", published_on=at.date())
    loader.record_upload(con, upload_id=upload_id, sha256=result.sha256, file_name=result.file, uploaded_at=at,
                         uploaded_by=by, province_hint=result.province_hint, period_hint=result.period_hint,
                         facts=len(obs), state=state, account=account)
    return loader.insert_observations(con, obs, loaded_at=at, loaded_by=by, upload_id=upload_id)


def _replaced(con: duckdb.DuckDBPyConnection, facts: pd.DataFrame) -> int:
    """How many of these facts already have a different current value."""
    if facts.empty:
        return 0
    con.register("_new_facts", facts[[*FACT_KEY, "value"]])
    try:
        return con.execute(
            "SELECT count(*) FROM _new_facts n JOIN facts f USING (province_code, frame, indicator, period, measure) "
            "WHERE f.value <> n.value").fetchall()[0][0]
    finally:
        con.unregister("_new_facts")


def load(result: FileResult, data: bytes, db=None, by: str | None = None,
         user: accounts.User | None = None) -> LoadOutcome:
    """Load an accepted file in one transaction; the same content again changes nothing.
    With a user (`--as`, the upload page): the scope and the locks are checked (a refusal writes
    nothing) and the file becomes a draft; without one, the command line loads approved data."""
    check_scope(result, user)
    if not result.accepted:
        if user is not None:
            _audit_refusal(result, user, db)
        return LoadOutcome("rejected")
    state = "draft" if user else "approved"
    by = user.name if user else (by or f"dòng lệnh ({getpass.getuser()})")
    with warehouse.writer(db) as con:
        folder = store.uploads_dir(db)
        same = next(iter(con.execute("SELECT upload_id, state FROM uploads WHERE sha256 = ? AND undone_at IS NULL",
                           [result.sha256]).fetchall()), None)
        if same:
            return LoadOutcome("unchanged", same[0], state=same[1])
        if user is not None:
            locked = workflow.locked_problems(workflow.active_locks(con), result.facts)
            if locked:
                _refuse(result, locked)
                _audit_refusal(result, user, db)
                return LoadOutcome("rejected")
        at = _now()
        upload_id = f"{result.sha256[:12]}-{at:%Y%m%d%H%M%S%f}"
        con.execute("BEGIN")
        try:
            replaced = _replaced(con, result.facts)
            n = _apply(con, result, upload_id, at, by, state, user.name if user else None)
            uploads.store(folder, data)
            uploads.append_event(folder, {"event": "upload", "upload_id": upload_id, "sha256": result.sha256,
                                          "file_name": result.file, "at": at.isoformat(), "by": by,
                                          "province": result.province_hint, "period": result.period_hint,
                                          "state": state, "account": user.name if user else None})
        except BaseException:
            con.execute("ROLLBACK")
            raise
        try:
            con.execute("COMMIT")
        except BaseException:
            # the log already says "uploaded": record that it did not happen
            uploads.append_event(folder, {"event": "undo", "upload_id": upload_id, "at": _now().isoformat(),
                                          "by": "hệ thống (ghi thất bại)"})
            raise
    pairs = workflow.province_pairs(result.facts)
    if user is None:
        accounts.audit(by, "load", upload_id, pairs, {"file": result.file, "facts": n, "state": state,
                                                      "as": "quản trị viên (dòng lệnh, không có --as)"}, db=db)
    else:
        accounts.audit(user.name, "upload", upload_id, pairs, {"file": result.file, "facts": n, "state": state}, db=db)
    return LoadOutcome("loaded", upload_id, n, replaced, state)


# --- facts confirmed from a narrative document -------------------------------------------------

def _apply_text(con, upload_id: str, doc_sha: str, meta: dict, facts: pd.DataFrame, at: datetime, by: str) -> int:
    """One narrative document's confirmed facts: its source (rank of a narrative document), its
    observations with their quotes, and the upload record (caller owns the transaction)."""
    published = date.fromisoformat(meta["published"]) if meta.get("published") else None
    provinces = sorted({registry.province(c, f).name_vi for c, f in zip(facts.province_code, facts.frame)})
    source = pd.DataFrame([{
        "source_id": f"text-{upload_id}", "kind": "narrative", "rank": SOURCE_RANK["narrative"],
        "title": meta["title"], "publisher": ", ".join(provinces) or None, "url": meta.get("url") or None,
        "published": meta.get("published") or "", "published_on": published, "language": "vi",
        "machine_translated": False, "document": meta["file_name"],
        "note": f"Số liệu do {by} xác nhận từ văn bản ngày {at:%d/%m/%Y}; SHA-256 {doc_sha}", "upload_id": upload_id,
    }])
    loader.insert_sources(con, source)
    obs = facts.assign(source_id=f"text-{upload_id}", published_on=published or at.date())
    loader.record_upload(con, upload_id=upload_id, sha256=meta["identity"], file_name=meta["file_name"], uploaded_at=at,
                         uploaded_by=by, province_hint=None, period_hint=None, facts=len(obs))
    return loader.insert_observations(con, obs, loaded_at=at, loaded_by=by, upload_id=upload_id)


def load_text(data: bytes, meta: dict, accepted: list, db=None, by: str | None = None) -> tuple[LoadOutcome, list[str]]:
    """Load the facts a person confirmed from a document (text_facts.Accepted), in one
    transaction; the document is kept beside the warehouse and logged, so build() replays it.
    Any problem refuses the whole load and writes nothing: (LoadOutcome("rejected"), problems)."""
    import json
    from dataclasses import asdict

    facts, problems = text_facts.check(accepted)
    if problems or facts.empty:
        return LoadOutcome("rejected"), problems or ["Chưa chọn số liệu nào để nạp."]
    by = by or f"dòng lệnh ({getpass.getuser()})"
    doc_sha = uploads.sha256(data)
    listed = [asdict(a) for a in accepted]
    meta = {**meta, "identity": uploads.sha256(data + json.dumps(listed, ensure_ascii=False, sort_keys=True).encode())}
    with warehouse.writer(db) as con:
        folder = store.uploads_dir(db)
        same = next(iter(con.execute("SELECT upload_id FROM uploads WHERE sha256 = ? AND undone_at IS NULL",
                                     [meta["identity"]]).fetchall()), None)
        if same:
            return LoadOutcome("unchanged", same[0]), []
        at = _now()
        upload_id = f"{doc_sha[:12]}-{at:%Y%m%d%H%M%S%f}"
        con.execute("BEGIN")
        try:
            replaced = _replaced(con, facts)
            n = _apply_text(con, upload_id, doc_sha, meta, facts, at, by)
            uploads.store(folder, data)
            uploads.append_event(folder, {"event": "text", "upload_id": upload_id, "sha256": doc_sha, "meta": meta,
                                          "facts": listed, "at": at.isoformat(), "by": by})
        except BaseException:
            con.execute("ROLLBACK")
            raise
        try:
            con.execute("COMMIT")
        except BaseException:
            uploads.append_event(folder, {"event": "undo", "upload_id": upload_id, "at": _now().isoformat(),
                                          "by": "hệ thống (ghi thất bại)"})
            raise
    accounts.audit(by, "load", upload_id, workflow.province_pairs(facts),
                   {"file": meta["file_name"], "facts": n, "state": "approved", "source": "narrative"}, db=db)
    return LoadOutcome("loaded", upload_id, n, replaced), []


def _apply_logged_text(con: duckdb.DuckDBPyConnection, event: dict) -> int | None:
    facts, problems = text_facts.check([text_facts.Accepted(**f) for f in event["facts"]])
    if problems:
        return None  # the registry changed since: reported by build
    return _apply_text(con, event["upload_id"], event["sha256"], event["meta"], facts,
                       datetime.fromisoformat(event["at"]), event["by"])


def undo(upload_id: str, db=None, by: str | None = None, user: accounts.User | None = None) -> int:
    """Take back a whole upload; returns how many facts it removed (0 if already undone).
    A person may take back an upload of their scope that is not approved; an approved one only an
    administrator (or the command line)."""
    by = user.name if user else (by or f"dòng lệnh ({getpass.getuser()})")
    with warehouse.writer(db) as con:
        row = next(iter(con.execute("SELECT undone_at, state FROM uploads WHERE upload_id = ?", [upload_id]).fetchall()), None)
        if row is None:
            raise KeyError(upload_id)
        if row[0] is not None:
            return 0
        facts = workflow.upload_facts(con, upload_id)
        if user is not None:
            if row[1] == "approved" and not user.is_admin:
                raise workflow.WorkflowError("Số liệu đã duyệt chỉ quản trị viên mới hoàn tác được.",
                                             "Only an administrator can undo approved figures.")
            outside = workflow.scope_problems(facts, user)
            if outside:
                raise workflow.WorkflowError(outside[0].message_vi, outside[0].message_en)
        at = _now()
        con.execute("BEGIN")
        try:
            n = loader.undo_upload(con, upload_id, at=at, by=by)
            uploads.append_event(store.uploads_dir(db), {"event": "undo", "upload_id": upload_id,
                                                             "at": at.isoformat(), "by": by})
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    accounts.audit(by, "undo", upload_id, workflow.province_pairs(facts), {"facts": n}, db=db)
    return n


# --- replay and build ------------------------------------------------------------------------

def _apply_logged_upload(con: duckdb.DuckDBPyConnection, folder: Path, event: dict) -> int | None:
    data = uploads.stored_file(folder, event["sha256"]).read_bytes()
    result = examine(data, event["file_name"], event.get("province"), event.get("period"))
    if not result.accepted:
        return None  # the registry changed since and the file no longer passes: reported by build
    return _apply(con, result, event["upload_id"], datetime.fromisoformat(event["at"]), event["by"],
                  event.get("state", "approved"), event.get("account"))


def _apply_logged_undo(con: duckdb.DuckDBPyConnection, event: dict) -> None:
    loader.undo_upload(con, event["upload_id"], at=datetime.fromisoformat(event["at"]), by=event["by"])


def replay(con: duckdb.DuckDBPyConnection, folder: Path) -> dict:
    """Apply every logged event to a freshly built warehouse, each in its own transaction."""
    counts = {"uploads": 0, "upload_facts": 0, "undone": 0, "skipped": []}
    events = uploads.read_events(folder)
    if not events:
        return counts
    for ev in events:
        con.execute("BEGIN")
        try:
            if ev["event"] == "upload":
                n = _apply_logged_upload(con, folder, ev)
                if n is None:
                    counts["skipped"].append(ev["file_name"])
                else:
                    counts["uploads"] += 1
                    counts["upload_facts"] += n
            elif ev["event"] == "text":
                n = _apply_logged_text(con, ev)
                if n is None:
                    counts["skipped"].append(ev["meta"]["file_name"])
                else:
                    counts["uploads"] += 1
                    counts["upload_facts"] += n
            elif ev["event"] == "undo":
                _apply_logged_undo(con, ev)
                counts["undone"] += 1
            elif ev["event"] in ("transition", "unlock"):
                workflow.apply_event(con, ev)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return counts


def build(path: str | os.PathLike | None = None) -> dict:
    """Build (or rebuild) the warehouse at `path`; return counts."""
    with warehouse.writer_lock(path, wait=60) as target:
        return _build(target)


def _build(target) -> dict:
    tmp = target.with_name(target.name + ".building")
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        leftover.unlink(missing_ok=True)
    sources = curated.normalize_sources(curated.read_sources())
    facts = curated.normalize_facts(curated.read_facts(), sources)
    con = duckdb.connect(str(tmp), config={"autoinstall_known_extensions": "false"})
    try:
        con.execute("BEGIN")
        loader.create_schema(con)
        loader.load_registries(con)
        loader.insert_sources(con, sources.assign(upload_id=None))
        loader.insert_observations(con, facts, loaded_at=_now(), loaded_by="etl.build (data/)")
        con.execute("COMMIT")
        replayed = replay(con, store.uploads_dir(target))
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(tmp, target)
    return {"path": str(target), "curated_facts": len(facts), "sources": len(sources), **replayed}


def ensure(path: str | os.PathLike | None = None) -> bool:
    """Build the warehouse when it is absent; True when this call built it. Several app processes
    or sessions starting together: one builds, the others wait for it instead of failing."""
    if store.db_path(path).exists():
        return False
    with warehouse.writer_lock(path, wait=300) as target:
        if target.exists():
            return False
        _build(target)
        return True
