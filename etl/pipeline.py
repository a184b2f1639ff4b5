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

import contextlib
import errno
import gc
import os
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

import duckdb
import pandas as pd

from etl import (commit, curated, labels, limits, load as loader, publish, readmodel, recalc, text_facts, uploads,
                 validate, walk, warehouse, workbook, workflow)
from etl.accounts import operator
from etl.messages import pick
from etl.reading import Hints, Ignored, Problem, Question, Suggestion
from metrics import accounts, names, periods, registry, store
from metrics.store import WarehouseBusy
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
    suggestions: list[Suggestion] = field(default_factory=list)
    labels_applied: dict = field(default_factory=dict)   # label key -> indicator, from people's answers
    questions: list[Question] = field(default_factory=list)   # value cells asked about, not taken
    answers_applied: dict = field(default_factory=dict)   # "sheet!cell" -> value, from the uploader's answers

    @property
    def accepted(self) -> bool:
        return self.status == "accepted"

    def to_json(self, lang: str = "vi") -> dict:
        return {
            "file": self.file, "sha256": self.sha256, "status": self.status,
            "counts": {"facts": len(self.facts), "ignored": len(self.ignored), "problems": len(self.problems),
                       "questions": len(self.questions)},
            "facts": [{
                "province_code": r.province_code, "frame": r.frame, "indicator": r.indicator, "period": r.period,
                "measure": r.measure, "value": r.value, "unit": r.unit, "qualifier": r.qualifier,
                "status": r.status, "sheet": r.sheet, "cell": r.cell if isinstance(r.cell, str) else None,
                "source": citation(self.file, r.sheet, r.cell if isinstance(r.cell, str) else None),
            } for r in self.facts.itertuples()],
            "ignored": [{"sheet": i.sheet, "row": i.row, "text": i.text, "reason": pick(i.reason_vi, i.reason_en, lang),
                         **({"cell": i.cell, "rule": i.rule} if i.rule else {})}
                        for i in self.ignored],
            "problems": [{"sheet": p.sheet, "cell": p.cell, "value": _jsonable(p.value), "rule": p.rule,
                          "message": pick(p.message_vi, p.message_en, lang)} for p in self.problems],
            "suggestions": [{"sheet": g.sheet, "row": g.row, "label": g.label, "indicator": g.indicator,
                             "score": g.score} for g in self.suggestions],
            "questions": [{"sheet": q.sheet, "cell": q.cell, "row": q.row, "label": q.label, "value": q.value,
                           "readings": list(q.readings), "rule": q.rule, "message": pick(q.message_vi, q.message_en, lang)}
                          for q in self.questions],
            "answers": dict(self.answers_applied),
        }


_warmed = False


def warm() -> None:
    """Read once what every examine() needs — the registry, province names, the label matcher's
    tables, the memos of periods and labels — by examining the template (every indicator's
    label, no figures). The upload workers' forkserver does this before forking (etl.preload), so
    a worker starts with them instead of spending a quarter of a second on them for each file.
    (The command line forks its workers from itself: it warms only from its second file on,
    etl.ingest._one_file — one file gains nothing from warming first.)"""
    global _warmed
    if not _warmed:
        from etl import template

        _examine(template.build(), "mau-bao-cao.xlsx", None, None)
        _warmed = True


def _jsonable(v):
    if v is None or isinstance(v, (int, float, str, bool)):
        return v
    return str(v)


def citation(file_name: str, sheet: str | None, cell: str | None) -> str:
    where = f"{sheet}!{cell}" if sheet and cell else (f"{sheet} (tổng tính từ các cấp)" if sheet else "")
    return f"Báo cáo {file_name}, {where}".rstrip(", ")


def _problem(rule: str, vi: str, en: str, value=None) -> Problem:
    return Problem(None, None, value, rule, vi, en)


def examine(data: bytes, file_name: str, province: str | None = None, period: str | None = None, *,
            learned: labels.Learned | None = None, accept_suggestions: bool = False,
            answers: dict | None = None) -> FileResult:
    """Read a workbook and say what it holds; nothing is written. `learned`: labels people
    confirmed (taken) or rejected (not suggested again); `accept_suggestions`: take suggested
    rows too (the command line's --accept-suggestions); `answers`: the uploader's answers to
    questions about cells ("sheet!cell" -> the reading meant; etl.rates)."""
    # NOTE: reading allocates millions of small objects and creates no reference cycles; the cyclic
    # collector's repeated passes over them cost a quarter of a 100,000-row ingest, so pause it.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _examine(data, file_name, province, period, learned, accept_suggestions, answers)
    finally:
        if was_enabled:
            gc.enable()


def _examine(data: bytes, file_name: str, province: str | None, period: str | None,
             learned: labels.Learned | None = None, accept_suggestions: bool = False,
             answers: dict | None = None) -> FileResult:
    digest = uploads.sha256(data)
    # a file name is text a person typed: cleaned like every label (no escapes, no U+202E)
    file_name = names.nfc(file_name) or "(không tên)"
    try:
        hint_period = periods.parse(period) if period else None
    except periods.PeriodError as exc:
        return FileResult(file_name, digest, "rejected", validate.to_frame([]), [],
                          [_problem("period", f"Kỳ đã chọn không hợp lệ: {exc}", f"The chosen period is not valid: {exc}",
                                    period)], province, period)
    hints = Hints(province=str(province).zfill(2) if province else None, period=hint_period,
                  labels=learned, accept_suggestions=accept_suggestions, answers=dict(answers or {}))
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
    validate.add_notes(facts, recalc.notes(book))
    validate.add_notes(facts, reading.notes)
    facts, duplicate_problems, plans_aside = validate.dedupe(facts)
    facts, recounted = validate.set_aside_recounted_sums(facts)
    facts = validate.derive_sums(facts)
    problems = (reading.problems + resolve_problems + duplicate_problems
                + validate.check_ranges(facts) + validate.check_parts(facts) + validate.check_spans(facts))
    if reading.matched_rows == 0 and reading.district_titles and not reading.candidates:
        # NOTE: wrong28: a district's report ("UBND HUYỆN KỲ ANH") was refused with "không tìm thấy chỉ tiêu
        # nào có trong danh mục" — its indicators were found; they are a part of the province's figures
        places = ", ".join(f"“{d}”" for d in reading.district_titles)
        problems.append(_problem("no_indicator",
                                 f"{file_name}: báo cáo của {places} — một địa bàn cấp dưới tỉnh, không phải của cả "
                                 f"tỉnh; không lưu số liệu nào. Chỉ nhận báo cáo của tỉnh (Sở KH&CN hoặc UBND tỉnh).",
                                 f"{file_name}: the report of {places} — a place below the province, not the whole "
                                 f"province; nothing stored. Only a province's report is taken."))
    elif reading.matched_rows == 0:
        asked = (f" ({len(reading.suggestions)} dòng cần xác nhận chỉ tiêu)" if reading.suggestions else "")
        asked_en = (f" ({len(reading.suggestions)} rows await confirmation)" if reading.suggestions else "")
        seen_vi, seen_en = _rows_ruled_out(reading.ignored)
        problems.append(_problem("no_indicator",
                                 f"{file_name}: không tìm thấy chỉ tiêu nào có trong danh mục{asked}.{seen_vi}",
                                 f"{file_name}: no indicator from the registry was recognized{asked_en}.{seen_en}"))
    status = "rejected" if problems else "accepted"
    return FileResult(file_name, digest, status, validate.to_frame(facts if status == "accepted" else []),
                      reading.ignored + set_aside + plans_aside + recounted, problems, province, period,
                      reading.suggestions, dict(reading.labels_applied), reading.questions,
                      dict(reading.answers_applied))


def _rows_ruled_out(ignored: list[Ignored], most: int = 5) -> tuple[str, str]:
    """The rows a file's reading came closest to an indicator with and set aside, each with its sheet, row and reason
    (" Các dòng đã xem: …"), or ("", "") when none did.

    NOTE: recall38: a sheet whose only indicator row was ruled out ("Số nhiệm vụ được phê duyệt và đã nghiệm thu | 15")
    told the uploader only "không tìm thấy chỉ tiêu nào có trong danh mục": the row the reader saw, and why it was set
    aside, was in the list of rows not read, not in the message that refused the file."""
    rows = [i for i in ignored if i.row is not None and labels.is_ruled_out_reason(i.reason_vi)]
    if not rows:
        return "", ""

    def where(i: Ignored, vi: bool) -> str:
        at = f"ô {i.cell}" if i.cell else (f"dòng {i.row}" if vi else f"row {i.row}")
        return f"trang “{i.sheet}”, {at}" if vi else f"sheet “{i.sheet}”, {at.replace('ô ', 'cell ')}"
    more_vi = f"; và {len(rows) - most} dòng khác" if len(rows) > most else ""
    more_en = f"; and {len(rows) - most} more rows" if len(rows) > most else ""
    vi = "; ".join(f"{where(i, True)} “{i.text[:80]}”: {i.reason_vi}" for i in rows[:most])
    en = "; ".join(f"{where(i, False)} “{i.text[:80]}”: {i.reason_en}" for i in rows[:most])
    return (f" Các dòng giống chỉ tiêu đã xem nhưng để riêng: {vi}{more_vi}.",
            f" Rows close to an indicator, seen and set aside: {en}{more_en}.")


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


# --- faults: what a person is told when the disk, the file system or a file fails ------------

class WriteFailed(RuntimeError):
    """A write that could not be done; nothing was changed. The message is for the person (vi)."""

    def __init__(self, message_vi: str, message_en: str):
        super().__init__(message_vi)
        self.message_vi, self.message_en = message_vi, message_en


def write_failed(exc: BaseException, what: str) -> WriteFailed:
    """An OSError or a DuckDB I/O error -> WriteFailed saying what happened, in words."""
    text = str(exc)
    code = getattr(exc, "errno", None)
    if code == errno.ENOSPC or "No space left" in text or "disk is full" in text.lower():
        return WriteFailed(f"Đĩa đầy: không đủ chỗ để ghi {what}. Không có gì bị thay đổi; hãy giải phóng dung lượng "
                           "rồi thử lại.", f"Disk full: no room to write {what}. Nothing was changed.")
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or "Permission denied" in text or "read-only" in text:
        return WriteFailed(f"Không có quyền ghi {what}. Không có gì bị thay đổi.",
                           f"No permission to write {what}. Nothing was changed.")
    if code == errno.ENOENT or "No such file" in text:
        return WriteFailed(f"Không tìm thấy {what} (đã bị xoá hoặc di chuyển). Không có gì bị thay đổi.",
                           f"{what} is gone (deleted or moved). Nothing was changed.")
    return WriteFailed(f"Không ghi được {what}: {type(exc).__name__}. Không có gì bị thay đổi.",
                       f"Could not write {what}: {type(exc).__name__}. Nothing was changed.")


_IO_ERRORS = (OSError, duckdb.IOException)


_fault = commit.fault  # the crash tests' injection points (ST_DASHBOARD_FAULT), here and in etl.commit


# Every write ends in etl.commit.commit(): read model refreshed in the transaction, COMMIT,
# snapshot published, then the event logged (the database is the truth; the log follows it).


def _upload_event(upload_id, sha256, file_name, at, by, province, period, state="approved", account=None,
                  labels_applied: dict | None = None, answers_applied: dict | None = None) -> dict:
    # `labels`: the labels people confirmed that this reading used, `answers` the uploader's answers
    # to questions about cells: so a rebuild reads the file the same way
    return {"event": "upload", "upload_id": upload_id, "sha256": sha256, "file_name": file_name,
            "at": at.isoformat(), "by": by, "province": province, "period": period, "state": state,
            "account": account, "labels": labels_applied or {}, "answers": answers_applied or {}}


def _undo_event(upload_id, at, by) -> dict:
    return {"event": "undo", "upload_id": upload_id, "at": at.isoformat(), "by": by}


def _actor(user: accounts.User | None, by: str | None) -> str:
    """Who a write is recorded as: the signed-in person (the upload page, `--as`), else the name
    given, else the shell user (etl.accounts.operator)."""
    return user.name if user else (by or operator())


@contextlib.contextmanager
def _reconciled_writer(db):
    """The writer's connection (and the kept uploads' folder), the log and the database first
    brought into agreement: every write of an upload or an undo starts so."""
    with warehouse.writer(db) as con:
        folder = store.uploads_dir(db)
        reconcile(con, folder)
        yield con, folder


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
    by = _actor(user, by)
    try:
        with _reconciled_writer(db) as (con, folder):
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
                _fault("after_apply")
                uploads.store(folder, data)  # kept before the commit: a logged upload always has its file
                _fault("after_store")
            except BaseException:
                con.execute("ROLLBACK")
                raise
            commit.commit(con, db, _upload_event(upload_id, result.sha256, result.file, at, by, result.province_hint,
                                                 result.period_hint, state, user.name if user else None,
                                                 result.labels_applied, result.answers_applied),
                          result.facts)
    except _IO_ERRORS as exc:
        raise write_failed(exc, f"tệp {result.file} vào kho dữ liệu") from None
    pairs = workflow.province_pairs(result.facts)
    if user is None:
        accounts.audit(by, "load", upload_id, pairs, {"file": result.file, "facts": n, "state": state,
                                                      "as": "quản trị viên (dòng lệnh, không có --as)"}, db=db)
    else:
        accounts.audit(user.name, "upload", upload_id, pairs, {"file": result.file, "facts": n, "state": state}, db=db)
    return LoadOutcome("loaded", upload_id, n, replaced, state)


# --- facts confirmed from a narrative document -------------------------------------------------

def _apply_text(con, upload_id: str, doc_sha: str, meta: dict, facts: pd.DataFrame, at: datetime, by: str,
                state: str = "approved", account: str | None = None) -> int:
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
                         uploaded_by=by, province_hint=None, period_hint=None, facts=len(obs), state=state,
                         account=account)
    return loader.insert_observations(con, obs, loaded_at=at, loaded_by=by, upload_id=upload_id)


def load_text(data: bytes, meta: dict, accepted: list, db=None, by: str | None = None,
              user: accounts.User | None = None) -> tuple[LoadOutcome, list[Problem]]:
    """Load the facts a person confirmed from a document (text_facts.Accepted), in one
    transaction; the document is kept beside the warehouse and logged, so build() replays it.
    Any problem refuses the whole load and writes nothing: (LoadOutcome("rejected"), problems).
    As with Excel uploads: with a user (the page, `--as`) the facts must lie in their scope (rule
    `permission`) and outside approved-and-locked periods (rule `locked`), and become a draft
    to submit for review; without one (the command line) they load as approved data."""
    import json
    from dataclasses import asdict

    facts, problems = text_facts.check(accepted)
    if not problems and not facts.empty and user is not None:
        problems = workflow.scope_problems(facts.assign(sheet=None, cell=None), user)
    if problems or facts.empty:
        if user is not None and problems:
            accounts.audit(user.name, "upload_refused", meta.get("file_name"), (),
                           {"rules": sorted({p.rule for p in problems}), "problems": len(problems),
                            "source": "narrative"}, db=db)
        return LoadOutcome("rejected"), problems or [Problem(None, None, None, "check", "Chưa chọn số liệu nào để nạp.",
                                                             "No fact was chosen to load.")]
    state = "draft" if user else "approved"
    by = _actor(user, by)
    doc_sha = uploads.sha256(data)
    listed = [asdict(a) for a in accepted]
    meta = {**meta, "identity": uploads.sha256(data + json.dumps(listed, ensure_ascii=False, sort_keys=True).encode())}
    try:
        with _reconciled_writer(db) as (con, folder):
            same = next(iter(con.execute("SELECT upload_id, state FROM uploads WHERE sha256 = ? AND undone_at IS NULL",
                                         [meta["identity"]]).fetchall()), None)
            if same:
                return LoadOutcome("unchanged", same[0], state=same[1]), []
            if user is not None:
                locked = workflow.locked_problems(workflow.active_locks(con), facts)
                if locked:
                    accounts.audit(user.name, "upload_refused", meta.get("file_name"), (),
                                   {"rules": ["locked"], "problems": len(locked), "source": "narrative"}, db=db)
                    return LoadOutcome("rejected"), locked
            at = _now()
            upload_id = f"{doc_sha[:12]}-{at:%Y%m%d%H%M%S%f}"
            con.execute("BEGIN")
            try:
                replaced = _replaced(con, facts)
                n = _apply_text(con, upload_id, doc_sha, meta, facts, at, by, state, user.name if user else None)
                uploads.store(folder, data)
            except BaseException:
                con.execute("ROLLBACK")
                raise
            commit.commit(con, db, {"event": "text", "upload_id": upload_id, "sha256": doc_sha, "meta": meta,
                                    "facts": listed, "at": at.isoformat(), "by": by, "state": state,
                                    "account": user.name if user else None}, facts)
    except _IO_ERRORS as exc:
        raise write_failed(exc, f"số liệu từ {meta.get('file_name')} vào kho dữ liệu") from None
    pairs = workflow.province_pairs(facts)
    detail = {"file": meta["file_name"], "facts": n, "state": state, "source": "narrative"}
    if user is None:
        accounts.audit(by, "load", upload_id, pairs, detail, db=db)
    else:
        accounts.audit(user.name, "upload", upload_id, pairs, detail, db=db)
    return LoadOutcome("loaded", upload_id, n, replaced, state), []


def _apply_logged_text(con: duckdb.DuckDBPyConnection, event: dict) -> int | None:
    facts, problems = text_facts.check([text_facts.Accepted(**f) for f in event["facts"]])
    if problems:
        return None  # the registry changed since: reported by build
    return _apply_text(con, event["upload_id"], event["sha256"], event["meta"], facts,
                       datetime.fromisoformat(event["at"]), event["by"], event.get("state", "approved"),
                       event.get("account"))


def undo(upload_id: str, db=None, by: str | None = None, user: accounts.User | None = None) -> int:
    """Take back a whole upload; returns how many facts it removed (0 if already undone).
    A person may take back an upload of their scope that is not approved; an approved one only an
    administrator (or the command line)."""
    by = _actor(user, by)
    try:
        with _reconciled_writer(db) as (con, folder):
            row = next(iter(con.execute("SELECT undone_at, state FROM uploads WHERE upload_id = ?",
                                        [upload_id]).fetchall()), None)
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
                _fault("undo_after_apply")
                touched = readmodel.touched_by_upload(con, upload_id)
            except BaseException:
                con.execute("ROLLBACK")
                raise
            commit.commit(con, db, _undo_event(upload_id, at, by), touched)
    except _IO_ERRORS as exc:
        raise write_failed(exc, "lệnh hoàn tác vào kho dữ liệu") from None
    accounts.audit(by, "undo", upload_id, workflow.province_pairs(facts), {"facts": n}, db=db)
    return n


# --- log and database in agreement --------------------------------------------------------------

@dataclass
class Agreement:
    """What etl.check found: does the log say what the database holds, and are the kept files there?"""
    damaged_lines: list[tuple[int, str]] = field(default_factory=list)
    logged_not_in_db: list[str] = field(default_factory=list)      # upload events the database never got
    undo_not_in_db: list[str] = field(default_factory=list)        # undo events the database never applied
    db_not_logged: list[str] = field(default_factory=list)         # uploads the log is missing
    db_undo_not_logged: list[str] = field(default_factory=list)    # undos the log is missing
    steps_not_logged: list[str] = field(default_factory=list)      # workflow steps (submit, approve, unlock…)
    missing_files: list[tuple[str, str]] = field(default_factory=list)  # (upload_id, file name)
    damaged_files: list[tuple[str, str]] = field(default_factory=list)  # content no longer matches its hash
    repaired: list[str] = field(default_factory=list)

    @property
    def agrees(self) -> bool:
        return not (self.damaged_lines or self.logged_not_in_db or self.undo_not_in_db or self.db_not_logged
                    or self.db_undo_not_logged or self.steps_not_logged or self.missing_files or self.damaged_files)

    def lines(self) -> list[str]:
        out = [f"Dòng {n} của nhật ký bị hỏng, đã bỏ qua: {text!r}" for n, text in self.damaged_lines]
        out += [f"Nhật ký ghi tải lên {u} nhưng kho dữ liệu không có (chưa từng được ghi)" for u in self.logged_not_in_db]
        out += [f"Nhật ký ghi hoàn tác {u} nhưng kho dữ liệu chưa hoàn tác" for u in self.undo_not_in_db]
        out += [f"Kho dữ liệu có bước quy trình {s} mà nhật ký thiếu" for s in self.steps_not_logged]
        out += [f"Kho dữ liệu có tải lên {u} mà nhật ký thiếu" for u in self.db_not_logged]
        out += [f"Kho dữ liệu đã hoàn tác {u} mà nhật ký thiếu" for u in self.db_undo_not_logged]
        out += [f"Thiếu tệp đã lưu của tải lên {u} ({name})" for u, name in self.missing_files]
        out += [f"Tệp đã lưu của tải lên {u} ({name}) không còn khớp mã SHA-256" for u, name in self.damaged_files]
        out += [f"Đã sửa: {r}" for r in self.repaired]
        return out


def _log_state(events: list[dict]) -> tuple[dict[str, dict], set[str], set[str], set[str]]:
    """Upload events by id, undone ids, and the voided uploads and undos (see reconcile)."""
    uploaded, undone, void_up, void_undo = {}, set(), set(), set()
    for ev in events:
        kind, uid = ev.get("event"), ev.get("upload_id")
        if kind in ("upload", "text"):
            uploaded[uid] = ev
        elif kind == "undo":
            undone.add(uid)
        elif kind == "void":
            (void_up if ev.get("of") == "upload" else void_undo).add(uid)
    return uploaded, undone - void_undo, void_up, void_undo


def reconcile(con: duckdb.DuckDBPyConnection | None, folder: Path, repair: bool = True,
              check_files: bool = False) -> Agreement:
    """Compare the log with the database, the truth. With repair, the log is brought in line by
    appending events: the uploads and undos the database holds but the log lacks (a crash
    between commit and log), and a `void` for every logged event the database never got (a
    crash or a failed commit under the old order), so that no rebuild replays it."""
    found = Agreement()
    log = uploads.read_log(folder)
    found.damaged_lines = log.damaged
    uploaded, undone, void_up, void_undo = _log_state(log.events)
    live = {u: ev for u, ev in uploaded.items() if u not in void_up}
    if con is not None:
        rows = con.execute("SELECT upload_id, sha256, file_name, uploaded_at, uploaded_by, province_hint, period_hint,"
                           " undone_at, undone_by, account FROM uploads ORDER BY uploaded_at").fetchall()
        in_db = {r[0] for r in rows}
        text_ids = {r[0] for r in con.execute("SELECT upload_id FROM sources WHERE source_id LIKE 'text-%'").fetchall()}
        pending = uploads.pending_events(folder)
        for uid, sha, name, at, by, prov, per, undone_at, undone_by, account in rows:
            if uid not in live:
                found.db_not_logged.append(uid)
                event = pending.get(uid)
                if event is None and str(uid) in text_ids:
                    continue  # a narrative upload cannot be rebuilt from the database alone: reported
                if repair:  # a person's upload starts as a draft (load), the command line's approved
                    uploads.append_event(folder, event or _upload_event(
                        uid, sha, name, at, by, prov, per, "draft" if account else "approved", account))
                    found.repaired.append(f"ghi bổ sung tải lên {uid} ({name}) vào nhật ký")
            if undone_at is not None and uid not in undone:
                found.db_undo_not_logged.append(uid)
                if repair:
                    uploads.append_event(folder, _undo_event(uid, undone_at, undone_by))
                    found.repaired.append(f"ghi bổ sung hoàn tác {uid} vào nhật ký")
            if undone_at is None and uid in undone:
                found.undo_not_in_db.append(uid)
                if repair:
                    uploads.append_event(folder, {"event": "void", "of": "undo", "upload_id": uid,
                                                  "at": _now().isoformat(), "reason": "kho dữ liệu chưa hoàn tác"})
                    found.repaired.append(f"huỷ dòng hoàn tác {uid} mà kho dữ liệu chưa từng áp dụng")
        for uid in live:
            if uid not in in_db:
                found.logged_not_in_db.append(uid)
                if repair:
                    uploads.append_event(folder, {"event": "void", "of": "upload", "upload_id": uid,
                                                  "at": _now().isoformat(), "reason": "kho dữ liệu không có"})
                    found.repaired.append(f"huỷ dòng tải lên {uid} mà kho dữ liệu không có")
        _reconcile_steps(con, folder, log.events, found, repair)
        if repair:
            for uid in pending:  # logged now, or never committed
                uploads.clear_pending(folder, uid)
    if check_files:
        for uid, ev in live.items():
            if ev.get("event") == "text" and not ev.get("sha256"):
                continue
            path = uploads.stored_file(folder, ev.get("sha256", ""))
            if not path.is_file():
                found.missing_files.append((uid, ev.get("file_name", "")))
            elif uploads.sha256(path.read_bytes()) != ev.get("sha256"):
                found.damaged_files.append((uid, ev.get("file_name", "")))
    return found


def _reconcile_steps(con: duckdb.DuckDBPyConnection, folder: Path, events: list[dict], found: Agreement,
                     repair: bool) -> None:
    """Workflow steps (etl.workflow: submit, approve, return; unlock) the database holds but the
    log lacks — a crash or a failing disk between their commit and their log line — are
    appended from the database's own record of them, in the order they happened."""
    logged = {(e.get("upload_id"), e.get("action"), e.get("at")) for e in events if e.get("event") == "transition"}
    logged_unlocks = {(e.get("province_code"), e.get("frame"), e.get("period"), e.get("at"))
                      for e in events if e.get("event") == "unlock"}
    steps = con.execute(
        "SELECT acted_at, 'transition', upload_id, action, acted_by, comment, NULL, NULL, NULL FROM transitions "
        "UNION ALL SELECT DISTINCT unlocked_at, 'unlock', NULL, NULL, unlocked_by, unlock_reason, province_code, frame, "
        "period FROM locks WHERE unlocked_at IS NOT NULL ORDER BY 1").fetchall()
    for at, kind, uid, action, by, note, province, frame, period in steps:
        if kind == "transition" and (uid, action, at.isoformat()) not in logged:
            found.steps_not_logged.append(f"{action} {uid}")
            event = {"event": "transition", "upload_id": uid, "action": action, "at": at.isoformat(), "by": by,
                     "comment": note}
        elif kind == "unlock" and (province, frame, period, at.isoformat()) not in logged_unlocks:
            found.steps_not_logged.append(f"unlock {province}-{frame} {period}")
            event = {"event": "unlock", "province_code": province, "frame": frame, "period": period,
                     "at": at.isoformat(), "by": by, "reason": note}
        else:
            continue
        if repair:
            uploads.append_event(folder, event)
            found.repaired.append(f"ghi bổ sung bước quy trình {found.steps_not_logged[-1]} vào nhật ký")


# --- replay and build ------------------------------------------------------------------------

def _apply_logged_upload(con: duckdb.DuckDBPyConnection, folder: Path, event: dict) -> int | None:
    data = uploads.stored_file(folder, event["sha256"]).read_bytes()
    # the labels people confirmed for this file then, not today's: a rebuild reads it the same way
    learned = labels.Learned(confirmed=event.get("labels") or {})
    result = examine(data, event["file_name"], event.get("province"), event.get("period"), learned=learned,
                     answers=event.get("answers") or {})
    if not result.accepted:
        return None  # the registry changed since and the file no longer passes: reported by build
    return _apply(con, result, event["upload_id"], datetime.fromisoformat(event["at"]), event["by"],
                  event.get("state", "approved"), event.get("account"))


def _apply_logged_undo(con: duckdb.DuckDBPyConnection, event: dict) -> None:
    loader.undo_upload(con, event["upload_id"], at=datetime.fromisoformat(event["at"]), by=event["by"])


def replay(con: duckdb.DuckDBPyConnection, folder: Path) -> dict:
    """Apply every logged event to a freshly built warehouse, each in its own transaction.

    Idempotent and tolerant: voided events are passed over; an upload already there is not
    applied twice; a damaged line, a missing kept file or an undo of an upload that is not there
    is reported (`notes`) and the build goes on with the rest. Only a failing disk stops it."""
    counts = {"uploads": 0, "upload_facts": 0, "undone": 0, "skipped": [], "notes": []}
    log = uploads.read_log(folder)
    counts["notes"] += [f"dòng {n} của nhật ký bị hỏng, đã bỏ qua" for n, _ in log.damaged]
    _, _, void_up, void_undo = _log_state(log.events)
    for ev in log.events:
        kind, uid = ev.get("event"), ev.get("upload_id")
        if kind == "void" or (kind in ("upload", "text") and uid in void_up) or (kind == "undo" and uid in void_undo):
            continue
        try:
            con.execute("BEGIN")
            if kind == "upload":
                if con.execute("SELECT count(*) FROM uploads WHERE upload_id = ?", [uid]).fetchall()[0][0]:
                    con.execute("ROLLBACK")
                    continue
                if not uploads.stored_file(folder, ev["sha256"]).is_file():
                    counts["notes"].append(f"thiếu tệp đã lưu của tải lên {uid} ({ev.get('file_name')}): bỏ qua")
                    counts["skipped"].append(ev.get("file_name"))
                    con.execute("ROLLBACK")
                    continue
                n = _apply_logged_upload(con, folder, ev)
                if n is None:
                    counts["skipped"].append(ev["file_name"])
                else:
                    counts["uploads"] += 1
                    counts["upload_facts"] += n
            elif kind == "text":
                if con.execute("SELECT count(*) FROM uploads WHERE upload_id = ?", [uid]).fetchall()[0][0]:
                    con.execute("ROLLBACK")
                    continue
                n = _apply_logged_text(con, ev)
                if n is None:
                    counts["skipped"].append(ev["meta"]["file_name"])
                else:
                    counts["uploads"] += 1
                    counts["upload_facts"] += n
            elif kind == "undo":
                if not con.execute("SELECT count(*) FROM uploads WHERE upload_id = ? AND undone_at IS NULL",
                                   [uid]).fetchall()[0][0]:
                    counts["notes"].append(f"hoàn tác {uid}: không có tải lên tương ứng, bỏ qua")
                    con.execute("ROLLBACK")
                    continue
                _apply_logged_undo(con, ev)
                counts["undone"] += 1
            elif kind in ("transition", "unlock"):
                workflow.apply_event(con, ev)
            con.execute("COMMIT")
        except _IO_ERRORS:
            con.execute("ROLLBACK")
            raise
        except Exception as exc:  # one bad event (a damaged kept file, a changed registry) is reported
            con.execute("ROLLBACK")
            counts["notes"].append(f"sự kiện {kind} {uid}: không áp dụng được ({type(exc).__name__}: {exc})")
            counts["skipped"].append(ev.get("file_name") or uid)
    return counts


def _wal(path: Path) -> Path:
    return path.with_name(path.name + ".wal")


def settle(target: Path) -> list[str]:
    """Before a build replaces `target`: the database's write-ahead log is checkpointed into it
    (the database is the truth, and the log of uploads is brought in line with it); a .wal that
    cannot be applied (it belongs to another file, or is damaged) is removed, so the new file is
    never opened with a stale one. Returns what was done, in words. The caller holds the writer
    lock; this process's readers are kept out while the file is open for writing."""
    with store.process_lock:
        return _settle(target)


def _settle(target: Path) -> list[str]:
    notes = []
    wal = _wal(target)
    if not target.exists():
        if wal.exists():
            wal.unlink()
            notes.append(f"đã xoá {wal.name} còn sót (không có tệp kho dữ liệu đi kèm)")
        return notes
    try:
        # a reader holding the file makes this wait (and then WarehouseBusy), never a deleted .wal
        con = store.connect(target, False, time.monotonic() + store.WAIT_SECONDS)
    except WarehouseBusy:
        raise
    except duckdb.Error as exc:
        if wal.exists():
            wal.unlink()
            notes.append(f"đã xoá {wal.name} không khớp với kho dữ liệu ({str(exc).splitlines()[0][:120]})")
        else:
            notes.append(f"kho dữ liệu cũ không mở được ({str(exc).splitlines()[0][:120]}); dựng lại từ data/ và nhật ký")
        return notes
    try:
        if wal.exists():
            con.execute("CHECKPOINT")
            notes.append(f"đã ghi {wal.name} vào kho dữ liệu trước khi dựng lại")
        try:
            agreement = reconcile(con, store.uploads_dir(target))
            notes += agreement.repaired
        except duckdb.CatalogException:
            pass  # not one of our warehouses (no uploads table): nothing to reconcile
    finally:
        con.close()
    return notes


def build(path: str | os.PathLike | None = None) -> dict:
    """Build (or rebuild) the warehouse at `path`; return counts."""
    with warehouse.writer_lock(path, wait=60) as target:
        return _build(target)


def _build(target: Path) -> dict:
    tmp = target.with_name(target.name + ".building")
    try:
        for leftover in (tmp, _wal(tmp)):
            leftover.unlink(missing_ok=True)
        notes = settle(target)
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
            _fault("build_before_replay")
            replayed = replay(con, store.uploads_dir(target))
            con.execute("BEGIN")
            commit.commit_aside(con)  # the read model, whole; published once the file is in place
            con.execute("CHECKPOINT")
        finally:
            con.close()
        if _wal(tmp).exists():
            raise WriteFailed("Bản dựng mới chưa được ghi trọn (còn tệp .wal); kho dữ liệu cũ được giữ nguyên.",
                              "The new build was not fully written; the old warehouse is kept.")
        _fault("build_before_replace")
        _wal(target).unlink(missing_ok=True)  # settled above: a .wal now could only be stale
        os.replace(tmp, target)
        commit.publish_whole(target)
    except _IO_ERRORS as exc:
        raise write_failed(exc, f"kho dữ liệu {target.name}") from None
    finally:
        for leftover in (tmp, _wal(tmp)):
            leftover.unlink(missing_ok=True)
    replayed["notes"] = notes + replayed["notes"]
    return {"path": str(target), "curated_facts": len(facts), "sources": len(sources), **replayed}


def ensure(path: str | os.PathLike | None = None) -> bool:
    """Build the warehouse when it is absent; True when this call built it. Several app processes
    or sessions starting together: one builds, the others wait for it instead of failing."""
    target = store.db_path(path)
    if target.exists():
        if _wal(target).exists():
            # left by a writer that died (or by an older build): applied, or removed when it
            # belongs to another file, so that the app does not stay down on "WAL does not match".
            # Only when no writer is at work (one at work has a .wal of its own).
            try:
                with warehouse.writer_lock(path, wait=0) as held:
                    if _wal(held).exists():
                        settle(held)
            except (WarehouseBusy, duckdb.Error):
                pass  # busy just now: the next start settles it
        return False
    with warehouse.writer_lock(path, wait=300) as target:
        if target.exists():
            return False
        _build(target)
        return True


def ensure_snapshot(path: str | os.PathLike | None = None) -> bool:
    """Publish the readers' snapshot when a warehouse has none (one built before snapshots
    existed, or copied without its snapshot folder) or when a commit died before publishing
    (the stale mark); True when this call published it. A warehouse without the read model is
    rebuilt from data/ and its kept uploads. Never waits on a writer at work when a snapshot
    exists: that writer publishes."""
    db = store.db_path(path)
    if publish.exists(db) and not publish.is_stale(db) and not publish.lacks_added(db):
        return False
    try:
        with warehouse.writer_lock(path, wait=0 if publish.exists(db) else 300) as target:
            if publish.exists(target) and not publish.is_stale(target):
                return commit.publish_added(target)  # a table added since it was published
            con = duckdb.connect(str(target), config={"autoinstall_known_extensions": "false"})
            try:
                has_model = con.execute(
                    "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'current_facts'").fetchall()[0][0]
            finally:
                con.close()
            if has_model:
                return commit.publish_whole(target)
            _build(target)
            return True
    except WarehouseBusy:
        return False
