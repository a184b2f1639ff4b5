"""`python -m etl.ingest_text FILE --accept N [N...] [--period N=P] [--province N=CODE]
[--province CODE] [--published DATE] [--url URL] [--db PATH] [--json] [--as NAME]`

Loads the facts a person confirmed from one narrative document: N are the numbers
`python -m etl.extract_text FILE` lists (candidates with a period first, then those without);
`--period 3=2023-S1` / `--province 3=14` edit candidate 3 before it is loaded. Every loaded fact
carries the document (title, URL or file name, publication date) and its quote as the source, with
the rank of a narrative document. Nothing is written unless every accepted fact passes the checks.
Without `--as` the facts load as approved data (the operator's command line); with `--as NAME` they
are checked against that account's provinces (rule `permission`) and the approval locks (rule
`locked`) and saved as that person's draft, to submit for review like an uploaded report.
Exit status: 0 loaded (or already loaded), 1 refused or unreadable, 2 usage error."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from etl import extract_text, ingest, pipeline, text_facts, textdoc, warehouse


def main(argv: list[str] | None = None) -> int:
    ap = extract_text._Parser(prog="python -m etl.ingest_text", description=__doc__.splitlines()[0])
    ap.add_argument("file", metavar="FILE")
    ap.add_argument("--accept", nargs="+", required=True, metavar="N",
                    help="số thứ tự các đề xuất được chấp nhận (như extract_text liệt kê), hoặc 'all'")
    extract_text.parse_common(ap)
    ap.add_argument("--period", action="append", default=[], metavar="N=KỲ", help="sửa kỳ của đề xuất N")
    ap.add_argument("--set-province", action="append", default=[], metavar="N=MÃ", help="sửa tỉnh của đề xuất N")
    ap.add_argument("--url", default="", help="địa chỉ trang của văn bản (nếu có)")
    ap.add_argument("--title", default="", help="tiêu đề văn bản (mặc định: tiêu đề đọc được)")
    ap.add_argument("--db", help="kho dữ liệu (mặc định $ST_DASHBOARD_DB)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--as", dest="as_user", metavar="NAME",
                    help="nạp với quyền của tài khoản này: chỉ các tỉnh của người đó, thành bản nháp chờ duyệt")
    args = ap.parse_args(argv)
    province, published = extract_text.check_common(ap, args)
    path = Path(args.file)
    if not path.is_file():
        ap.error(f"không có tệp: {args.file}")
    data = path.read_bytes()
    try:
        doc = textdoc.read(data, path.name)
    except textdoc.Unreadable as exc:
        print(exc, file=sys.stderr)
        return 1
    from etl import prose

    ex = prose.extract(doc, province=province, published=published)
    listed = extract_text.numbered(ex)
    if args.accept == ["all"]:
        chosen = list(range(1, len(ex.candidates) + 1))
    else:
        try:
            chosen = sorted({int(x) for a in args.accept for x in a.split(",") if x})
        except ValueError:
            ap.error("--accept cần các số thứ tự, ví dụ --accept 1 3 4")
    bad = [n for n in chosen if not 1 <= n <= len(listed)]
    if bad:
        ap.error(f"không có đề xuất số {', '.join(map(str, bad))} (có {len(listed)} đề xuất)")
    edits: dict[int, dict] = {}
    for spec, field in [(s, "period") for s in args.period] + [(s, "province_code") for s in args.set_province]:
        n, _, v = spec.partition("=")
        if not n.isdigit() or not v:
            ap.error(f"cần dạng N=giá trị: {spec}")
        edits.setdefault(int(n), {})[field] = v
    accepted = []
    for n in chosen:
        a = text_facts.Accepted.of(listed[n - 1])
        for k, v in edits.get(n, {}).items():
            setattr(a, k, v)
        accepted.append(a)
    meta = text_facts.document_meta(args.title or ex.title, path.name, args.url or doc.url, ex.published or published)
    pipeline.ensure(args.db)
    user = ingest.uploader(ap, args.as_user, args.db)
    try:
        outcome, problems = pipeline.load_text(data, meta, accepted, args.db, user=user)
    except warehouse.WarehouseBusy as exc:
        print(exc, file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"file": args.file, "status": outcome.status, "upload_id": outcome.upload_id,
                          "facts": outcome.facts, "replaced": outcome.replaced, "state": outcome.state,
                          "problems": [_line(p) for p in problems]},
                         ensure_ascii=False, indent=1))
    elif outcome.status == "loaded" and outcome.state == "draft":
        print(f"{args.file}: đã lưu bản nháp {outcome.facts} số liệu của {user.name}, mã nạp {outcome.upload_id} "
              "(chưa công bố: gửi duyệt trên trang Tải lên báo cáo)")
    elif outcome.status == "loaded":
        print(f"{args.file}: đã nạp {outcome.facts} số liệu (thay {outcome.replaced} giá trị cũ), mã nạp {outcome.upload_id}")
    elif outcome.status == "unchanged":
        print(f"{args.file}: các số liệu này đã được nạp trước đó, không thay đổi gì")
    else:
        print(f"{args.file}: BỊ TỪ CHỐI, không ghi gì:", file=sys.stderr)
        for p in problems:
            print(f"  - {_line(p)}", file=sys.stderr)
    return 0 if outcome.status in ("loaded", "unchanged") else 1


def _line(problem) -> str:
    """A refusal as one line of the command's output (Vietnamese, like the rest of it)."""
    return problem.message_vi if problem.rule == "check" else f"{problem.message_vi} (quy tắc {problem.rule})"


if __name__ == "__main__":
    sys.exit(main())
