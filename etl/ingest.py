"""Excel reports in: `python -m etl.ingest FILE... [--db PATH] [--province CODE] [--period P]
[--dry-run] [--json] [--lang vi|en]`. The upload page calls the same functions.

examine(): bytes -> FileResult (every fact, every ignored row, every problem) — pure.
load():    an accepted FileResult -> the warehouse, in one transaction; the file is kept beside the
           warehouse and logged, so `etl.build` replays it. A refused file writes nothing.
undo():    an upload's facts go, the values they replaced come back."""
from __future__ import annotations

import argparse
import gc
import getpass
import json
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pandas as pd

from etl import layout, load as loader, uploads, validate, warehouse, workbook
from etl.layout import Hints, Ignored, Problem
from metrics import periods, registry


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
    try:
        hint_period = periods.parse(period) if period else None
    except periods.PeriodError as exc:
        return FileResult(file_name, digest, "rejected", validate.to_frame([]), [],
                          [_problem("period", f"Kỳ đã chọn không hợp lệ: {exc}", f"The chosen period is not valid: {exc}",
                                    period)], province, period)
    hints = Hints(province=str(province).zfill(2) if province else None, period=hint_period)
    try:
        book = workbook.read(data, file_name)
    except workbook.Unreadable as exc:
        return FileResult(file_name, digest, "rejected", validate.to_frame([]), [],
                          [_problem("unreadable", f"{file_name}: {exc}", f"{file_name}: not a readable Excel workbook ({exc})")],
                          province, period)
    reading = layout.read_workbook(book, hints)
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

@dataclass
class LoadOutcome:
    status: str            # loaded | unchanged | rejected
    upload_id: str | None = None
    facts: int = 0
    replaced: int = 0


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _apply(con: duckdb.DuckDBPyConnection, result: FileResult, upload_id: str, at: datetime, by: str) -> int:
    """Insert one accepted file's source, observations and upload record (caller owns the transaction)."""
    provinces = sorted({registry.province(c, f).name_vi for c, f in zip(result.facts.province_code, result.facts.frame)})
    source = pd.DataFrame([{
        "source_id": f"upload-{upload_id}", "kind": "report", "rank": warehouse.SOURCE_RANK["report"],
        "title": result.file, "publisher": "Sở KH&CN " + ", ".join(provinces), "url": None,
        "published": at.date().isoformat(), "published_on": at.date(), "language": "vi",
        "machine_translated": False, "document": result.file, "note": f"SHA-256 {result.sha256}",
        "upload_id": upload_id,
    }])
    loader.insert_sources(con, source)
    obs = result.facts.assign(source_id=f"upload-{upload_id}", published_on=at.date())
    loader.record_upload(con, upload_id=upload_id, sha256=result.sha256, file_name=result.file, uploaded_at=at,
                         uploaded_by=by, province_hint=result.province_hint, period_hint=result.period_hint,
                         facts=len(obs))
    return loader.insert_observations(con, obs, loaded_at=at, loaded_by=by, upload_id=upload_id)


def _replaced(con: duckdb.DuckDBPyConnection, facts: pd.DataFrame) -> int:
    """How many of these facts already have a different current value."""
    if facts.empty:
        return 0
    con.register("_new_facts", facts[validate.FACT_KEY + ["value"]])
    try:
        return con.execute(
            "SELECT count(*) FROM _new_facts n JOIN facts f USING (province_code, frame, indicator, period, measure) "
            "WHERE f.value <> n.value").fetchall()[0][0]
    finally:
        con.unregister("_new_facts")


def load(result: FileResult, data: bytes, db=None, by: str | None = None) -> LoadOutcome:
    """Load an accepted file in one transaction; the same content again changes nothing."""
    if not result.accepted:
        return LoadOutcome("rejected")
    by = by or f"dòng lệnh ({getpass.getuser()})"
    with warehouse.writer(db) as con:
        folder = warehouse.uploads_dir(db)
        same = next(iter(con.execute("SELECT upload_id FROM uploads WHERE sha256 = ? AND undone_at IS NULL",
                           [result.sha256]).fetchall()), None)
        if same:
            return LoadOutcome("unchanged", same[0])
        at = _now()
        upload_id = f"{result.sha256[:12]}-{at:%Y%m%d%H%M%S%f}"
        con.execute("BEGIN")
        try:
            replaced = _replaced(con, result.facts)
            n = _apply(con, result, upload_id, at, by)
            uploads.store(folder, data)
            uploads.append_event(folder, {"event": "upload", "upload_id": upload_id, "sha256": result.sha256,
                                          "file_name": result.file, "at": at.isoformat(), "by": by,
                                          "province": result.province_hint, "period": result.period_hint})
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
        return LoadOutcome("loaded", upload_id, n, replaced)


def undo(upload_id: str, db=None, by: str | None = None) -> int:
    """Take back a whole upload; returns how many facts it removed (0 if already undone)."""
    by = by or f"dòng lệnh ({getpass.getuser()})"
    with warehouse.writer(db) as con:
        row = next(iter(con.execute("SELECT undone_at FROM uploads WHERE upload_id = ?", [upload_id]).fetchall()), None)
        if row is None:
            raise KeyError(upload_id)
        if row[0] is not None:
            return 0
        at = _now()
        con.execute("BEGIN")
        try:
            n = loader.undo_upload(con, upload_id, at=at, by=by)
            uploads.append_event(warehouse.uploads_dir(db), {"event": "undo", "upload_id": upload_id,
                                                             "at": at.isoformat(), "by": by})
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return n


# --- replay (etl.build) ----------------------------------------------------------------------

def apply_logged_upload(con: duckdb.DuckDBPyConnection, folder: Path, event: dict) -> int | None:
    data = uploads.stored_file(folder, event["sha256"]).read_bytes()
    result = examine(data, event["file_name"], event.get("province"), event.get("period"))
    if not result.accepted:
        return None  # the registry changed since and the file no longer passes: reported by build
    return _apply(con, result, event["upload_id"], datetime.fromisoformat(event["at"]), event["by"])


def apply_logged_undo(con: duckdb.DuckDBPyConnection, event: dict) -> None:
    loader.undo_upload(con, event["upload_id"], at=datetime.fromisoformat(event["at"]), by=event["by"])


# --- command line ----------------------------------------------------------------------------

class _Parser(argparse.ArgumentParser):
    def error(self, message):  # usage errors exit 2 (argparse's own convention, kept explicit)
        self.print_usage(sys.stderr)
        print(f"{self.prog}: lỗi: {message}", file=sys.stderr)
        sys.exit(2)


def _summary(result: FileResult, outcome: LoadOutcome | None, lang: str) -> str:
    en = lang == "en"
    lines = []
    if result.accepted:
        head = (f"{result.file}: accepted, {len(result.facts)} facts, {len(result.ignored)} rows ignored" if en else
                f"{result.file}: hợp lệ, {len(result.facts)} số liệu, {len(result.ignored)} dòng bỏ qua")
        if outcome and outcome.status == "loaded":
            head += (f"; loaded ({outcome.replaced} earlier values replaced)" if en else
                     f"; đã nạp (thay {outcome.replaced} giá trị cũ)")
        elif outcome and outcome.status == "unchanged":
            head += "; already loaded, nothing changed" if en else "; tệp này đã được nạp trước đó, không thay đổi gì"
        lines.append(head)
    else:
        lines.append(f"{result.file}: REFUSED, nothing written — {len(result.problems)} problems" if en else
                     f"{result.file}: BỊ TỪ CHỐI, không ghi gì — {len(result.problems)} lỗi")
        for p in result.problems:
            where = f"{p.sheet}!{p.cell}" if p.sheet and p.cell else (p.sheet or ("whole file" if en else "cả tệp"))
            lines.append(f"  [{p.rule}] {where}: {p.message_en if en else p.message_vi}")
    for i in result.ignored:
        where = f"{i.sheet}" + (f" dòng {i.row}" if i.row and not en else f" row {i.row}" if i.row else "")
        lines.append(f"  - {'ignored' if en else 'bỏ qua'} {where}: “{i.text}” — {i.reason_en if en else i.reason_vi}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = _Parser(prog="python -m etl.ingest", description="Nạp báo cáo Excel của Sở KH&CN vào kho dữ liệu.")
    ap.add_argument("files", nargs="+", metavar="FILE")
    ap.add_argument("--db", help=f"kho dữ liệu (mặc định ${warehouse.DB_ENV} hoặc {warehouse.DEFAULT_DB})")
    ap.add_argument("--province", help="mã tỉnh (thống kê, 2 chữ số) khi tệp không ghi tỉnh")
    ap.add_argument("--period", help="kỳ báo cáo (2023, 2023-S1, 2020/2023…) khi tệp không ghi kỳ")
    ap.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi")
    ap.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    ap.add_argument("--lang", choices=["vi", "en"], default="vi")
    args = ap.parse_args(argv)
    missing = [f for f in args.files if not Path(f).is_file()]
    if missing:
        ap.error(("file not found: " if args.lang == "en" else "không có tệp: ") + ", ".join(missing))
    if args.period:
        try:
            periods.parse(args.period)
        except periods.PeriodError as exc:
            ap.error(str(exc))
    if args.province and not any(p.code == args.province.zfill(2) for p in registry.provinces().values()):
        ap.error(f"mã tỉnh không có trong danh mục: {args.province}")
    if not args.dry_run:
        from etl import build
        build.ensure(args.db)
    results, all_ok = [], True
    for f in args.files:
        data = Path(f).read_bytes()
        result = examine(data, Path(f).name, args.province, args.period)
        outcome = None
        if result.accepted and not args.dry_run:
            try:
                outcome = load(result, data, args.db)
            except warehouse.WarehouseBusy as exc:
                result.status = "rejected"
                result.problems.append(_problem("busy", str(exc), "The database is busy; try again shortly."))
                result.facts = result.facts.iloc[0:0]
        all_ok &= result.accepted
        results.append((result, outcome))
    if args.json:
        print(json.dumps([r.to_json(args.lang) for r, _ in results], ensure_ascii=False, indent=1, default=str))
    else:
        for r, o in results:
            print(_summary(r, o, args.lang))
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
