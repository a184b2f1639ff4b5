"""Facts a person confirmed from a narrative document -> checked observation rows (pure).

The person may have edited the period or province of a candidate; everything is checked again
here, against the registries, before anything is written. Text is cleaned on the way in: NFC,
no control, bidirectional or zero-width characters (quotes, titles, file names)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from etl.reading import Problem
from metrics import periods, registry
from metrics.names import nfc
from metrics.schema import EXAMINED_COLUMNS

def clean(text: str | None) -> str:
    """Text as stored (the one cleaner, metrics.names.nfc): NFC, without escapes or invisible
    control/format characters, whitespace collapsed."""
    return nfc(text or "")


@dataclass
class Accepted:
    """One candidate a person ticked (with their edits)."""
    indicator: str
    province_code: str | None
    period: str | None
    measure: str
    value: float
    qualifier: str
    quote: str
    frame: str | None = None

    @classmethod
    def of(cls, c) -> "Accepted":
        return cls(c.indicator, c.province_code, c.period, c.measure, float(c.value), c.qualifier or "", c.quote, c.frame)


def frame_for(code: str, period: periods.Period) -> str | None:
    """The frame a province's figure for this period belongs to: on or after 1 July 2025 the
    34-province frame (a range that runs past it belongs to the frame in force at its end)."""
    frame = registry.frame_for(period.end if period.kind != "date" else period.start)
    return frame if (code, frame) in registry.provinces() else None


def check(facts: list[Accepted]) -> tuple[pd.DataFrame, list[Problem]]:
    """(observation rows, problems in Vietnamese and English, rule `check`). Any problem refuses
    the whole load."""
    rows, problems = [], []

    def problem(where: tuple[str, str], vi: str, en: str) -> None:
        problems.append(Problem(None, None, None, "check", f"{where[0]}: {vi}", f"{where[1]}: {en}"))

    for i, f in enumerate(facts, 1):
        quote = clean(f.quote)[:60]
        where = (f"Số liệu {i} (“{quote}…”)", f"Fact {i} (“{quote}…”)")
        ind = registry.indicators().get(f.indicator)
        if ind is None:
            problem(where, f"chỉ tiêu {f.indicator!r} không có trong danh mục.",
                    f"indicator {f.indicator!r} is not in the registry.")
            continue
        if not f.period:
            problem(where, "chưa có kỳ — hãy ghi kỳ (ví dụ 2023, 2023-S1, 2023-12-31).",
                    "no period — state one (e.g. 2023, 2023-S1, 2023-12-31).")
            continue
        try:
            p = periods.parse(f.period)
        except periods.PeriodError as exc:
            problem(where, f"kỳ không hợp lệ: {exc}", f"invalid period: {exc}")
            continue
        if ind.is_stock and p.kind != "date":
            p = periods.stock_date(p)
        if not ind.is_stock and p.kind == "date":
            problem(where, f"{ind.name_vi} là số trong kỳ, không phải số tính đến một ngày ({p.notation}).",
                    f"{ind.name_en} is a figure for a period, not as of a date ({p.notation}).")
            continue
        code = str(f.province_code or "").zfill(2) if f.province_code else None
        if not code:
            problem(where, "chưa có tỉnh — hãy chọn tỉnh.", "no province — choose one.")
            continue
        frame = frame_for(code, p)
        if frame is None:
            problem(where, f"tỉnh mã {code} không tồn tại trong kỳ {periods.label(p)} "
                           "(sau 1/7/2025 hãy ghi theo tỉnh mới).",
                    f"no province with code {code} in {periods.label(p, 'en')} "
                    "(from 1 July 2025 use the new provinces).")
            continue
        if f.measure not in ("actual", "plan"):
            problem(where, "loại số liệu phải là thực hiện hoặc kế hoạch.", "the measure must be actual or plan.")
            continue
        if not ind.min <= f.value <= ind.max:
            problem(where, f"{ind.name_vi} = {f.value:g} ngoài khoảng hợp lệ [{ind.min:g}, {ind.max:g}].",
                    f"{ind.name_en} = {f.value:g} outside the valid range [{ind.min:g}, {ind.max:g}].")
            continue
        rows.append({
            "province_code": code, "frame": frame, "indicator": ind.code, "period": p.notation,
            "period_start": p.start, "period_end": p.end, "period_kind": p.kind, "measure": f.measure,
            "value": float(f.value), "unit": ind.unit_vi, "qualifier": clean(f.qualifier), "status": "reported",
            "sheet": None, "cell": None, "quote": clean(f.quote), "note": None,
        })
    df = pd.DataFrame(rows, columns=list(EXAMINED_COLUMNS))
    key = ["province_code", "frame", "indicator", "period", "measure"]
    dup = df[df.duplicated(key, keep=False)]
    for _, g in dup.groupby(key):
        if g["value"].nunique() > 1:
            fact, values = f"({g.iloc[0]['indicator']}, {g.iloc[0]['period']})", ", ".join(f"{v:g}" for v in g["value"])
            problems.append(Problem(None, None, None, "check", f"Hai giá trị khác nhau cho cùng một số liệu {fact}: {values}.",
                                    f"Two different values for one fact {fact}: {values}."))
    df = df.drop_duplicates(key)
    return df, problems


def document_meta(title: str, file_name: str, url: str, published: date | None) -> dict:
    return {"title": clean(title) or clean(file_name), "file_name": clean(file_name), "url": clean(url),
            "published": published.isoformat() if published else None}
