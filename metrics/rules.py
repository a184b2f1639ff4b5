"""The domain's rules about values, in one place (the views draw what these decide):

- comparability: which earlier value a value may be compared with, and the latest value;
- what a by-year chart may draw: never an uncertain value, never a count summed over more than
  a year (on an annual axis "285 tasks in 1992–2017" would read as one huge year);
- coverage: what a value says about the years it touches (reported, estimated, partial, …);
- history: which stored facts a value shown stands for (itself, or the predecessors' it was
  rebuilt from in the merger view).

"Comparable" is strict: a flow is compared only with a value for the same kind of period, the
same number of months and the same months of the year (9 months of 2023 with 9 months of 2022,
a 5-year span with a 5-year span, never 9 months with a year); a stock only with an earlier date.
Uncertain values and values that are not comparable across the merger (NaN) are never compared.
Pure: facts DataFrames (metrics.queries) in, rows or DataFrames out."""
from __future__ import annotations

import numpy as np
import pandas as pd

from metrics import periods, registry

# --- comparability -------------------------------------------------------------------------------


def months(row) -> int:
    """Length of a row's period in whole months (a date counts as 0)."""
    if row["period_kind"] == "date":
        return 0
    s, e = pd.Timestamp(row["period_start"]), pd.Timestamp(row["period_end"])
    return (e.year - s.year) * 12 + e.month - s.month + 1


def comparable_key(row, stock: bool) -> tuple:
    """Rows with equal keys may be compared: same kind, same length, same months of the year."""
    if stock or row["period_kind"] == "date":
        return ("date",)
    return (row["period_kind"], months(row), pd.Timestamp(row["period_start"]).month)


def usable(df: pd.DataFrame) -> pd.DataFrame:
    """Values that may be shown as the latest or compared: certain, and not blanked by the merger view."""
    return df[(df["status"] != "uncertain") & df["value"].notna()]


def by_time(df: pd.DataFrame) -> pd.DataFrame:
    # latest end first; on a tie the shorter span (later start) is the more recent news
    return df.sort_values(["period_end", "period_start"], ascending=[False, False])


class Periods:
    """The columns the rules above choose by, as arrays: choosing the latest value, the one it is
    compared with and its series then costs a few numpy operations on row positions instead of a
    DataFrame filter or sort each (every one a take of ~25 columns: on pandas 3's Arrow-backed
    strings, an overview's cards cost seconds on a national warehouse)."""

    def __init__(self, df: pd.DataFrame):
        start, end = pd.DatetimeIndex(pd.to_datetime(df["period_start"])), pd.DatetimeIndex(pd.to_datetime(df["period_end"]))
        self.start, self.end = start.to_numpy(), end.to_numpy()
        self.kind = df["period_kind"].to_numpy(dtype=object)
        self.months = np.asarray((end.year - start.year) * 12 + end.month - start.month + 1)
        self.start_month = np.asarray(start.month)
        self.uncertain = df["status"].to_numpy(dtype=object) == "uncertain"
        self.has_value = ~np.isnan(df["value"].to_numpy(dtype=float, na_value=np.nan))
        self.usable = ~self.uncertain & self.has_value

    def latest(self, pos: np.ndarray) -> int | None:
        """The position of the latest of `pos` (by_time's first), or None."""
        if not len(pos):
            return None
        return int(pos[np.lexsort((self.start[pos], self.end[pos]))[-1]])

    def latest_value(self, pos: np.ndarray) -> tuple[int | None, bool]:
        """latest() among `pos`, as (position, whether it is uncertain)."""
        pick = self.latest(pos[self.usable[pos]])
        if pick is not None:
            return pick, False
        pick = self.latest(pos[self.has_value[pos]])
        return pick, pick is not None

    def same_key(self, pos: np.ndarray, key: tuple, stock: bool) -> np.ndarray:
        """Which of `pos` have this comparable_key."""
        kind = self.kind[pos]
        if key == ("date",):
            return np.full(len(pos), True) if stock else kind == "date"
        return (kind == key[0]) & (kind != "date") & (self.months[pos] == key[1]) & (self.start_month[pos] == key[2])

    def previous(self, pos: np.ndarray, row, stock: bool) -> int | None:
        """previous_comparable among `pos`, as a position."""
        if row is None or row["status"] == "uncertain":
            return None
        key = comparable_key(row, stock)
        sure = pos[self.usable[pos]]
        before = np.datetime64(pd.Timestamp(row["period_start"] if key != ("date",) else row["period_end"]))
        earlier = sure[self.end[sure] < before]
        return self.latest(earlier[self.same_key(earlier, key, stock)])

    def series(self, pos: np.ndarray, row, stock: bool) -> np.ndarray:
        """comparable_series among `pos`, as positions, oldest first."""
        if row is None or row["status"] == "uncertain":
            return pos[:0]
        key = comparable_key(row, stock)
        sure = pos[self.usable[pos]]
        sure = sure[self.end[sure] <= np.datetime64(pd.Timestamp(row["period_end"]))]
        same = sure[self.same_key(sure, key, stock)]
        return same[np.lexsort((self.start[same], self.end[same]))]


def latest(df: pd.DataFrame) -> tuple[pd.Series | None, bool]:
    """(the latest value, whether it is uncertain). df: one province, indicator and measure.
    An uncertain value is the latest only when there is nothing else."""
    at, uncertain = Periods(df).latest_value(np.arange(len(df)))
    return (None, False) if at is None else (df.iloc[at], uncertain)


def previous_comparable(df: pd.DataFrame, row: pd.Series, stock: bool) -> pd.Series | None:
    """The most recent earlier value for a comparable period (see module doc), or None."""
    at = Periods(df).previous(np.arange(len(df)), row, stock)
    return None if at is None else df.iloc[at]


def comparable_series(df: pd.DataFrame, row: pd.Series | None, stock: bool) -> pd.DataFrame:
    """The comparable series ending at `row`, oldest first (what a trend line may join)."""
    return df.iloc[Periods(df).series(np.arange(len(df)), row, stock)]


# --- what a chart by year may draw -------------------------------------------------------------


def split_by_span(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(annual values, values for other spans, uncertain values) — uncertain ones are never charted."""
    uncertain = df[df["status"] == "uncertain"]
    sure = df[df["status"] != "uncertain"]
    annual = sure[sure["period_kind"] == "year"]
    other = sure[sure["period_kind"] != "year"]
    return annual, other, uncertain


def chartable(df: pd.DataFrame) -> pd.DataFrame:
    """The rows a time chart may draw: certain values, and for a count never a sum over more than
    a year (listed beside the chart instead)."""
    sure = usable(df)
    if sure.empty:
        return sure
    additive = sure["indicator"].map(lambda c: registry.indicator(c).additive)
    days = (pd.to_datetime(sure["period_end"]) - pd.to_datetime(sure["period_start"])).dt.days
    return sure[~additive | (sure["period_kind"] == "date") | (days <= 366)]


def touching_years(facts: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """The facts whose period touches the years (y0, y1): a 2020–2023 value touches 2021–2025."""
    if facts.empty:
        return facts
    y0, y1 = years
    start = pd.to_datetime(facts["period_start"]).dt.year
    end = pd.to_datetime(facts["period_end"]).dt.year
    return facts[(end >= y0) & (start <= y1)]


# --- coverage --------------------------------------------------------------------------------------

# Best first: a coverage cell shows the best thing known for that province, indicator and year.
COVERAGE_CATEGORIES = ("reported", "estimated", "partial", "stock", "multi", "uncertain", "incomplete", "missing")
_RANK = {c: i for i, c in enumerate(COVERAGE_CATEGORIES)}


def value_categories(kind, start_year, end_year, status):
    """What each value says about coverage of the years it touches (arrays in, an array out):
    uncertain; a year reported or estimated; a stock (a date); a span over several years; or part
    of a year."""
    kind, status = np.asarray(kind, dtype=object), np.asarray(status, dtype=object)
    start_year, end_year = np.asarray(start_year), np.asarray(end_year)
    return np.select(
        [status == "uncertain", (kind == "year") & (status == "estimated"), kind == "year", kind == "date",
         start_year != end_year],
        ["uncertain", "estimated", "reported", "stock", "multi"], "partial")


def value_category(kind: str, start, end, status: str) -> str:
    """value_categories for one value (dates in)."""
    return str(value_categories([kind], [pd.Timestamp(start).year], [pd.Timestamp(end).year], [status])[0])


def years_touched(start, end) -> range:
    """A value counts for every calendar year it covers (a stock: the year of its date)."""
    return range(pd.Timestamp(start).year, pd.Timestamp(end).year + 1)


def best_category(categories) -> str:
    cats = list(categories)
    return min(cats, key=_RANK.__getitem__) if cats else "missing"


def worst_category(categories) -> str:
    return max(categories, key=_RANK.__getitem__)


# --- history ---------------------------------------------------------------------------------------

def stored_facts(code: str, frame: str, indicator: str, period: str, measure: str) -> list[tuple[str, str, str, str, str]]:
    """The stored facts whose history a value shown stands for: the fact itself, or — a frame-34
    province's value for a period ending before 1 July 2025, which the merger view rebuilt from
    the provinces of that time — each frame-63 predecessor's fact (a value belongs to the frame
    its period ends in, so no such frame-34 fact is ever stored)."""
    if frame == "34" and periods.parse(period).end < registry.MERGER_DATE:
        preds = registry.predecessors(registry.province(code, frame))
        if preds:
            return [(p.code, p.frame, indicator, period, measure) for p in preds]
    return [(code, frame, indicator, period, measure)]
