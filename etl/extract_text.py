"""`python -m etl.extract_text FILE... [--province CODE] [--published DATE] [--json]`

Proposes the facts that narrative documents (.txt, .docx, .pdf with a text layer, saved .html)
state, each with the clause that states it. It never writes: loading is `python -m etl.ingest_text`
or the page "Số liệu từ văn bản", after a person has ticked the right ones.

With --json: one JSON list of the candidates that have a period (file, province_code, frame,
province_name, indicator, period, measure, value, unit, qualifier, quote, confidence). Candidates
without a period are reported on standard error: the reviewer supplies it.
Exit status: 0 read (even with nothing proposed), 1 a file could not be read, 2 usage error."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from etl import prose, textdoc
from metrics import periods, registry


def read_and_extract(path_or_name: str, data: bytes, province: str | None = None,
                     published: date | None = None) -> prose.Extraction:
    doc = textdoc.read(data, Path(path_or_name).name)
    return prose.extract(doc, province=province, published=published)


def numbered(ex: prose.Extraction) -> list[prose.Candidate]:
    """The order `ingest_text --accept N` counts in: candidates with a period, then the others."""
    return ex.candidates + ex.undated


def _line(i: int, c: prose.Candidate) -> str:
    ind = registry.indicator(c.indicator)
    per = periods.label(c.period) if c.period else "KHÔNG RÕ KỲ"
    value = f"{c.qualifier + ' ' if c.qualifier else ''}{c.value:g}"
    plan = " (kế hoạch)" if c.measure == "plan" else ""
    prov = c.province_name or "KHÔNG RÕ TỈNH"
    return (f"[{i}] {prov} · {ind.name_vi}{plan} · {per} · {value} {ind.unit_vi} · tin cậy {c.confidence:.2f}\n"
            f"     “{c.quote}”")


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        self.print_usage(sys.stderr)
        print(f"{self.prog}: lỗi: {message}", file=sys.stderr)
        sys.exit(2)


def parse_common(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--province", help="mã tỉnh (2 chữ số) khi văn bản không ghi tỉnh")
    ap.add_argument("--published", help="ngày đăng (YYYY-MM-DD) khi văn bản không có dòng ngày đăng")


def check_common(ap, args) -> tuple[str | None, date | None]:
    published = None
    if args.published:
        try:
            published = date.fromisoformat(args.published)
        except ValueError:
            ap.error(f"ngày đăng không hợp lệ (cần YYYY-MM-DD): {args.published}")
    province = args.province.zfill(2) if args.province else None
    if province and not any(p.code == province for p in registry.provinces().values()):
        ap.error(f"mã tỉnh không có trong danh mục: {args.province}")
    return province, published


def main(argv: list[str] | None = None) -> int:
    ap = _Parser(prog="python -m etl.extract_text", description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", metavar="FILE")
    parse_common(ap)
    ap.add_argument("--json", action="store_true", help="in danh sách đề xuất dạng JSON")
    args = ap.parse_args(argv)
    province, published = check_common(ap, args)
    out, status = [], 0
    for f in args.files:
        try:
            data = Path(f).read_bytes()
            ex = read_and_extract(f, data, province, published)
        except (OSError, textdoc.Unreadable) as exc:
            print(f"{f}: {exc}", file=sys.stderr)
            status = 1
            continue
        for c in ex.candidates:
            c.file = f
        for c in ex.undated:
            c.file = f
        if args.json:
            out.extend(c.to_json() for c in ex.candidates)
        else:
            print(f"== {f}: {len(ex.candidates)} số liệu đề xuất" + (f" — “{ex.title}”" if ex.title else "")
                  + (f", đăng ngày {ex.published:%d/%m/%Y}" if ex.published else ""))
            for i, c in enumerate(ex.candidates, 1):
                print(_line(i, c))
        if ex.undated:
            print(f"{f}: {len(ex.undated)} số liệu chưa rõ kỳ (người duyệt cần ghi kỳ):", file=sys.stderr)
            for i, c in enumerate(ex.undated, len(ex.candidates) + 1):
                print(_line(i, c), file=sys.stderr)
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
    return status


if __name__ == "__main__":
    sys.exit(main())
