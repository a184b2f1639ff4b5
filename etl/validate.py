"""Candidates read from a workbook -> facts, plus every problem found (all at once, lazily, in the
spirit of pandera): frame and province resolution, units, stock dates, valid range, part ≤ whole,
one value per fact, and sums derived from parts. Pure functions of data."""
from __future__ import annotations

from functools import lru_cache

import re
from datetime import date, timedelta
from itertools import compress, repeat
from operator import and_, itemgetter, ne
import numpy as np
import pandas as pd
import pyarrow as pa

from etl.published_index import not_the_published_index, unpublished_index_reason
from etl.reading import Candidate, Hints, Ignored, Problem
from metrics import periods, registry
from etl.messages import number
from metrics.schema import EXAMINED_COLUMNS, FACT_KEY

_COLUMNS = tuple(EXAMINED_COLUMNS)


class Facts:
    """The facts read from a file, column by column (EXAMINED_COLUMNS), from the rows resolve()
    places to the frame the upload preview shows.

    NOTE: a tidy sheet gives 100,000 facts: one dict per fact cost a third of the ingest (built,
    read key by key by each check, then transposed into columns). The checks read the columns
    they need; a fact becomes a dict only when a message names it. Iterating gives dicts (the
    tests' and messages' view)."""
    __slots__ = ("cols", "_keys", "grid")

    def __init__(self, cols: dict[str, list]):
        self.cols = cols
        self._keys = None
        self.grid = None   # _Grid, built once for derive_sums() and check_parts()

    @classmethod
    def from_rows(cls, rows: list[tuple]) -> "Facts":
        """Rows as tuples in EXAMINED_COLUMNS order (transposed at C speed)."""
        columns = list(map(list, zip(*rows))) if rows else [[] for _ in _COLUMNS]
        return cls(dict(zip(_COLUMNS, columns)))

    @classmethod
    def of(cls, facts) -> "Facts":
        """Facts as they are, or from a list of fact dicts."""
        if isinstance(facts, Facts):
            return facts
        return cls.from_rows([tuple(f[k] for k in _COLUMNS) for f in facts])

    def __len__(self) -> int:
        return len(self.cols["value"])

    def row(self, i: int) -> dict:
        return {k: col[i] for k, col in self.cols.items()}

    def __iter__(self):
        return (self.row(i) for i in range(len(self)))

    def keys(self) -> list[tuple]:
        """Each fact's key (FACT_KEY), computed once."""
        if self._keys is None:
            self._keys = list(zip(*(self.cols[k] for k in FACT_KEY)))
        return self._keys

    def take(self, index: list[int]) -> "Facts":
        if not index:
            return Facts({k: [] for k in self.cols})
        return Facts({k: _gather(col, index) for k, col in self.cols.items()})

    def without(self, drop: set[int]) -> "Facts":
        """These facts but the rows `drop` (a few among many: each column copied in slices between them)."""
        cuts = sorted(drop)
        spans = list(zip([0, *(i + 1 for i in cuts)], [*cuts, len(self)]))
        out = {}
        for k, col in self.cols.items():
            kept = []
            for a, b in spans:
                kept += col[a:b]
            out[k] = kept
        return Facts(out)

    def plus(self, rows: list[dict]) -> "Facts":
        """These facts followed by more, given as dicts."""
        if not rows:
            return self
        return Facts({k: col + [r[k] for r in rows] for k, col in self.cols.items()})


# what a unit text says is measured, beside money: a percentage, a score, a rank (match keys)
_PERCENT = re.compile(r"(^| )phan tram( |$)")
_SCORE = re.compile(r"^diem( so)?$")
_RANK = re.compile(r"^(hang|thu hang|xep hang|xep thu|vi tri)( \d+)?$")
_KIND_WORDS = {"money": ("một số tiền", "a sum of money"), "percent": ("phần trăm", "a percentage"),
               "score": ("điểm số", "a score"), "rank": ("một thứ hạng", "a rank"), "count": ("một số đếm", "a count"),
               "per_population": ("một số liệu tính trên số dân", "a figure per number of people"),
               "per_mille": ("một tỷ lệ phần nghìn (‰)", "a rate per thousand (‰)"),
               "times": ("một số lần, số lượt", "a count of times"),
               "scaled": ("một số tính theo nghìn, trăm, chục…", "a figure in thousands, hundreds, tens…"),
               "activity": ("một số lớp, hội thảo, cuộc (hoạt động, không phải đối tượng chỉ tiêu đếm)",
                            "a count of classes, workshops or meetings (activities, not what the indicator counts)")}
# the unit classes each kind of indicator can be written in
_KIND_CLASS = {"money": "money", "rate": "percent", "index": "score", "rank": "rank", "count": "count"}


@lru_cache(maxsize=None)
def _count_unit_keys() -> frozenset:
    from metrics.names import match_key

    from etl.labels import declared_words

    # NOTE: a count's unit on a rate's, score's or rank's row says the figure counts things: the
    # registry's count units and the other count units declared beside it, compared as match keys
    units = {ind.unit_vi for ind in registry.indicators().values() if ind.kind == "count"}
    return frozenset(match_key(u) for u in (*units, *declared_words("count_units"))) - {""}


@lru_cache(maxsize=1)
def _money_keys() -> frozenset:
    from metrics.names import match_key

    from etl.labels import declared_words

    # NOTE: the words that make a unit money, with the short forms offices type ("Tr.đ", "trđ"), are
    # data beside the registry ([money_words] in metrics/abbreviations.toml), compared as match keys
    return frozenset(match_key(w) for w in declared_words("money_words")) - {""}


@lru_cache(maxsize=1)
def _per_population_keys() -> tuple[str, ...]:
    from metrics.names import match_key

    from etl.labels import declared_words

    # NOTE: "người/vạn dân" in a row's unit column: a ratio to the population, never the count the
    # label names (batch 19: 9,8 researchers per 10,000 people stored as 9,8 researchers); the words
    # are the labels' ([per_population_words] in metrics/abbreviations.toml)
    return tuple(k for k in (match_key(w) for w in declared_words("per_population_words")) if k)


@lru_cache(maxsize=1)
def _leading_unit_words() -> dict[str, str]:
    """The first words of a unit that make its figure a count of times or a scaled figure, as match
    keys ([times_units], [count_scale_words] in metrics/abbreviations.toml) -> the unit class."""
    from metrics.names import match_key

    from etl.labels import declared_words

    words = {match_key(w): "scaled" for w in declared_words("count_scale_words")}
    words.update({match_key(w): "times" for w in declared_words("times_units")})
    return {k: v for k, v in words.items() if k}


def is_times_or_scaled_text(text: str) -> bool:
    """Whether a unit noted in a label's or a header's brackets, or stated on a line of its own
    ("(lượt)", "(nghìn người)", "ĐVT: lượt doanh nghiệp"), counts times or scales its figures: the
    word alone, or before a count's unit — not "lần đầu" (the first time)."""
    from metrics.names import match_key

    first, _, rest = match_key(text or "").partition(" ")
    return first in _leading_unit_words() and (not rest or rest in _count_unit_keys())


def _is_per_population(unit_key: str) -> bool:
    padded = f" {unit_key} "
    return any(f" {k} " in padded for k in _per_population_keys())


@lru_cache(maxsize=1)
def _not_money_pattern() -> re.Pattern:
    from metrics.names import match_key

    from etl.labels import declared_words

    keys = sorted({match_key(w) for w in declared_words("not_money_words")} - {""}, key=len, reverse=True)
    return re.compile(r"(?:^| )(?:" + "|".join(map(re.escape, keys)) + r")(?= |$)")


def _is_money(unit_key: str) -> bool:
    # "hợp đồng", "hội đồng" (metrics/abbreviations.toml not_money_words): their "đồng" is no money
    return not _money_keys().isdisjoint(_not_money_pattern().sub(" ", unit_key).split())


def is_money_text(unit_text: str) -> bool:
    """Whether a unit as written ("Tr.đ", "nghìn đồng", "USD") is a sum of money."""
    from metrics.names import match_key

    return _is_money(match_key(unit_text))


@lru_cache(maxsize=1)
def _per_mille_pattern() -> re.Pattern:
    """The spellings of per mille (metrics/header_words.toml [per_mille_units]) as whole words of a
    folded text."""
    from metrics.names import match_key

    keys = sorted({match_key(w) for w in registry.declared_header_words("per_mille_units")} - {""}, key=len, reverse=True)
    return re.compile(r"(^| )(" + "|".join(map(re.escape, keys)) + r")( |$)")


@lru_cache(maxsize=4096)   # a tidy sheet asks it of the same few headers and units on every row
def is_per_mille_text(text: str) -> bool:
    """Whether a unit, a header or a unit line says its figures are per mille ("‰", "%o", "o/oo")."""
    from metrics.names import match_key

    return bool(text) and bool(_per_mille_pattern().search(match_key(text)))


def is_percent_text(text: str) -> bool:
    """Whether a unit stated on a line of its own says its figures are percentages ("Đơn vị tính: %", "ĐVT: Phần
    trăm", "Đơn vị: tỷ lệ %"), never per mille (is_per_mille_text)."""
    from metrics.names import match_key

    return bool(text) and not is_per_mille_text(text) and _unit_class(match_key(text)) == "percent"


def _unit_class(unit_key: str) -> str | None:
    """What a unit text says the figure is — money, percent, score, rank, a known count — or None
    (unknown: read as a spelling of the indicator's own unit); a figure per number of people first
    ("triệu đồng/người" is no sum of money)."""
    if _is_per_population(unit_key):
        return "per_population"
    if _is_money(unit_key):
        return "money"
    first = unit_key.split(" ", 1)[0]
    if first in _leading_unit_words():
        # NOTE: "lượt nhiệm vụ", "lần", "nghìn người" (probe33): a count of times, a scaled count —
        # on a count's row as on a rate's ("Tỷ trọng kinh tế số | lần | 1,2" is a multiple)
        return _leading_unit_words()[first]
    if _per_mille_pattern().search(unit_key):
        # NOTE: "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến | ‰ | 850": per mille on a rate stored in
        # % — read as %, 850 refused the honest file (out of range) and 85 ‰ was stored as 85 %
        # (mend20); the cell is set aside (rule unit), never converted on a guess of the office's intent.
        # Before the percentage: "%o" folds to "phan tram o" (review21a)
        return "per_mille"
    if _PERCENT.search(unit_key):
        return "percent"
    if _SCORE.match(unit_key):
        return "score"
    if _RANK.match(unit_key):
        return "rank"
    if unit_key in _activity_unit_keys():
        # NOTE: "Lớp tập huấn về sở hữu trí tuệ | lớp | 4" (batch 47): classes, workshops, meetings
        # are occasions no indicator counts — never read as the row's indicator's own unit
        return "activity"
    return "count" if unit_key in _count_unit_keys() else None


@lru_cache(maxsize=1)
def _activity_unit_keys() -> frozenset:
    from metrics.names import match_key

    from etl.labels import declared_words

    return frozenset(match_key(w) for w in declared_words("activity_units")) - {""}


def _unit_factor(ind: registry.Indicator, unit_text: str) -> tuple[float | None, str | None]:
    """(factor, what the unit says the figure is): 1 for the stored unit or an unknown spelling
    of it; the factor for a declared other unit; None for a unit that says the figure is another
    kind of measure: a sum of money whose scale is not declared (funding on a count's row,
    "nghìn đồng", "USD"), a percentage on a count's row, a count on a rate's, a score on a rank's —
    never stored as if it were the indicator's."""
    if not unit_text:
        return 1.0, None
    from metrics.names import match_key

    key = match_key(unit_text)
    for alias, factor in ind.unit_aliases.items():
        if match_key(alias) == key:
            return factor, None
    if key == match_key(ind.unit_vi) or key == match_key(ind.unit_en):
        return 1.0, None
    # NOTE: an unknown spelling of a count's unit ("NV", "đề tài/dự án") is the unit itself; a
    # unit of another kind of measure is a figure of another kind: a wrong number if taken.
    said = _unit_class(key)
    if said is None:
        return 1.0, None
    return (None if said == "money" or said != _KIND_CLASS.get(ind.kind, said) else 1.0), said


def resolve(candidates: list[Candidate], hints: Hints) -> tuple[Facts, list[Problem], list[Ignored]]:
    """Give each candidate its province (in the frame its period falls in), period and unit.
    Returns facts, problems, and values set aside with a reason."""
    problems, ignored = [], []
    missing_period, missing_province = [], []
    # NOTE: a tidy sheet's 100,000 values share a few hundred periods, provinces and units:
    # place each once (memos keyed on the identity of the period and province list, which the
    # reader shares between rows and which live as long as the candidates do). Anything unusual
    # (no period, no province, another frame, a percent) takes the full path, which reports it.
    # (id(period), indicator, unit text, percent) -> what the period and indicator decide, or False
    # (the full path); (id(province list), frame) -> the province in that frame
    decided: dict[tuple, tuple | bool] = {}
    homes: dict[tuple, registry.Province] = {}
    inds = registry.indicators()
    # per candidate: what its period and indicator decide (shared between many) and its province
    shared, codes = [], []
    add_shared, add_code, get, get_home = shared.append, codes.append, decided.get, homes.get
    among_34 = _ranks_among_34()
    published = _published_indices()
    for c in candidates:
        if c.indicator in among_34 and c.period is not None and registry.frame_for(c.period.end) == "34":
            # NOTE: "Xếp hạng PII" in a report on 2025 is a rank among the 34 provinces (PII 2025
            # was the first so ranked): never a rank among 63 for 2025 (as etl.prose reads it)
            c.indicator = among_34[c.indicator]
        if c.indicator in published and not_the_published_index(c.indicator, c.status, c.label):
            # see metrics/header_words.toml unpublished_index_words: the PII is the Ministry's to publish — an
            # estimate ("Ước thực hiện năm 2025", "… (ước tính)", "(sơ bộ)") or an expected score is not it
            # (an estimated count is the period's figure, shown as estimated: an index has no such figure)
            _set_aside(ignored, c, None, *unpublished_index_reason(c.cell, inds[c.indicator]))
            add_shared(None)
            add_code(None)
            continue
        if c.value % 1 and not c.percent and inds[c.indicator].kind in ("count", "rank") \
                and _unit_factor(inds[c.indicator], c.unit_text)[0] is not None:
            # NOTE: probe38: "Sản phẩm OCOP được công nhận | 12,5" (or 12.5 in a CSV, typed in a
            # cell) was stored as 12,5 products: a count or a rank is a whole number, and a figure
            # with a fraction on its row is another measure (an average, a share) or a slip of the
            # separator — which, the sheet cannot say. Set aside, the rest of the file read (a unit of
            # another kind keeps its own reason, _place)
            ind, shown = inds[c.indicator], f"{c.value:g}".replace(".", ",")
            _set_aside(
                ignored, c, shown,
                f"Trang “{c.sheet}”, ô {c.cell}: {shown} không phải số nguyên, nhưng chỉ tiêu "
                f"“{ind.name_vi}” đếm bằng {ind.unit_vi} (số nguyên); không lấy ô này (quy tắc unit). "
                f"Các ô khác của tệp vẫn được đọc.",
                f"Sheet “{c.sheet}”, cell {c.cell}: {c.value:g} is no whole number, but “{ind.name_en}” "
                f"counts {ind.unit_en} (whole numbers); this cell is not taken (rule unit). The rest of the file is read.",
                rule="unit")
            add_shared(None)
            add_code(None)
            continue
        k = (id(c.period), c.indicator, c.unit_text, c.percent)
        d = get(k)
        if d is None:
            d = decided[k] = _decide(c, inds[c.indicator]) or False
        home = None
        if d:
            hk = (id(c.provinces), d[8], d[2], c.province_text)
            home = get_home(hk)
            if home is None:
                home = next((p for p in c.provinces if p.frame == d[8]), None)
                if home is not None and len({p.code for p in c.provinces if p.frame == d[8]}) > 1:
                    home = None   # several provinces of the frame: their figure together (_place sets it aside)
                elif home is not None and not registry.named_as_its_later_kind(home, c.province_text, d[2]):
                    homes[hk] = home
                else:
                    home = None
        if home is not None:
            add_shared(d)
            add_code(home.code)
            continue
        where = _place(c, hints, problems, ignored, missing_period, missing_province)
        if where is None:
            add_shared(None)
            add_code(None)
        else:
            code, frame, ind_code, notation, start, end, kind, unit, note, factor = where
            add_shared((ind_code, notation, start, end, kind, unit, note, factor, frame))
            add_code(code)
    if missing_period:
        problems.append(_unplaced("no_period", missing_period, "kỳ báo cáo", "reporting period",
                                  "hãy ghi kỳ trong tiêu đề, tên cột hoặc chọn kỳ khi tải lên",
                                  "state it in the title or a column header, or choose one when uploading"))
    if missing_province:
        problems.append(_unplaced("no_province", missing_province, "tỉnh", "province",
                                  "hãy ghi tỉnh trong tiêu đề hoặc chọn tỉnh khi tải lên",
                                  "state it in the title or choose one when uploading"))
    if None in codes:
        keep = [i for i, code in enumerate(codes) if code is not None]
        candidates, shared, codes = [candidates[i] for i in keep], [shared[i] for i in keep], [codes[i] for i in keep]
    return _columns(candidates, shared, codes), problems, ignored


@lru_cache(maxsize=1)
def _published_indices() -> frozenset[str]:
    """The indicators the Ministry computes and publishes (indicators.toml published_index: the PII family)."""
    return frozenset(code for code, ind in registry.indicators().items() if ind.published_index)


@lru_cache(maxsize=1)
def _ranks_among_34() -> dict[str, str]:
    """A rank among 63 provinces -> the same rank among 34 (the registry's "<code>_34")."""
    inds = registry.indicators()
    return {code: f"{code}_34" for code, ind in inds.items() if ind.kind == "rank" and f"{code}_34" in inds}


def _columns(candidates: list[Candidate], shared: list[tuple], codes: list[str]) -> Facts:
    """The fact table, column by column: what placing decided (one tuple shared by many values,
    transposed at C speed) and each candidate's own attributes, each gathered in one pass."""
    if not codes:
        return Facts.from_rows([])
    indicator, period, start, end, kind, unit, note, factor, frame = map(list, zip(*shared))
    values = [c.value for c in candidates]
    if any(f != 1.0 for f in factor):
        # NOTE: 25.800.000 nghìn đồng * 0,000001 is 25,799999999999997 in binary floating point: the
        # stored figure is the reported one converted, to the 12 digits a report can hold
        values = [v if f == 1.0 else float(f"{v * f:.12g}") for v, f in zip(values, factor)]
    return Facts({
        "province_code": codes, "frame": frame, "indicator": indicator, "period": period,
        "measure": [c.measure for c in candidates], "period_start": start, "period_end": end, "period_kind": kind,
        "value": values, "unit": unit, "qualifier": [c.qualifier for c in candidates],
        "status": [c.status for c in candidates], "sheet": [c.sheet for c in candidates],
        "cell": [c.cell for c in candidates], "quote": [c.label for c in candidates], "note": note,
    })


def _decide(c: Candidate, ind: registry.Indicator) -> tuple | None:
    """What a value's period and indicator decide, shared by every value with the same period
    object, indicator, unit and percent sign (see resolve): (indicator, period notation, start,
    end, kind, unit, note, unit factor, frame); None when the value needs the full path."""
    if c.period is None or (c.percent and ind.kind != "rate"):
        return None
    if not ind.is_stock and c.period.kind == "date":
        return None
    factor, _ = _unit_factor(ind, c.unit_text)
    if factor is None:
        return None
    period = periods.stock_date(c.period) if ind.is_stock else c.period
    note = (f"Số lũy kế; báo cáo ghi kỳ “{periods.label(c.period)}”, lưu theo ngày cuối kỳ."
            if ind.is_stock and c.period.kind != "date" else None)
    return (ind.code, period.notation, period.start, period.end, period.kind, ind.unit_vi, note,
            factor, registry.frame_for(period.end))


def _place(c: Candidate, hints: Hints, problems: list[Problem], ignored: list[Ignored],
           missing_period: list[Candidate], missing_province: list[Candidate]) -> tuple | None:
    """Where one candidate's value goes: (province code, frame, indicator, period notation, start,
    end, kind, unit, note, unit factor); or None after recording why it goes nowhere."""
    ind = registry.indicator(c.indicator)
    if c.period is None:
        missing_period.append(c)
        return None
    if not ind.is_stock and c.period.kind == "date":
        # NOTE: a flow (tasks accepted in a period) has no value "at 30/06/2023": a date in a
        # tidy "Năm" column or an uploader's date cannot say which span it covers.
        problems.append(Problem(
            c.sheet, c.cell, periods.label(c.period), "period",
            f"Ô {c.cell}: “{ind.name_vi}” là số liệu trong một kỳ (năm, 6 tháng…), không phải tại một ngày "
            f"({periods.label(c.period)}); hãy ghi kỳ, ví dụ “2023” hoặc “6 tháng đầu năm 2023”.",
            f"Cell {c.cell}: “{ind.name_en}” is counted over a period, not at a date "
            f"({periods.label(c.period, 'en')}); state the period, e.g. “2023”."))
        return None
    period = periods.stock_date(c.period) if ind.is_stock else c.period
    frame = registry.frame_for(period.end)
    provinces = c.provinces
    if not provinces and hints.province:
        provinces = [p for p in registry.provinces().values() if p.code == hints.province]
    if not provinces:
        missing_province.append(c)
        return None
    in_frame = [p for p in provinces if p.frame == frame]
    if len({p.code for p in in_frame}) > 1:
        # NOTE: wrong45: "SỐ LIỆU KH&CN TỈNH VĨNH LONG VÀ TỈNH BẾN TRE NĂM 2023" over a single "Số lượng" column:
        # the figure is the two provinces' together — it was stored as the first one's (or the last one's).
        # A figure of several provinces is no province's; columns naming each give each its own (etl/headers.py)
        # (wrong49: a region's provinces, "CÁC TỈNH BẮC TRUNG BỘ": the first six named)
        names = _first_names([p.name_vi for p in in_frame])
        names_en = _first_names([p.name_en for p in in_frame])
        _set_aside(
            ignored, c, None,
            f"Ô {c.cell}: “{c.province_text}” nêu nhiều tỉnh ({names}); số liệu kỳ {periods.label(period)} là số "
            f"chung của các tỉnh, không phải của riêng tỉnh nào: không lưu.",
            f"Cell {c.cell}: “{c.province_text}” names several provinces ({names_en}); its figure for "
            f"{periods.label(period, 'en')} is theirs together, no one province's: not stored.")
        return None
    if not in_frame and frame == "34" and len(provinces) == 1 and registry.territory_unchanged(provinces[0].code):
        # NOTE: wrong28: "Nghệ An (cũ)" in Nghệ An's report on 2025 was refused, "Nghệ An đã sáp nhập vào Nghệ
        # An từ 01/7/2025": a province that kept its borders has no former territory to tell apart — its
        # "(cũ)" column is the province's own figure (beside "Toàn tỉnh" it stays a share, etl/walk.py)
        in_frame = [p for p in registry.provinces().values() if p.code == provinces[0].code and p.frame == "34"]
    if in_frame and registry.named_as_its_later_kind(in_frame[0], c.province_text, period.start):
        # NOTE: "Thành phố Huế" in a table of provinces on 2024, "UBND THÀNH PHỐ HUẾ" over a report of
        # 2024: the district-level city of Thừa Thiên Huế (the province became the city of Huế on
        # 1/1/2025) — a part's figure, not the province's
        p, r = in_frame[0], in_frame[0].renamed
        _set_aside(
            ignored, c, None,
            f"Ô {c.cell}: “{c.province_text}” trước ngày {r.on:%d/%m/%Y} là {r.kind} {r.name_vi} thuộc tỉnh "
            f"{p.name_vi} (cấp huyện), không phải tỉnh; số liệu kỳ {periods.label(period)} không phải của tỉnh: không lưu.",
            f"Cell {c.cell}: “{c.province_text}” before {r.on:%d %b %Y} is the district-level city of {r.name_en} in "
            f"{p.name_en}, not the province; its figure for {periods.label(period, 'en')} is not the province's: not stored.")
        return None
    if not in_frame and frame == "63" and all(p.frame == "34" for p in provinces):
        # NOTE: "Khánh Hòa (mới)" with 2024 figures: the merged territory recounted for a year
        # before it existed — not the old province's figure, and no unit of 2024 holds it. Set
        # aside, as a "Khánh Hòa (mới)" column of a 2023 table is (etl/headers.py)
        new = provinces[0]
        _set_aside(
            ignored, c, None,
            f"Ô {c.cell}: “{c.province_text or new.name_vi}” là tỉnh sau sắp xếp (từ 01/7/2025); số liệu kỳ "
            f"{periods.label(period)} của địa bàn mới không thuộc tỉnh nào trước sắp xếp: không lưu.",
            f"Cell {c.cell}: “{c.province_text or new.name_en}” is the province as merged on 1 Jul 2025; its "
            f"figure for {periods.label(period, 'en')} belongs to no province before the merger: not stored.")
        return None
    if not in_frame:
        old = provinces[0]
        succ = registry.successor(old)
        # NOTE: mend28b: named through the registry, a former province merged into a successor of its own
        # name reads "Gia Lai (cũ) đã cùng Bình Định hợp nhất thành tỉnh Gia Lai (mới)", never "Gia Lai đã sáp
        # nhập vào Gia Lai" (Lâm Đồng, Ninh Bình, Đà Nẵng, TP. Hồ Chí Minh … the same)
        was, became = registry.former_name(old), registry.merger_of(old)
        was_en, became_en = registry.former_name(old, "en"), registry.merger_of(old, "en")
        if c.measure == "plan":
            # NOTE: Ninh Thuận's 2024 report still carries "KH 2025": a plan for a year its province
            # did not finish. Not an error in the report, and not a fact of any province: set aside.
            _set_aside(
                ignored, c, None,
                f"Kế hoạch kỳ {periods.label(period)} của {was}, tỉnh {became} từ 01/7/2025: không lưu.",
                f"Plan for {periods.label(period, 'en')} of {was_en}, {became_en} on 1 Jul 2025: not stored.")
            return None
        if c.status == "estimated":
            # NOTE: Bắc Giang's report on the first half of 2025 with "Ước thực hiện năm 2025": an estimate
            # for a year its province did not finish is a forecast, as its plan is — no fact of any
            # province (it refused the honest file, honest26). A former province's own estimate of a
            # period before the merger stays its figure (in_frame)
            _set_aside(
                ignored, c, None,
                f"Số ước kỳ {periods.label(period)} của {was}, tỉnh {became} từ 01/7/2025: không lưu.",
                f"Estimate for {periods.label(period, 'en')} of {was_en}, {became_en} on 1 Jul 2025: not stored.")
            return None
        problems.append(Problem(
            c.sheet, c.cell, c.province_text or old.name_vi, "province_frame",
            f"Ô {c.cell}: {was} {became} từ 01/7/2025; "
            f"số liệu kỳ {periods.label(period)} phải báo cáo theo {registry.new_name(succ) if succ else 'tỉnh mới'}.",
            f"Cell {c.cell}: {was_en} {became_en} on 1 Jul 2025; "
            f"figures for {periods.label(period, 'en')} belong to {registry.new_name(succ, 'en') if succ else 'the new province'}."))
        return None
    prov = in_frame[0]
    # NOTE: a percentage where a count belongs (a %-formatted cell, a typed "12%") and a unit of
    # another kind ("%" on a count's row, "thủ tục" on a rate's, "điểm" on a rank's, funding on a
    # count's) are cells that are not this indicator's figure: that cell alone is set aside, the
    # rest of the file loads (issue 8)
    if c.percent and ind.kind != "rate":
        factor, said, said_text = None, "percent", f"{number(c.value, 1)}%"
        shown_vi = shown_en = f"“{said_text}”"
    else:
        (factor, said), said_text = _unit_factor(ind, c.unit_text), c.unit_text
        shown_vi, shown_en = f"đơn vị “{said_text}”", f"the unit “{said_text}”"
    if factor is None:
        what_vi, what_en = _KIND_WORDS[said]
        conversion_vi, conversion_en = ((" và không khai báo cách đổi từ đơn vị này", " with no declared conversion from it")
                                        if said == ind.kind == "money" else ("", ""))
        _set_aside(
            ignored, c, said_text,
            f"Trang “{c.sheet}”, ô {c.cell}: {shown_vi} là {what_vi}, nhưng chỉ tiêu “{ind.name_vi}” "
            f"tính bằng {ind.unit_vi}{conversion_vi}; không lấy ô này (quy tắc unit). Các ô khác của tệp vẫn được đọc.",
            f"Sheet “{c.sheet}”, cell {c.cell}: {shown_en} is {what_en}, but “{ind.name_en}” is "
            f"measured in {ind.unit_en}{conversion_en}; this cell is not taken (rule unit). The rest of the file is read.",
            rule="unit")
        return None
    note = []
    if ind.is_stock and c.period.kind != "date":
        note.append(f"Số lũy kế; báo cáo ghi kỳ “{periods.label(c.period)}”, lưu theo ngày cuối kỳ.")
    return (prov.code, prov.frame, ind.code, period.notation, period.start, period.end, period.kind,
            ind.unit_vi, " ".join(note) or None, factor)


def _first_names(names: list[str], shown: int = 6) -> str:
    """Names listed once each, the first `shown` of them and "…" after when there are more."""
    names = list(dict.fromkeys(names))
    return ", ".join(names[:shown]) + (", …" if len(names) > shown else "")


def _set_aside(ignored: list[Ignored], c: Candidate, shown: str | None, vi: str, en: str, rule: str = "") -> None:
    """A candidate's value set aside with why (Vietnamese, English), named by its label, its cell and,
    unless None, what it said ("Số nhiệm vụ (D7: tr.đ)"); with a rule, the cell is named for the
    preview as a cell set aside alone."""
    ignored.append(Ignored(c.sheet, _row_of(c.cell), f"{c.label} ({c.cell})" if shown is None else
                           f"{c.label} ({c.cell}: {shown})", vi, en, c.cell if rule else None, rule))


def _row_of(cell: str | None) -> int | None:
    """The row number of a cell name ("D12" -> 12)."""
    return int(re.sub(r"\D", "", cell or "") or 0) or None


def _unplaced(rule: str, values: list[Candidate], what_vi: str, what_en: str, fix_vi: str, fix_en: str) -> Problem:
    c = values[0]
    return Problem(None, None, None, rule,
                   f"Không xác định được {what_vi} cho {len(values)} số liệu (ví dụ {c.sheet}!{c.cell}); {fix_vi}.",
                   f"No {what_en} for {len(values)} values (e.g. {c.sheet}!{c.cell}); {fix_en}.")


def dedupe(facts) -> tuple[Facts, list[Problem], list[Ignored]]:
    """One fact, one value: the same value twice is kept once; two different values are a problem —
    except two different plans on two sheets, which are both set aside (returned as ignored), the file
    loading. Two plans of one key on one sheet still refuse it (one table contradicting itself: "Kế
    hoạch năm 2024 | Kế hoạch năm 2025" of a span's row, tests/test_ingest_fixtab21a_classes.py).

    NOTE: a province's socio-economic annex gives the year's plan ("KH 2025") on one sheet and the
    congress's five-year target ("Mục tiêu Nghị quyết ĐH XIX", to 2025) on the next: two targets set
    by two bodies, not a report contradicting itself — batch 46's honest Nghệ An annex was refused for
    its 650 and 700 valid OCOP products planned at the end of 2025. Neither is an actual figure, and
    which plan is meant cannot be told: neither is stored."""
    facts = Facts.of(facts)
    keys = facts.keys()
    if len(set(keys)) == len(keys):
        return facts, [], []   # the usual case, every fact once: nothing to compare
    first_at: dict[tuple, int] = {}
    keep = []
    problems = []
    plans_differ: dict[tuple, list[int]] = {}
    superseded: list[tuple[int, int]] = []
    values, status = facts.cols["value"], facts.cols["status"]
    for i, key in enumerate(keys):
        j = first_at.setdefault(key, i)
        if j == i:
            keep.append(i)
            continue
        if values[j] != values[i]:
            if key[FACT_KEY.index("measure")] == "plan" and facts.cols["sheet"][j] != facts.cols["sheet"][i]:
                plans_differ.setdefault(key, [j]).append(i)
                continue
            if {status[j], status[i]} == {"estimated", "reported"}:
                # NOTE: blind76: "Năm 2025" over "Ước TH (BC tháng 11/2025) | Thực hiện (chính thức)" (the new An
                # Giang's year: the November estimate beside the official figure) refused the honest file whole as
                # two values for one fact. The period's reported figure supersedes its estimate; the estimate is
                # set aside, saying so. Two reported figures (or two estimates) that differ still refuse the file
                if status[j] == "estimated":
                    keep[keep.index(j)] = i
                    first_at[key] = i
                    superseded.append((j, i))
                else:
                    superseded.append((i, j))
                continue
            first, f = facts.row(j), facts.row(i)
            ind = registry.indicator(f["indicator"])
            problems.append(Problem(
                f["sheet"], f["cell"], f["value"], "duplicate",
                f"Ô {f['cell']}: “{ind.name_vi}” kỳ {periods.label(f['period'])} có hai giá trị khác nhau trong cùng tệp "
                f"({number(first['value'], ind.decimals)} ở {first['sheet']}!{first['cell']} và {number(f['value'], ind.decimals)}).",
                f"Cell {f['cell']}: “{ind.name_en}” for {periods.label(f['period'], 'en')} has two different values in one file "
                f"({first['value']} at {first['sheet']}!{first['cell']} and {f['value']})."))
    aside = []
    for est, rep in superseded:
        e, r = facts.row(est), facts.row(rep)
        ind = registry.indicator(e["indicator"])
        aside.append(Ignored(e["sheet"], _row_of(e["cell"]), f"{ind.name_vi} ({e['cell']})",
                             f"Số ước thực hiện kỳ {periods.label(e['period'])} ({number(e['value'], ind.decimals)}); "
                             f"tệp có số thực hiện của kỳ đó ({number(r['value'], ind.decimals)} ở {r['sheet']}!{r['cell']}): "
                             f"lưu số thực hiện, không lưu số ước",
                             f"An estimate for {periods.label(e['period'], 'en')} ({e['value']}); the file gives that "
                             f"period's reported figure ({r['value']} at {r['sheet']}!{r['cell']}): the reported figure "
                             f"is stored, not the estimate"))
    for key, rows in plans_differ.items():
        shown = [facts.row(i) for i in rows]
        ind = registry.indicator(shown[0]["indicator"])
        where = "; ".join(f"{f['sheet']}!{f['cell']}: {number(f['value'], ind.decimals)}" for f in shown)
        where_en = "; ".join(f"{f['sheet']}!{f['cell']}: {f['value']}" for f in shown)
        for f in shown:
            aside.append(Ignored(f["sheet"], _row_of(f["cell"]), f"{ind.name_vi} ({f['cell']})",
                                 f"Hai kế hoạch (mục tiêu) khác nhau cho kỳ {periods.label(f['period'])} ({where}): "
                                 f"không biết kế hoạch nào, không lưu",
                                 f"Two different plans (targets) for {periods.label(f['period'], 'en')} ({where_en}): "
                                 f"which one is meant cannot be told, not stored"))
    if plans_differ:
        keep = [i for i in keep if keys[i] not in plans_differ]
    return facts.take(keep), problems, aside


def check_ranges(facts) -> list[Problem]:
    facts = Facts.of(facts)
    problems = []
    bounds = {code: (ind.min, ind.max) for code, ind in registry.indicators().items()}
    for i, (code, v) in enumerate(zip(facts.cols["indicator"], facts.cols["value"])):
        lo, hi = bounds[code]
        if not lo <= v <= hi:
            f, ind = facts.row(i), registry.indicator(code)
            problems.append(Problem(
                f["sheet"], f["cell"], f["value"], "range",
                f"Ô {f['cell']}: “{ind.name_vi}” = {number(f['value'], 2)} {ind.unit_vi} nằm ngoài khoảng hợp lệ "
                f"{number(ind.min)}–{number(ind.max)} {ind.unit_vi}.",
                f"Cell {f['cell']}: “{ind.name_en}” = {f['value']} {ind.unit_en} is outside its valid range "
                f"{ind.min:g}–{ind.max:g}."))
    return problems


def _g(v: float) -> str:
    return number(v, 0 if float(v).is_integer() else 2)


def _cells(parts: list[dict], sheet: str | None) -> str:
    """'D12, D13, D14' on one sheet; 'Biểu 02!D5' for a part on another."""
    return ", ".join(p["cell"] if p["sheet"] == sheet else f"{p['sheet']}!{p['cell']}" for p in parts)


class _Grid:
    """The facts as a table of (province, frame, period, measure) × indicator: each cell the
    value and the row of the one fact there (-1: none). Parts and wholes are then compared
    column against column, at C speed, and only the cells that break a rule become messages.

    NOTE: one fact per key (dedupe() runs first); were a key given twice, the last one wins."""

    def __init__(self, facts: Facts):
        cols = facts.cols
        self.facts = facts
        where = list(zip(cols["province_code"], cols["frame"], cols["period"], cols["measure"]))
        places = {place: i for i, place in enumerate(dict.fromkeys(where))}
        rows = np.fromiter(map(places.__getitem__, where), dtype=np.int64, count=len(facts))
        self.column = {code: i for i, code in enumerate(dict.fromkeys(cols["indicator"]))}
        at = np.fromiter(map(self.column.__getitem__, cols["indicator"]), dtype=np.int64, count=len(facts))
        shape = (len(places), len(self.column))
        self.value = np.full(shape, np.nan)
        self.value[rows, at] = np.asarray(cols["value"], dtype=float)
        self.row = np.full(shape, -1, dtype=np.int64)
        self.row[rows, at] = np.arange(len(facts))

    @classmethod
    def of(cls, facts: Facts) -> "_Grid":
        if facts.grid is None:
            facts.grid = cls(facts)
        return facts.grid

    def rows_of(self, code: str) -> np.ndarray:
        """Per place, the row of its fact of this indicator (-1 where none)."""
        c = self.column.get(code)
        return self.row[:, c] if c is not None else np.full(self.row.shape[0], -1, dtype=np.int64)

    def values_of(self, code: str) -> np.ndarray:
        c = self.column.get(code)
        return self.value[:, c] if c is not None else np.full(self.value.shape[0], np.nan)


def _territory_unchanged(code: str) -> bool:
    """Whether a province's code names the same territory before and after the 2025 merger (metrics/registry.py)."""
    return registry.territory_unchanged(code)


# a day's ordinal fits in 22 bits (date.max is 3,652,059): a fact's key number above it, its day below
_DAY_BITS = 22


def _tilings(first, last, parts: tuple) -> list[tuple[int, ...]]:
    """Every way some of `parts` ((start, end, …), periods inside first..last) follow one another from
    `first` to `last`, each day once, in two parts or more: their positions, in order (of any kinds:
    "6 tháng đầu năm" then "Quý III" make up "9 tháng")."""
    found = []

    def walk(day, path: tuple) -> None:
        for p, (s, e, *_) in enumerate(parts):
            if s != day or e > last:
                continue
            if e == last:
                if path:
                    found.append((*path, p))
            else:
                walk(e + timedelta(days=1), (*path, p))

    walk(first, ())
    return found


def _sums_to(tilings: list, values: list, total: float) -> bool:
    """Whether the values of one of `tilings` (positions in `values`), added in order, make `total`."""
    tol = 1e-9 * max(1.0, abs(total))
    for tiling in tilings:
        got = 0.0
        for p in tiling:
            got = got + values[p]
        if abs(got - total) <= tol:
            return True
    return False


def _blank_between(first, last, parts: list) -> bool:
    """Whether the periods of one kind among `parts` ((start, end, kind)) open the span `first`..`last`
    and close it, one after another without overlap, but with a period missing between them."""
    for k in {p[2] for p in parts}:
        same = sorted((s, e) for s, e, kk in parts if kk == k)
        if len(same) < 2 or same[0][0] != first or same[-1][1] != last:
            continue
        steps = [(b[0] - a[1]).days for a, b in zip(same, same[1:])]
        if all(d >= 1 for d in steps) and any(d > 1 for d in steps):
            return True
    return False


def set_aside_recounted_sums(facts) -> tuple[Facts, list[Ignored]]:
    """A span's figure that is exactly the sum of the file's own figures for the periods it is made of,
    for a count of things that run from one period into the next (indicators.toml
    `recounted_each_period`): set aside with the reason, the periods' figures kept.

    NOTE: "Năm | Số nhiệm vụ KH&CN được quản lý" with "2022 | 40", "2023 | 45", "2024 | 50" and "Cộng
    2022-2024 | 135" (also a column "Cộng 2022-2024", or "Tổng cuối" right of the quarters): a task
    carried from 2022 into 2024 is in all three years' figures, so 135 counts it three times — it was
    stored as the tasks managed over 2022–2024 (probe32). The tasks accepted, counted once in the
    year they end, are summed over the years honestly and stay; so does a span's own figure that is
    not the sum (a five-year review counting each task once)."""
    facts = Facts.of(facts)
    cols = facts.cols
    recounted = {code for code, ind in registry.indicators().items() if ind.recounted_each_period}
    # only the facts of such counts take part (a span's key names its indicator), each column of
    # theirs gathered at once: positions below are among these
    kinds = cols["period_kind"]
    # (told at C speed: a tidy sheet's 100,000 facts)
    mine = list(compress(range(len(kinds)), map(and_, map(recounted.__contains__, cols["indicator"]),
                                                map(ne, kinds, repeat("date")))))
    if not mine:
        return facts, []
    province, frame, indicator, measure, start, end, kind, value = (
        _gather(cols[c], mine) for c in ("province_code", "frame", "indicator", "measure", "period_start",
                                         "period_end", "period_kind", "value"))
    spans = list(compress(range(len(kind)), map(ne, kind, repeat("month"))))
    if not spans:
        return facts, []
    # NOTE: review21b: "Năm 2021 … Năm 2025 | Giai đoạn 2021-2025" puts 2025 (and the span ending in
    # it) in the frame of 34 provinces, the years before in the frame of 63: for a province whose
    # territory did not change (Nghệ An) the years of both frames make up the span
    unchanged = {code for code in set(province) if _territory_unchanged(code)}
    if unchanged:
        frame = ["" if code in unchanged else f for code, f in zip(province, frame)]
    key = list(zip(province, frame, indicator, measure))
    # NOTE: a 100,000-row tidy sheet gives tens of thousands of these facts (bench/ingest_bench.py):
    # what follows is told as arrays at C speed, each fact one key number and its days as ordinals,
    # and per span only the facts inside it are looked at in Python
    ids: dict = {}
    kid = np.fromiter(map(ids.setdefault, key, range(len(key))), np.int64, len(key)) << _DAY_BITS
    first_day = np.fromiter(map(date.toordinal, start), np.int64, len(start))
    last_day = np.fromiter(map(date.toordinal, end), np.int64, len(end))
    spans = np.array(spans, np.int64)
    # NOTE: a span made of its periods has one of them starting on its first day and ending before
    # its last, and another ending on its last day and starting after its first (both _tilings and
    # _blank_between need such a pair): per key, the earliest end of the facts starting on each day
    # and the latest start of those ending on each day rule out the spans no period opens and closes
    # (a 100,000-row tidy sheet's halves and five-month spans: bench/ingest_bench.py)
    by_start = kid | first_day
    by_end = kid | last_day
    order = np.lexsort((last_day, by_start))           # each key and first day: the earliest end first
    opened_to = last_day[order][np.searchsorted(by_start[order], by_start[spans], "left")]
    order = np.lexsort((first_day, by_end))            # each key and last day: the latest start last
    closed_from = first_day[order][np.searchsorted(by_end[order], by_end[spans], "right") - 1]
    spans = spans[(opened_to < last_day[spans]) & (closed_from > first_day[spans])]
    if not len(spans):
        return facts, []
    # each key's facts by their start (then as read), so a span looks only at the facts starting inside it
    order = np.lexsort((np.arange(len(key)), by_start))
    sorted_starts = by_start[order]
    lows = np.searchsorted(sorted_starts, by_start[spans], "left").tolist()
    highs = np.searchsorted(sorted_starts, kid[spans] | last_day[spans], "right").tolist()
    order = order.tolist()
    drop, ignored = set(), []
    shapes: dict[tuple, tuple] = {}
    for i, low, high in zip(spans.tolist(), lows, highs):
        first, last = start[i], end[i]
        inner = [j for j in order[low:high] if end[j] <= last and (start[j] != first or end[j] != last)]
        # NOTE: review21b: the periods may be of mixed kinds ("6 tháng đầu năm | Quý III | 9 tháng": 40,
        # 35, 75); and a span whose first and last periods are given but one between is blank ("2022 |
        # 40", "2023 | ", "2024 | 50", "Cộng 2022-2024 | 135") cannot be checked: set aside too (a miss,
        # never a sum of recounts stored as the span's figure). Which periods tile the span, and
        # whether one is blank between, depend on the days and kinds alone: decided once for each
        # span and periods (every province and indicator of a tidy sheet has the same years and halves)
        if not inner:
            continue
        shape = (first, last, tuple([(start[j], end[j], kind[j]) for j in inner]))
        found = shapes.get(shape)
        if found is None:
            found = shapes[shape] = (_tilings(first, last, shape[2]), _blank_between(first, last, list(shape[2])))
        tilings, blank = found
        if blank or _sums_to(tilings, [value[j] for j in inner], value[i]):
            ind, f = registry.indicator(indicator[i]), facts.row(mine[i])
            drop.add(mine[i])
            ignored.append(Ignored(
                f["sheet"], _row_of(f["cell"]), f"{f['quote']} ({f['cell']})",
                f"Ô {f['cell']}: {_g(f['value'])} là tổng số liệu các kỳ trong {periods.label(f['period'])}; "
                f"“{ind.name_vi}” được đếm lại ở mỗi kỳ (nhiệm vụ chuyển tiếp có mặt trong số liệu của nhiều kỳ), "
                f"nên tổng các kỳ không phải số của cả giai đoạn; không lấy",
                f"Cell {f['cell']}: {_g(f['value'])} is the sum of the periods within {periods.label(f['period'], 'en')}; "
                f"“{ind.name_en}” counts again in each period what runs on from the one before, so the sum of the "
                f"periods is no figure of the whole span; not taken"))
    if not drop:
        return facts, []
    return facts.without(drop), ignored


def _gather(column: list, index: list[int]) -> list:
    """column[i] for each i of `index` (not empty), at C speed."""
    return [column[index[0]]] if len(index) == 1 else list(itemgetter(*index)(column))


def derive_sums(facts) -> Facts:
    """A whole given only as all of its parts (tasks by level) gets their sum, marked as derived.

    NOTE: a part with a qualifier ("trên 30") gives no exact sum: the whole is then not derived."""
    facts = Facts.of(facts)
    indicators = registry.indicators()
    codes = set(facts.cols["indicator"])
    sums = [ind for ind in indicators.values() if ind.sum_of and set(ind.sum_of) <= codes]
    if not sums:
        return facts
    grid = _Grid.of(facts)
    found = []   # (the first part's row, the whole, the parts' rows)
    for ind in sums:
        parts = np.stack([grid.rows_of(code) for code in ind.sum_of], axis=1)
        places = np.nonzero((parts >= 0).all(axis=1) & (grid.rows_of(ind.code) < 0))[0]
        found += [(int(parts[k].min()), ind, parts[k]) for k in places]
    derived = []
    for _, ind, index in sorted(found, key=lambda x: x[0]):   # in the order the parts came
        parts = [facts.row(int(i)) for i in index]
        if any(p["qualifier"] for p in parts):
            continue
        first = parts[0]
        total = sum(p["value"] for p in parts)
        derived.append({
            **{k: first[k] for k in ("province_code", "frame", "period", "period_start", "period_end",
                                     "period_kind", "measure", "sheet")},
            "indicator": ind.code, "value": total, "unit": ind.unit_vi, "qualifier": "",
            "status": "estimated" if any(p["status"] == "estimated" for p in parts) else "reported",
            "cell": None, "quote": None,
            "note": f"Tổng tính từ các cấp (ô {_cells(parts, first['sheet'])}): "
                    + " + ".join(_g(p["value"]) for p in parts) + f" = {_g(total)}.",
        })
    return facts.plus(derived)


def check_parts(facts) -> list[Problem]:
    """Parts against their whole, same province, frame, period and measure:
    - one part larger than its whole (tasks accepted > tasks managed): `part_whole` at the part;
    - parts that do not overlap (registry `disjoint_parts`, or the levels of `sum_of`) summing
      above their whole: `part_whole` at the whole, naming the parts' cells;
    - a complete breakdown by level (`sum_of`, every level given) that differs from the whole
      the report states: `parts_total` at the whole.
    "Trong đó" parts summing below their whole are normal (not every part is listed)."""
    facts = Facts.of(facts)
    if not len(facts):
        return []
    indicators = registry.indicators()
    codes = set(facts.cols["indicator"])
    grid = _Grid.of(facts)
    over: dict[str, np.ndarray] = {}      # wholes already named for a part above them
    first_rule = []                       # (the part's row, problem)
    # NOTE: blind73: a part's wholes are its `parent` and every indicator declaring it among its parts — the new
    # tasks' provincial level (parent: the tasks managed) above the new tasks, "9" over "Trong đó: cấp tỉnh | 11",
    # was stored whole (a single part never met the second rule, which sums two or more)
    pairs = sorted({(code, ind.parent) for code in codes if (ind := indicators[code]).parent}
                   | {(part, code) for code in codes for part in indicators[code].parts})
    told: set[tuple[str, int]] = set()
    for code, whole_code in pairs:
        ind = indicators[code]
        if code not in codes or whole_code not in codes:
            continue
        with np.errstate(invalid="ignore"):
            bad = np.nonzero(grid.values_of(code) > grid.values_of(whole_code))[0]
        if not len(bad):
            continue
        parent = indicators[whole_code]
        over.setdefault(parent.code, np.zeros(grid.row.shape[0], dtype=bool))[bad] = True
        for k in bad:
            if (code, int(k)) in told:
                continue   # one problem per part: above its two wholes (new tasks, tasks managed), the first
            told.add((code, int(k)))
            f, whole = facts.row(int(grid.rows_of(code)[k])), facts.row(int(grid.rows_of(parent.code)[k]))
            first_rule.append((int(grid.rows_of(code)[k]), Problem(
                f["sheet"], f["cell"], f["value"], "part_whole",
                f"Ô {f['cell']}: “{ind.name_vi}” ({number(f['value'], ind.decimals)}) lớn hơn tổng “{parent.name_vi}” "
                f"({number(whole['value'], parent.decimals)} ở ô {whole['cell'] or 'tính từ các cấp'}) cùng tỉnh, cùng kỳ.",
                f"Cell {f['cell']}: “{ind.name_en}” ({f['value']:g}) exceeds its whole “{parent.name_en}” "
                f"({whole['value']:g} at {whole['cell'] or 'derived'}) for the same province and period.")))
    second_rule = []                      # (the whole's row, problem)
    for code in codes:
        ind = indicators[code]
        if not (ind.sum_of or ind.disjoint_parts):
            continue
        whole_rows, whole_values = grid.rows_of(code), grid.values_of(code)
        named = over.get(code, np.zeros(len(whole_rows), dtype=bool)).copy()
        tolerance = 1e-6 * np.maximum(1.0, np.abs(whole_values))
        for group in ((ind.sum_of,) if ind.sum_of else ()) + tuple(ind.disjoint_parts):
            values = np.stack([grid.values_of(part) for part in group], axis=1)
            given = (~np.isnan(values)).sum(axis=1)
            total = np.nansum(values, axis=1)
            complete = (group == ind.sum_of) & (given == len(group))
            with np.errstate(invalid="ignore"):
                broken = (whole_rows >= 0) & ~named & (given >= 2) & (
                    (total > whole_values + tolerance) | (complete & (np.abs(total - whole_values) > tolerance)))
            for k in np.nonzero(broken)[0]:
                whole = facts.row(int(whole_rows[k]))
                if whole["cell"] is None:
                    continue     # a whole derived from its levels
                named[k] = True  # one problem per whole: its first broken group
                parts = [facts.row(int(grid.rows_of(part)[k])) for part in group if grid.rows_of(part)[k] >= 0]
                second_rule.append((int(whole_rows[k]), _parts_problem(ind, whole, parts, float(total[k]))))
    return [p for _, p in sorted(first_rule, key=lambda x: x[0])] + [p for _, p in sorted(second_rule, key=lambda x: x[0])]


@lru_cache(maxsize=1)
def _counted_once() -> frozenset[str]:
    """The counts of things that happen in a period and are counted once (tasks accepted, products recognised):
    their figure over a span holds every shorter span's within it (registry: kind, temporal, additive — not
    `recounted_each_period`, whose things run from one period into the next)."""
    return frozenset(code for code, ind in registry.indicators().items() if ind.kind == "count"
                     and ind.temporal == "flow" and ind.additive and not ind.recounted_each_period)


def check_spans(facts) -> list[Problem]:
    """A count over a span larger than the same count over a span holding it — same province, frame, indicator and
    measure, both reported ("Tháng 8/2026 | 30" beside "Lũy kế từ đầu năm | 20", "Quý III | 25" beside "9 tháng |
    21"): `part_whole` at the shorter span (the part of the longer in time), its holder's cell named with its sheet
    when on another. NOTE: blind89: such a file was stored whole — one of its two figures is wrong, and a person cannot
    tell which. review45: counts counted once only (registry, _counted_once): never a rate, a stock ("còn hiệu lực")
    or a count recounted each period (the tasks managed in each half are each in the year's too)."""
    facts = Facts.of(facts)
    cols = facts.cols
    if len(facts) < 2 or len(set(cols["period"])) < 2:
        return []
    counted = _counted_once()
    period, starts, ends, values = cols["period"], cols["period_start"], cols["period_end"], cols["value"]
    # NOTE: review45: the spans holding each span, among the file's few distinct periods first (a tidy sheet's
    # 120,000 counts over 100 periods: 1 s when each fact was compared with every other of its key, a tenth now)
    distinct = dict(zip(period, zip(starts, ends, cols["period_kind"])))
    holders_of = {p: [q for q, (qs, qe, qk) in distinct.items() if qk != "date" and qs <= s and e <= qe
                      and (qs, qe) != (s, e)]
                  for p, (s, e, k) in distinct.items() if k != "date"}
    holders_of = {p: qs for p, qs in holders_of.items() if qs}
    if not holders_of:
        return []
    involved = set(holders_of) | {q for qs in holders_of.values() for q in qs}
    mine = list(compress(range(len(period)), map(
        lambda code, per, status: code in counted and per in involved and status == "reported",
        cols["indicator"], period, cols["status"])))
    if not mine:
        return []
    # each fact against the facts of its key at the spans holding its span, merged on integer codes (at C speed)
    key = np.zeros(len(mine), dtype=np.int64)
    for c in ("province_code", "frame", "indicator", "measure"):
        codes, uniques = pd.factorize(pd.Series(_gather(cols[c], mine), dtype=object))
        key = key * (len(uniques) + 2) + (codes + 1)   # (a missing value's code -1 kept apart)
    mine_periods = _gather(period, mine)
    own = pd.DataFrame({"key": key, "per": mine_periods, "row": mine, "value": _gather(values, mine)})
    pairs = pd.DataFrame([(p, q) for p, qs in holders_of.items() for q in qs], columns=["per", "holder"])
    met = own.merge(pairs, on="per").merge(
        own.rename(columns={"per": "holder", "row": "holder_row", "value": "holder_value"}), on=["key", "holder"])
    met = met[met["value"] > met["holder_value"]].sort_values(["row", "holder_row"]).drop_duplicates("row")
    problems = []
    for i, holder in zip(met["row"].tolist(), met["holder_row"].tolist()):
        f, whole = facts.row(i), facts.row(holder)
        ind = registry.indicator(f["indicator"])
        problems.append(Problem(
            f["sheet"], f["cell"], f["value"], "part_whole",
            f"Ô {f['cell']}: “{ind.name_vi}” kỳ {periods.label(f['period'])} là {_g(f['value'])}, lớn hơn "
            f"{_g(whole['value'])} của kỳ {periods.label(whole['period'])} (ô {_cells([whole], f['sheet'])}) "
            f"chứa nó — số của một kỳ ngắn không thể lớn hơn số của kỳ dài bao trùm nó.",
            f"Cell {f['cell']}: “{ind.name_en}” for {periods.label(f['period'], 'en')} is {f['value']:g}, more "
            f"than {whole['value']:g} for {periods.label(whole['period'], 'en')} (cell "
            f"{_cells([whole], f['sheet'])}), which holds it: a shorter span's count cannot be above the count "
            f"of a span that contains it."))
    return problems


def _parts_problem(ind: registry.Indicator, whole: dict, parts: list[dict], total: float) -> Problem:
    cells_text = _cells(parts, whole["sheet"])
    sums = " + ".join(_g(x["value"]) for x in parts)
    if total > whole["value"]:
        rule = "part_whole"
        vi = (f"Ô {whole['cell']}: “{ind.name_vi}” là {_g(whole['value'])} nhưng các phần không trùng nhau của nó "
              f"(ô {cells_text}) cộng lại {sums} = {_g(total)}, lớn hơn tổng.")
        en = (f"Cell {whole['cell']}: “{ind.name_en}” is {whole['value']:g} but its non-overlapping parts "
              f"(cells {cells_text}) add up to {total:g}, more than the whole.")
    else:
        rule = "parts_total"
        vi = (f"Ô {whole['cell']}: “{ind.name_vi}” là {_g(whole['value'])} nhưng đủ các cấp (ô {cells_text}) "
              f"cộng lại {sums} = {_g(total)}; tổng và các cấp phải khớp nhau.")
        en = (f"Cell {whole['cell']}: “{ind.name_en}” is {whole['value']:g} but all its levels "
              f"(cells {cells_text}) add up to {total:g}; the total and its levels must agree.")
    return Problem(whole["sheet"], whole["cell"], whole["value"], rule, vi, en)


def add_notes(facts: Facts, notes: dict[tuple[str, str], str]) -> None:
    """Append a note to the facts read from the given (sheet, cell)s (values computed from formulas)."""
    if not notes:
        return
    column = facts.cols["note"]
    for i, where in enumerate(zip(facts.cols["sheet"], facts.cols["cell"])):
        note = notes.get(where)
        if note:
            column[i] = f"{column[i]} {note}" if column[i] else note


def to_frame(facts) -> pd.DataFrame:
    facts = Facts.of(facts)
    return pd.DataFrame({k: _text_column(col) if k in _TEXT_COLUMNS else col for k, col in facts.cols.items()},
                        columns=list(_COLUMNS))


# pandas' own text dtype, as it infers it for a list of str
_TEXT = pd.Series(["text"]).dtype
# the text columns of the fact table (read with their types: anything else is left to pandas' inference)
_TEXT_COLUMNS = frozenset(k for k in _COLUMNS if k not in ("period_start", "period_end", "value", "note"))


def _text_column(col: list):
    """A column of text as pandas would infer it from the list (str dtype, None missing), built by
    pyarrow at once; any other column as it is.

    NOTE: pandas looks at every value of a 100,000-fact table's twelve text columns to infer their
    type before handing them to pyarrow (to_frame cost ~0.08 s CPU, half of it inference:
    bench/ingest_bench.py). Only a column of str and None is built here; anything else (a number,
    a column all None, which pandas keeps as objects) goes the inferred way."""
    if not col:
        return col
    try:
        arr = pa.array(col, type=pa.large_string())
    except (pa.ArrowTypeError, pa.ArrowInvalid):
        return col
    if arr.null_count == len(arr):
        return col
    return pd.array(arr, dtype=_TEXT)
