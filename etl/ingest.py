"""Reports in (Excel .xlsx/.xls, OpenDocument .ods, CSV): `python -m etl.ingest FILE... [--db PATH] [--province CODE] [--period P]
[--dry-run] [--json] [--lang vi|en] [--as NAME] [--wait S] [--accept-suggestions]
[--answer SHEET!CELL=VALUE ...]`.

With `--as NAME` the file is checked against that account's scope (rule `permission`) and the
locks of approved province-periods (rule `locked`), and an accepted file becomes a draft for
review (`"state": "draft"` in --json); without it the command acts as an administrator loading
approved data, as it always did, and the audit log says so.

Each file is examined in a worker process with memory and time limits (etl.sandbox);
`--wait SECONDS` retries while another upload holds the warehouse.

The command line of etl.pipeline (examine, load, undo); the upload page calls the same functions."""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from etl import pipeline, sandbox, validate
from etl.pipeline import (  # noqa: F401  (this module's public names since the start)
    FileResult, LoadOutcome, WriteFailed, _audit_refusal, _problem, check_locks, check_scope, citation, ensure,
    examine, load, undo)
from etl import learned
from etl.messages import number, pick, say
from metrics import accounts, names, periods, registry, store
from metrics.store import WarehouseBusy


# --- command line ----------------------------------------------------------------------------

class _Parser(argparse.ArgumentParser):
    def error(self, message):  # usage errors exit 2 (argparse's own convention, kept explicit)
        self.print_usage(sys.stderr)
        print(f"{self.prog}: lỗi: {message}", file=sys.stderr)
        sys.exit(2)


def _summary(result: FileResult, outcome: LoadOutcome | None, lang: str) -> str:
    lines = []
    if result.accepted:
        head = say("accepted", lang, file=result.file, facts=len(result.facts), ignored=len(result.ignored))
        if outcome and outcome.status == "loaded" and outcome.state == "draft":
            head += say("saved_draft", lang)
        elif outcome and outcome.status == "loaded":
            head += say("loaded", lang, replaced=outcome.replaced)
        elif outcome and outcome.status == "unchanged":
            head += say("unchanged", lang)
        lines.append(head)
    else:
        lines.append(say("refused", lang, file=result.file, problems=len(result.problems)))
        for p in result.problems:
            where = f"{p.sheet}!{p.cell}" if p.sheet and p.cell else (p.sheet or say("whole_file", lang))
            lines.append(f"  [{p.rule}] {where}: {pick(p.message_vi, p.message_en, lang)}")
    for g in result.suggestions:
        lines.append(say("suggested", lang, sheet=g.sheet, row=g.row, label=g.label,
                         indicator=registry.indicator(g.indicator).name(lang),
                         score=pick(number(g.score, 2), f"{g.score:.2f}", lang)))
    for q in result.questions:
        lines.append(f"  ? [{q.rule}] {q.sheet}!{q.cell}: {pick(q.message_vi, q.message_en, lang)}")
    for i in result.ignored:
        where = f"{i.sheet}" + (" " + say("row", lang, row=i.row) if i.row else "")
        lines.append(f"  - {say('ignored', lang)} {where}: “{i.text}” — {pick(i.reason_vi, i.reason_en, lang)}")
    # cell text reaches the terminal here: never its escape sequences (ESC[2J clears a screen)
    return "\n".join(names.clean(line) for line in lines)


def _refused(name: str, rule: str, vi: str, en: str) -> FileResult:
    return FileResult(name, "", "rejected", validate.to_frame([]), [], [_problem(rule, vi, en)])


_files_examined = 0   # files this process has examined (_one_file): it warms from the second on


def _one_file(path: Path, args, user) -> tuple[FileResult, LoadOutcome | None]:
    """Read, examine (in a worker with limits) and, unless --dry-run, load one file. Whatever
    happens to it — it vanished, the disk is full, the warehouse is busy — it is reported as
    this file's result and the next file goes on."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _refused(path.name, "unreadable", f"{path.name}: không đọc được tệp ({exc.strerror or exc}).",
                        f"{path.name}: cannot read the file ({exc.strerror or exc})."), None
    # labels people confirmed apply here too (approved ones; with --as, also those confirmed for
    # that person's provinces); rejected ones are not suggested again
    # NOTE: a worker forked from this process reads the registry and the matcher's tables again unless
    # this process holds them: ~0.32 s a file cold against ~0.12 s warm. One file a call (a person's
    # command line) gains nothing from warming here first; a process that ingests file after file (a
    # batch, the corpus scorer calling main() again and again) warms once, from its second file on.
    global _files_examined
    if _files_examined and sandbox.forks_from_this_process():
        pipeline.warm()
    _files_examined += 1
    known = learned.learned_for(args.db, args.province.zfill(2) if args.province else None, user=user)
    result = check_scope(sandbox.examine(data, path.name, args.province, args.period, learned=known,
                                         accept_suggestions=args.accept_suggestions, answers=args.answers), user)
    if user is not None and not result.accepted and not args.dry_run:
        _audit_refusal(result, user, args.db)
    if not result.accepted or args.dry_run:
        return result, None
    deadline = time.monotonic() + max(0.0, args.wait)
    while True:
        try:
            ensure(args.db)  # only now: a refused file never creates a warehouse at a new --db path
            return result, load(result, data, args.db, user=user)
        except WarehouseBusy as exc:
            if time.monotonic() < deadline:
                time.sleep(0.2 + random.random() * 0.3)
                continue
            rule, vi, en = "busy", str(exc), "The database is busy; try again shortly (or use --wait)."
        except WriteFailed as exc:
            rule, vi, en = "write_failed", f"{result.file}: {exc.message_vi}", f"{result.file}: {exc.message_en}"
        except Exception as exc:  # noqa: BLE001 — reported as this file's result, never a traceback
            rule = "write_failed"
            vi = f"{result.file}: không ghi được vào kho dữ liệu ({type(exc).__name__}); không có gì bị thay đổi."
            en = f"{result.file}: could not write to the warehouse ({type(exc).__name__}); nothing was changed."
        result.status = "rejected"
        result.problems.append(_problem(rule, vi, en))
        result.facts = result.facts.iloc[0:0]
        return result, None


def uploader(ap: argparse.ArgumentParser, name: str | None, db) -> accounts.User | None:
    """The account `--as NAME` names, if it may upload (the command line's error otherwise);
    None without `--as`: the operator loads approved data."""
    if not name:
        return None
    user = accounts.get(name, db)
    if user is None or user.disabled:
        ap.error(f"không có tài khoản đang hoạt động tên “{name}” (python -m etl.accounts list)")
    if not user.can_upload:
        ap.error(f"tài khoản “{user.name}” ({user.role}) không có quyền tải lên")
    return user


def main(argv: list[str] | None = None) -> int:
    ap = _Parser(prog="python -m etl.ingest", description="Nạp báo cáo của Sở KH&CN (Excel .xlsx/.xls, .ods, .csv) vào kho dữ liệu.")
    ap.add_argument("files", nargs="+", metavar="FILE")
    ap.add_argument("--db", help=f"kho dữ liệu (mặc định ${store.DB_ENV} hoặc {store.DEFAULT_DB})")
    ap.add_argument("--province", help="mã tỉnh (thống kê, 2 chữ số) khi tệp không ghi tỉnh")
    ap.add_argument("--period", help="kỳ báo cáo (2023, 2023-S1, 2020/2023…) khi tệp không ghi kỳ")
    ap.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi")
    ap.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    ap.add_argument("--lang", choices=["vi", "en"], default="vi")
    ap.add_argument("--as", dest="as_user", metavar="NAME",
                    help="nạp với quyền của tài khoản này: chỉ các tỉnh của người đó, thành bản nháp chờ duyệt")
    ap.add_argument("--wait", type=float, default=0, metavar="GIÂY",
                    help="khi kho dữ liệu đang bận, thử lại trong tối đa chừng ấy giây")
    ap.add_argument("--accept-suggestions", action="store_true",
                    help="lấy cả các dòng chỉ được gợi ý chỉ tiêu (mặc định: chỉ liệt kê, không lấy)")
    ap.add_argument("--answer", action="append", default=[], metavar="TRANG!Ô=GIÁ_TRỊ",
                    help="trả lời một câu hỏi về ô (\"questions\" trong --json), vd. \"Số liệu!D5=85\": "
                         "ô D5 là 85 %%; lặp lại cho mỗi ô")
    args = ap.parse_args(argv)
    args.answers = {}
    for text in args.answer:
        where, _, value = text.rpartition("=")
        try:
            args.answers[where.strip()] = float(value.strip().rstrip("%").strip().replace(",", "."))
        except ValueError:
            where = ""
        if "!" not in where:
            ap.error(f"--answer cần dạng TRANG!Ô=GIÁ_TRỊ (vd. \"Số liệu!D5=85\"), không phải “{text}”")
    missing = [f for f in args.files if not Path(f).is_file()]
    if missing:
        ap.error(say("file_not_found", args.lang) + ", ".join(missing))
    if args.period:
        try:
            periods.parse(args.period)
        except periods.PeriodError as exc:
            ap.error(str(exc))
    if args.province and not any(p.code == args.province.zfill(2) for p in registry.provinces().values()):
        ap.error(f"mã tỉnh không có trong danh mục: {args.province}")
    user = uploader(ap, args.as_user, args.db)
    sandbox.prefer_fork()
    results, all_ok = [], True
    for f in args.files:
        result, outcome = _one_file(Path(f), args, user)
        all_ok &= result.accepted
        results.append((result, outcome))
    if args.json:
        print(json.dumps([{**r.to_json(args.lang), "state": o.state if o else None, "upload_id": o.upload_id if o else None}
                          for r, o in results], ensure_ascii=False, indent=1, default=str))
    else:
        for r, o in results:
            print(_summary(r, o, args.lang))
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
