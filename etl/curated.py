"""Curated figures (data/sources.csv + data/facts.csv) -> checked source and observation tables.

Pure steps: read_* do the I/O, normalize_* and check_* take DataFrames and return them."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

from metrics import periods, registry
from metrics.names import nfc
from metrics.schema import FACT_KEY, OBSERVATION_COLUMNS, SOURCE_RANK
from metrics.store import DATA_DIR

SOURCES_FILE = DATA_DIR / "sources.csv"
FACTS_FILE = DATA_DIR / "facts.csv"


class CurationError(ValueError):
    """data/sources.csv or data/facts.csv breaks a rule; the message lists every offending row.
    (Raised, not asserted: `python -O` strips asserts.)"""


def read_sources(path: Path = SOURCES_FILE) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def read_facts(path: Path = FACTS_FILE) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def _published_on(text: str) -> date | None:
    """'2022-03-02' -> that day; '2023-06' or '2023' -> its first day (for ordering only)."""
    if not text:
        return None
    p = periods.parse(text)
    return p.start


def normalize_sources(raw: pd.DataFrame) -> pd.DataFrame:
    df = raw.map(nfc)
    bad = df[~df["kind"].isin(["narrative", "press"])]
    if not bad.empty:
        raise CurationError(f"sources.csv: kind must be narrative or press: {bad[['source_id', 'kind']].to_dict('records')}")
    dup = df[df["source_id"].duplicated()]
    if not dup.empty:
        raise CurationError(f"sources.csv: repeated source_id {dup['source_id'].tolist()}")
    df["rank"] = df["kind"].map(SOURCE_RANK)
    df["published_on"] = df["published"].map(_published_on)
    df["machine_translated"] = df["machine_translated"].str.lower().eq("true")
    return df


def normalize_facts(raw: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Typed observations with period bounds and unit; checks every row against the registries (CurationError lists every problem)."""
    df = raw.map(nfc)
    problems = []
    rows = []
    known_sources = dict(zip(sources["source_id"], sources["published_on"]))
    for i, r in df.iterrows():
        where = f"data/facts.csv dòng {i + 2}"
        ind = registry.indicators().get(r["indicator"])
        if ind is None:
            problems.append(f"{where}: chỉ tiêu {r['indicator']!r} không có trong danh mục")
            continue
        try:
            p = periods.parse(r["period"])
        except periods.PeriodError as exc:
            problems.append(f"{where}: {exc}")
            continue
        # A stock is at a date. Only a value whose source gives no date ("to date" in an undated
        # article) may carry the span its date must lie in, and it is then uncertain: never drawn.
        undated_stock = ind.is_stock and p.kind != "date" and r["status"] == "uncertain"
        if ind.is_stock != (p.kind == "date") and not undated_stock:
            problems.append(f"{where}: {ind.code} là chỉ tiêu {ind.temporal}, kỳ {p.notation!r} không phù hợp")
        prov = registry.provinces().get((r["province_code"], r["frame"]))
        if prov is None:
            problems.append(f"{where}: không có tỉnh mã {r['province_code']} trong khung {r['frame']}")
        elif (prov.valid_to and p.end > prov.valid_to and r["measure"] != "plan") or p.end < prov.valid_from:
            # the README's province_frame rule: a value belongs to the frame its period ends in. A plan
            # made before the merger for the old territory (Lâm Đồng 2021–2025) stays in its frame.
            problems.append(f"{where}: {prov.name_vi} (khung {prov.frame}) không còn hoặc chưa có vào kỳ {p.notation!r}")
        if r["source_id"] not in known_sources:
            problems.append(f"{where}: nguồn {r['source_id']!r} không có trong sources.csv")
        value = float(r["value"])
        if not ind.min <= value <= ind.max:
            problems.append(f"{where}: {ind.code} = {value} ngoài khoảng [{ind.min}, {ind.max}]")
        if r["measure"] not in ("actual", "plan") or r["status"] not in ("reported", "estimated", "uncertain"):
            problems.append(f"{where}: measure/status không hợp lệ: {r['measure']!r}/{r['status']!r}")
        rows.append({
            "province_code": r["province_code"], "frame": r["frame"], "indicator": ind.code,
            "period": p.notation, "period_start": p.start, "period_end": p.end, "period_kind": p.kind,
            "measure": r["measure"], "value": value, "unit": ind.unit_vi, "qualifier": r["qualifier"],
            "status": r["status"], "source_id": r["source_id"], "sheet": None, "cell": None,
            "quote": r["quote"] or None, "note": r["note"] or None,
            "published_on": known_sources.get(r["source_id"]),
        })
    if problems:
        raise CurationError("Dữ liệu tuyển chọn có lỗi:\n" + "\n".join(problems))
    out = pd.DataFrame(rows, columns=list(OBSERVATION_COLUMNS))
    key = [*FACT_KEY, "source_id"]
    dup = out[out.duplicated(key, keep=False)]
    if not dup.empty:
        raise CurationError(f"data/facts.csv: một nguồn ghi hai lần cùng một số liệu: {dup[key].to_dict('records')}")
    return out
