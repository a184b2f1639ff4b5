"""Pure helpers for the Overview, Province profile and Data pages: facts DataFrames (from
metrics.queries) in; latest-value cards, profile tables, filtered and exported frames out.

Which values are the latest and which earlier one a value is compared with: metrics.rules."""
from __future__ import annotations

import io
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from metrics import periods, registry, rules
from views import fmt
from views.i18n import pick, t
from metrics.names import bare




@dataclass
class Card:
    province_code: str
    frame: str
    indicator: str
    row: pd.Series | None                 # the value shown (None: nothing comparable to show)
    previous: pd.Series | None = None     # the value it is compared with
    uncertain: bool = False               # shown only because nothing certain exists
    plan_only: bool = False               # only a plan (target) was reported
    trend: pd.DataFrame = field(default_factory=pd.DataFrame)
    reason: str = ""                      # why there is no value (merger view)
    reason_en: str = ""
    last_period: str = ""                 # the period that reason is about

    @property
    def change(self) -> float | None:
        if self.row is None or self.previous is None:
            return None
        return float(self.row["value"]) - float(self.previous["value"])


def card(df: pd.DataFrame, code: str, frame: str, indicator: str) -> Card | None:
    """The card for one province and indicator; None when it has no row at all."""
    mine = np.flatnonzero(((df["province_code"] == code) & (df["frame"] == frame)
                           & (df["indicator"] == indicator)).to_numpy(dtype=bool))
    return _card(df, rules.Periods(df), mine, code, frame, indicator)


def _card(df: pd.DataFrame, at: rules.Periods, mine: np.ndarray, code: str, frame: str, indicator: str) -> Card | None:
    """card() for the rows at positions `mine` of df; choices made on positions (rules.Periods),
    rows taken from df only for what the card shows."""
    if not len(mine):
        return None
    ind = registry.indicator(indicator)
    measure = df["measure"].to_numpy(dtype=object)[mine]
    actual, plan = mine[measure == "actual"], mine[measure == "plan"]
    rows, plan_only = (actual, False) if at.has_value[actual].any() else (plan, True)
    if not at.has_value[rows].any():
        plan_only = False
        rows = actual if len(actual) else mine
    pick, uncertain = at.latest_value(rows)  # rules.latest
    if pick is None:  # only values the merger view could not rebuild: say why
        last = df.iloc[at.latest(mine)]
        reason = fmt.text(last.get("reason")) if "reason" in df else ""
        reason_en = fmt.text(last.get("reason_en")) if "reason_en" in df else ""
        return Card(code, frame, indicator, None, reason=reason, reason_en=reason_en, last_period=last["period"])
    row = df.iloc[pick]
    previous = at.previous(rows, row, ind.is_stock)
    # the trend only draws values over periods: two columns taken, not ~25 Arrow-backed ones
    return Card(code, frame, indicator, row, None if previous is None else df.iloc[previous], uncertain,
                plan_only, df[["period", "value"]].iloc[at.series(rows, row, ind.is_stock)])


def cards(df: pd.DataFrame, provinces, indicators=None) -> dict[tuple[str, str], list[Card]]:
    """Cards per province (in the order given), for the indicators given (default: the overview's
    core indicators, metrics/display.toml)."""
    indicators = registry.display().core if indicators is None else indicators
    # one grouping pass into row positions and the choosing done on arrays (rules.Periods), not a
    # boolean mask or sort of the whole frame per card (Arrow-string takes are slow, and slower
    # still in many threads at once)
    groups = df.groupby(["province_code", "frame", "indicator"], sort=False).indices if not df.empty else {}
    at = rules.Periods(df)
    none = np.arange(0)
    return {(code, frame): [c for ind in indicators
                            if (c := _card(df, at, groups.get((code, frame, ind), none), code, frame, ind)) is not None]
            for code, frame in provinces}


def deck_sources(deck: dict[tuple[str, str], list[Card]], lang: str) -> str:
    """'Nguồn: A; B; …' for every value shown on the cards."""
    shown = [c.row for cs in deck.values() for c in cs if c.row is not None]
    return fmt.source_line(pd.DataFrame(shown), lang, limit=20) if shown else ""


def _upper_first(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _lower_first(s: str) -> str:
    return s[:1].lower() + s[1:] if s else s


def compared_with(row: pd.Series, lang: str) -> str:
    """'so với 9 tháng đầu năm 2022', 'so với ngày 12/06/2022', 'vs 2016–2020'."""
    if row["period_kind"] == "date":
        return f"{t('ov_vs', lang)} {t('ov_date', lang)} {fmt.day(pd.Timestamp(row['period_end']).date(), lang)}".replace("  ", " ")
    return f"{t('ov_vs', lang)} {_lower_first(periods.label(row['period'], lang))}"


def change_text(c: Card, lang: str) -> str | None:
    """'+5 nhiệm vụ', '-3,2 điểm %' or None when there is no comparable earlier value."""
    d = c.change
    if d is None:
        return None
    ind = registry.indicator(c.indicator)
    unit = t("ov_points", lang) if ind.kind == "rate" else ind.unit(lang)
    sign = "+" if d > 0 else ("-" if d < 0 else "±")
    return f"{sign}{fmt.number(abs(d), ind.decimals, lang)} {unit}"


def card_texts(c: Card, lang: str) -> dict:
    """Everything a card says, in one language."""
    ind = registry.indicator(c.indicator)
    out = {"label": ind.name(lang), "help": ind.definition(lang), "value": "—", "period": "",
           "delta": None, "delta_description": None, "delta_color": "normal" if ind.higher_is_better else "inverse",
           "flags": [], "source": "", "note": "", "trend": [], "trend_periods": ""}
    if c.row is None:
        out["note"] = pick(c.reason, c.reason_en or c.reason, lang)
        out["period"] = periods.label(c.last_period, lang) if c.last_period else ""
        out["flags"].append(t("ov_no_value", lang))
        return out
    r = c.row
    out["value"] = fmt.value(r["value"], ind.unit(lang), ind.decimals, fmt.text(r["qualifier"]), lang)
    out["period"] = periods.label(r["period"], lang)
    if c.plan_only:
        out["flags"].append(t("ov_plan_only", lang))
    if r["status"] == "estimated":
        out["flags"].append(t("status_estimated", lang))
    if c.uncertain:
        out["flags"].append(t("ov_uncertain_flag", lang))
    if int(r.get("alternatives") or 0):
        out["flags"].append(f"⚠ {t('disagree', lang)}")
    out["delta"] = change_text(c, lang)
    if c.previous is not None:
        p = c.previous
        approx = fmt.text(r["qualifier"]) or fmt.text(p["qualifier"])
        before = fmt.value(p["value"], ind.unit(lang), ind.decimals, fmt.text(p["qualifier"]), lang)
        out["delta_description"] = (_upper_first(compared_with(p, lang)) + f": {before}"
                                    + (f" ({t('ov_approx', lang)})" if approx else ""))
    out["source"] = fmt.text(r["source"])
    out["note"] = fmt.text(r["note"])
    if len(c.trend) >= 2:
        out["trend"] = [float(v) for v in c.trend["value"]]
        first, last = c.trend.iloc[0], c.trend.iloc[-1]
        out["trend_periods"] = f"{periods.label(first['period'], lang)} → {periods.label(last['period'], lang)}"
    return out


def shorten(s: str, limit: int = 140) -> str:
    s = fmt.text(s)
    return s if len(s) <= limit else s[: limit - 1].rstrip(" ,;") + "…"


# --- province profile -------------------------------------------------------------------------

def other_values_map(alts: pd.DataFrame, lang: str, as_province: tuple[str, str] | None = None) -> dict[tuple, list[dict]]:
    """Fact key -> the other values reported for it, each {'value': text, 'source', 'quote', 'note'}.
    as_province: file them all under this province (a frame-34 province whose territory is its
    one predecessor's, so the predecessor's disagreements are its own in the merger view)."""
    out: dict[tuple, list[dict]] = {}
    for r in alts.itertuples():
        ind = registry.indicator(r.indicator)
        code, frame = as_province or (r.province_code, r.frame)
        out.setdefault((code, frame, r.indicator, r.period, r.measure), []).append({
            "value": fmt.value(r.value, ind.unit(lang), ind.decimals, fmt.text(r.qualifier), lang),
            "number": r.value, "source": fmt.text(r.source), "quote": fmt.text(r.quote), "note": fmt.text(r.note),
            "status": r.status})
    return out


def _key(r) -> tuple:
    return (r["province_code"], r["frame"], r["indicator"], r["period"], r["measure"])


def _others_text(others: list[dict]) -> str:
    return " · ".join(f"{o['value']} ({o['source']})" for o in others)


def _value_cell(r, ind, lang) -> str:
    if fmt.is_missing(r["value"]):
        return "—"
    return fmt.value(r["value"], ind.unit(lang), ind.decimals, fmt.text(r["qualifier"]), lang)


def profile_rows(df: pd.DataFrame) -> pd.DataFrame:
    """The facts of profile_table, in its order (newest first): row i of the table is row i here."""
    return df.sort_values(["period_end", "period_start"], ascending=False)


def profile_table(df: pd.DataFrame, others: dict[tuple, list[dict]], lang: str) -> pd.DataFrame:
    """One indicator's values over time for one province, newest first, with provenance."""
    rows = []
    for _, r in profile_rows(df).iterrows():
        ind = registry.indicator(r["indicator"])
        note, status = fmt.text(r["note"]), t(f"status_{r['status']}", lang)
        if "reason" in df and not bool(r.get("comparable", True)):  # merger view: say why there is no value
            note, status = fmt.text(pick(r["reason"], r["reason_en"], lang)), t("not_comparable", lang)
        rows.append({
            t("col_period", lang): periods.label(r["period"], lang),
            t("col_value", lang): _value_cell(r, ind, lang),
            t("col_status", lang): status,
            t("dx_other_reported", lang): _others_text(others.get(_key(r), [])),
            t("col_source", lang): fmt.text(r["source"]),
            t("col_quote", lang): fmt.text(r["quote"]),
            t("col_note", lang): note,
            t("col_measure", lang): t(r["measure"], lang),
        })
    out = pd.DataFrame(rows, columns=[t(k, lang) for k in (
        "col_period", "col_value", "col_status", "dx_other_reported", "col_source", "col_quote", "col_note",
        "col_measure")])
    # the measure column only when a plan is among the rows (narrower on a phone otherwise)
    return out if (df["measure"] == "plan").any() else out.drop(columns=[t("col_measure", lang)])


def _disagreeing(df: pd.DataFrame, others: dict[tuple, list[dict]]) -> list[dict]:
    """The facts of `df` whose sources disagree, in registry order, newest period first."""
    keys = list(zip(df["province_code"], df["frame"], df["indicator"], df["period"], df["measure"]))
    hit = [k in others for k in keys]
    if not any(hit):
        return []
    rank = registry.shown_rank()
    mine = df[hit]
    # only the columns the table and its fact ids read: records of every column of a national
    # province's ~18 k disagreeing facts (Arrow-backed) were ~1/4 of the profile's first run at 10 M
    return mine.assign(_ind=mine["indicator"].map(rank)).sort_values(
        ["_ind", "period_end", "period_start", "measure"], ascending=[True, False, False, True])[
        [c for c in _DISAGREEING_COLUMNS if c in mine]].to_dict("records")


_DISAGREEING_COLUMNS = ("province_code", "frame", "indicator", "period", "measure", "value", "qualifier", "source",
                        "quote", "note")


def disagreements(df: pd.DataFrame, others: dict[tuple, list[dict]], lang: str, start: int = 0,
                  stop: int | None = None) -> tuple[pd.DataFrame, list[str]]:
    """(disagreement_table, disagreement_facts) with the disagreeing facts found once; of the
    disagreeing facts start..stop only, in the table's order (a page of them)."""
    found = _disagreeing(df, others)[max(start, 0):stop]
    return (disagreement_table(df, others, lang, found),
            [fact_id(r) for r in found for _ in range(1 + len(others[_key(r)]))])


def disagreement_table(df: pd.DataFrame, others: dict[tuple, list[dict]], lang: str,
                       found: list[dict] | None = None) -> pd.DataFrame:
    """Every fact of `df` whose sources disagree, as ONE table (not one block per fact): per fact the
    value in use first, then each other value with its source; indicator and period in words on
    every row. In registry order, newest period first. Never averaged. (`found`: _disagreeing's.)"""
    cols = [t(k, lang) for k in ("col_indicator", "col_period", "pf_role", "col_value", "col_source", "col_quote",
                                 "col_note")]
    in_use, other = t("pf_in_use", lang), t("pf_other", lang)
    plan = f" ({t('plan', lang)})"
    rows = []
    for r in (_disagreeing(df, others) if found is None else found):  # the disagreeing facts only
        ind = registry.indicator(r["indicator"])
        name = ind.name(lang)
        period = periods.label(r["period"], lang) + (plan if r["measure"] == "plan" else "")
        rows.append((name, period, in_use, _value_cell(r, ind, lang), fmt.text(r["source"]), fmt.text(r["quote"]),
                     fmt.text(r["note"])))
        rows += [(name, period, other, o["value"], o["source"], o["quote"], o["note"])
                 for o in others[_key(r)]]
    return pd.DataFrame(rows, columns=cols)


def disagreement_facts(df: pd.DataFrame, others: dict[tuple, list[dict]]) -> list[str]:
    """The fact id of each row of disagreement_table, in its order (a selected row opens the
    history of its fact: the value in use and every other value reported)."""
    return [fact_id(r) for r in _disagreeing(df, others) for _ in range(1 + len(others[_key(r)]))]


def disagreeing_counts(df: pd.DataFrame, others: dict[tuple, list[dict]]) -> dict[str, int]:
    """Indicator code -> how many of its facts in `df` have other values reported."""
    keys = zip(df["province_code"], df["frame"], df["indicator"], df["period"], df["measure"])
    out: dict[str, int] = {}
    for k in keys:
        if k in others:
            out[k[2]] = out.get(k[2], 0) + 1
    return out


def _latest(df: pd.DataFrame) -> dict[str, dict]:
    """Indicator -> the value a summary shows for it: the latest, certain values first, actual
    before plan, a missing value only when there is nothing else."""
    d = df.assign(_sure=(df["status"] != "uncertain") & df["value"].notna(), _actual=df["measure"] == "actual",
                  _has=df["value"].notna())
    latest = d.sort_values(["indicator", "_has", "_sure", "_actual", "period_end", "period_start"],
                           ascending=[True, False, False, False, False, False]).drop_duplicates("indicator")
    return {r["indicator"]: r for r in latest.to_dict("records")}


def profile_summary(df: pd.DataFrame, groups: list[tuple[str, str, list[str]]], disagreeing: dict[str, int],
                    lang: str) -> pd.DataFrame:
    """One row per indicator of a province, in the order of `groups` ((key, title, codes)): its
    group, name, latest value (certain values first, actual before plan, missing as "—") with
    its period and status, how many values it has and how many facts whose sources disagree.
    (From the province's every fact; summary_table gives the same from the read model's summary.)"""
    if df.empty:
        return _summary_rows({}, {}, [], {}, lang)
    return _summary_rows(_latest(df), df.groupby("indicator").size().to_dict(), groups, disagreeing, lang)


def summary_table(summary: pd.DataFrame, groups: list[tuple[str, str, list[str]]], lang: str) -> pd.DataFrame:
    """profile_summary from the read model's per-province summary (metrics.queries.province_summary:
    one row per indicator with the value shown and the counts), without the province's facts."""
    latest = {r["indicator"]: r for r in summary.to_dict("records")}
    return _summary_rows(latest, {c: r["n_facts"] for c, r in latest.items()}, groups,
                         {c: r["n_disagreeing"] for c, r in latest.items()}, lang)


def _summary_rows(latest: dict[str, dict], counts: dict, groups, disagreeing: dict, lang: str) -> pd.DataFrame:
    cols = [t(k, lang) for k in ("pf_group", "col_indicator", "pf_latest", "col_period", "col_status",
                                 "pf_n_values", "pf_n_disagreeing")]
    if not latest:
        return pd.DataFrame(columns=cols)
    rows = []
    for _key_, title, codes in groups:
        for code in codes:
            r, ind = latest[code], registry.indicator(code)
            name = ind.name(lang)
            status = t(f"status_{r['status']}", lang)
            if not bool(r.get("comparable", True)):  # merger view: no value, and why
                status = t("not_comparable", lang)
            rows.append((title, name, _value_cell(r, ind, lang),
                         periods.label(r["period"], lang) + (f" ({t('plan', lang)})" if r["measure"] == "plan" else ""),
                         status, int(counts.get(code, 0)), int(disagreeing.get(code, 0))))
    return pd.DataFrame(rows, columns=cols)


def profile_summary_facts(df: pd.DataFrame, groups: list[tuple[str, str, list[str]]]) -> list[str]:
    """The fact id of each row of profile_summary, in its order (a selected row opens the history
    of the value it shows). `df`: the province's facts, or its summary (one row per indicator)."""
    if df.empty:
        return []
    latest = _latest(df) if "n_facts" not in df else {r["indicator"]: r for r in df.to_dict("records")}
    return [fact_id(latest[code]) for _key_, _title, codes in groups for code in codes]


def profile_groups(present, lang: str) -> list[tuple[str, str, list[str]]]:
    """The profile's indicator groups, each (key, title, codes) with the codes present: the core
    indicators first (metrics/display.toml), then every other indicator under its report section
    (the form's sections I–IV), registry order within a group. Empty groups are left out."""
    present = set(present)
    d = registry.display()
    core = [c for c in d.core if c in present]
    groups = [("core", t("pf_core", lang), core)]
    taken = set(core)
    for section in d.report_sections:
        codes = [c for c, ind in registry.shown_indicators().items()
                 if c in present and c not in taken and section.takes(ind)]
        taken.update(codes)
        groups.append((section.roman, f"{section.roman}. {t('pf_section_' + section.roman, lang)}", codes))
    return [g for g in groups if g[2]]


def merger_history(code: str, frame: str, lang: str) -> dict:
    """The administrative history of a province: {'text': ..., 'links': [(label, option)]}.
    'Ninh Thuận — sáp nhập vào Khánh Hòa từ 01/7/2025' / 'Khánh Hòa (từ 01/7/2025) gồm: …'."""
    p = registry.province(code, frame)
    when = fmt.day(registry.MERGER_DATE, lang, month_padded=False)
    if frame == "63":
        s = registry.successor(p)
        if s is None:
            return {"text": "", "links": []}
        peers = registry.predecessors(s)
        if len(peers) == 1:
            msg = t("pf_continues", lang).format(name=p.name(lang), successor=s.name(lang), date=when)
        elif s.name_vi == p.name_vi:
            # NOTE: mend28b: "Gia Lai — sáp nhập vào Gia Lai từ 1/7/2025" read as nothing happened to it
            msg = t("pf_merged_keeping_name", lang).format(name=p.name(lang), successor=s.name(lang), date=when,
                                                           others=registry.merged_with(p, lang))
        else:
            msg = t("pf_merged_into", lang).format(name=p.name(lang), successor=s.name(lang), date=when)
        if p.renamed:  # a change inside the frame: Thừa Thiên Huế is the city of Huế from 1/1/2025
            r = p.renamed
            on = fmt.day(r.on, lang)
            msg = t("pf_renamed", lang).format(name=p.name(lang), new=pick(r.name_vi, r.name_en, lang),
                                               kind=r.kind, date=on,
                                               basis=pick(r.basis, r.basis.replace("Nghị quyết", "Resolution"), lang)) + " " + msg
        return {"text": msg, "links": [(f"{s.name(lang)} ({t('frame_34', lang)})", f"{s.code}-{s.frame}")]}
    preds = registry.predecessors(p)
    if not preds:
        return {"text": "", "links": []}
    names = ", ".join(q.name(lang) for q in preds)
    msg = t("pf_made_of", lang).format(name=p.name(lang), date=when, names=names)
    return {"text": msg, "links": [(q.name(lang), f"{q.code}-{q.frame}") for q in preds]}


# --- data and sources -------------------------------------------------------------------------

def search_key(s: str) -> str:
    return bare(fmt.text(s))


def search_keys(texts) -> pa.Array:
    """search_key of many texts at once, in Arrow's C++ kernels (the same steps: NFD, đ → d, the
    combining marks dropped, NFC, lower case; tests/test_overview_profile_data.py checks they agree)."""
    a = pc.utf8_normalize(pa.array([fmt.text(v) for v in texts], pa.string()), "NFD")
    a = pc.replace_substring(pc.replace_substring(a, "đ", "d"), "Đ", "D")
    a = pc.replace_substring_regex(a, r"\p{Mn}", "")
    return pc.utf8_lower(pc.utf8_normalize(a, "NFC"))


# what the data page's search looks in: these columns, and the indicator's names in both languages
SEARCHED_COLUMNS = ("quote", "source", "note", "province_name", "indicator")


@dataclass(frozen=True)
class SearchIndex:
    """The searched texts of a facts frame, column by column as each row's code into that column's
    distinct texts folded (search_keys): a search tests each distinct text once, not every row.
    Rows of `positions` only (None: every row of the frame)."""
    columns: tuple  # ((codes: -1 for a missing text, folded distinct texts: pa.Array), ...)
    positions: np.ndarray | None = None

    @classmethod
    def of(cls, df: pd.DataFrame, positions: np.ndarray | None = None) -> "SearchIndex":
        columns = []
        for name in SEARCHED_COLUMNS:
            col = df[name] if positions is None else df[name].iloc[positions]
            codes, distinct = pd.factorize(col)
            if name == "indicator":
                texts = [registry.indicator(c).name_vi + " " + registry.indicator(c).name_en for c in distinct]
            else:
                texts = list(distinct)
            # the smallest integer type that holds the codes (10 M facts: one array per column)
            columns.append((codes.astype(np.min_scalar_type(-max(len(distinct), 1))), search_keys(texts)))
        return cls(tuple(columns), positions)

    def matches(self, words: list[str], rows: np.ndarray) -> np.ndarray:
        """Whether each of `rows` (positions in the frame) holds every word in one of its searched
        texts. A word holds no space, so it is in the texts joined by spaces (the old haystack)
        exactly when it is in one of them."""
        at = rows if self.positions is None else np.searchsorted(self.positions, rows)
        keep = np.ones(len(rows), dtype=bool)
        for word in words:
            found = np.zeros(len(rows), dtype=bool)
            for codes, folded in self.columns:
                hit = np.append(pc.match_substring(folded, word).to_numpy(zero_copy_only=False), False)
                found |= hit[codes[at]]  # code -1 (no text) picks the False appended
            keep &= found
        return keep


def filter_facts(df: pd.DataFrame, provinces=(), indicators=(), kinds=(), years=None, statuses=(),
                 source_kinds=(), query: str = "") -> pd.DataFrame:
    """The facts matching every filter given (an empty filter keeps everything), in the page's
    order (fact_positions)."""
    return df.iloc[fact_positions(df, provinces, indicators, kinds, years, statuses, source_kinds, query)
                   ].reset_index(drop=True)


def fact_positions(df: pd.DataFrame, provinces=(), indicators=(), kinds=(), years=None, statuses=(),
                   source_kinds=(), query: str = "", search: SearchIndex | None = None,
                   rank: np.ndarray | None = None) -> np.ndarray:
    """The positions in `df` of the facts matching every filter given (an empty filter keeps
    everything), in order (order_facts). provinces: (code, frame) pairs. years: (first, last)
    keeps values whose span overlaps those years. query: words that must all appear in the
    quote, source, note, province or indicator name, matched without diacritics; `search`: the
    frame's SearchIndex, if one is kept (else it is built for the rows the other filters keep);
    `rank`: the frame's page_rank, if one is kept (else the rows kept are ordered on their keys)."""
    # NOTE: one mask over the columns and positions, never a filtered copy of the frame per step:
    # selecting rows of Arrow-string columns copies every column (the data page filters and
    # orders a national warehouse's 6.5 M facts; a shuffled take of 0.7 M rows alone took 7 s)
    keep = np.ones(len(df), dtype=bool)
    if provinces:
        pairs = {(c, f) for c, f in provinces}
        keep &= (df["province_code"].isin({c for c, _ in pairs}) & df["frame"].isin({f for _, f in pairs})).to_numpy()
        if len({f for _, f in pairs}) > 1:  # a code of one frame asked, the same code of the other not
            idx = np.flatnonzero(keep)
            both = zip(df["province_code"].iloc[idx].to_numpy(), df["frame"].iloc[idx].to_numpy())
            keep[idx[~np.fromiter((p in pairs for p in both), dtype=bool, count=len(idx))]] = False
    for column, wanted in (("indicator", indicators), ("period_kind", kinds), ("status", statuses),
                           ("source_kind", source_kinds)):
        if wanted:
            keep &= df[column].isin(list(wanted)).to_numpy()
    if years:
        y0, y1 = years
        keep &= ((df["period_start"].dt.year <= y1) & (df["period_end"].dt.year >= y0)).to_numpy()
    idx = np.flatnonzero(keep)
    words = search_key(query).split()
    if words and len(idx):
        # NOTE: column-wise, never a Python loop over the rows (a search over a national
        # warehouse's facts took 30-80 s at 1 M observations); each distinct text is tested once
        idx = idx[(search or SearchIndex.of(df, idx)).matches(words, idx)]
    if rank is not None:
        return idx[np.argsort(rank[idx], kind="stable")]
    return idx[_page_order(df, idx)]


def page_rank(df: pd.DataFrame) -> np.ndarray:
    """Each row's place in the page's order (_page_order) among all of df's rows: any rows are then
    put in that order by sorting their ranks (the same order: _page_order is a stable sort, so
    tied rows keep their positions either way), without the keys of every row factorized again
    for each filter (~1 s at 10 M observations)."""
    rank = np.empty(len(df), dtype=np.int64)
    rank[_page_order(df)] = np.arange(len(df))
    return rank


def _page_order(df: pd.DataFrame, idx: np.ndarray | None = None) -> np.ndarray:
    """The order (argsort) of df's rows `idx` (None: all): province (frame 63 first), indicator
    in registry order (related indicators together; an unlisted one last), then time, then
    measure; ties keep their order. On the keys' integer codes (numpy's stable lexsort), not a
    sort of the text columns."""
    rank = registry.shown_rank()
    pick_rows = (lambda a: a) if idx is None else (lambda a: a[idx])
    ind_codes, ind_names = pd.factorize(df["indicator"], sort=True)
    ind = np.array([rank.get(c, len(rank)) for c in ind_names] + [len(rank)], dtype=np.int64)[ind_codes]
    # indicators of one rank (unlisted ones) by their code: the order does not depend on the order
    # the rows came in (the data page reads every fact unordered: queries.every_fact)
    keys = (pd.factorize(df["measure"], sort=True)[0], df["period_end"].to_numpy(), df["period_start"].to_numpy(),
            ind_codes, ind, pd.factorize(df["province_code"], sort=True)[0], (df["frame"] != "63").to_numpy())
    return np.lexsort(tuple(pick_rows(k) for k in keys))  # the last key sorts first


def order_facts(df: pd.DataFrame) -> pd.DataFrame:
    """The facts in the page's order (_page_order)."""
    return df.iloc[_page_order(df)].reset_index(drop=True)


def fact_id(r) -> str:
    """One fact as a URL-safe id: '14-63|tasks_managed|2021/2025|actual'."""
    return f"{r['province_code']}-{r['frame']}|{r['indicator']}|{r['period']}|{r['measure']}"


def parse_fact_id(s: str) -> tuple[str, str, str, str, str]:
    prov, indicator, period, measure = s.split("|")
    code, frame = prov.split("-")
    return code, frame, indicator, period, measure


def fact_label(r, lang: str) -> str:
    p = registry.province(r["province_code"], r["frame"])
    prov = p.name(lang) if r["frame"] == "63" else f"{p.name(lang)} ({t('frame_34', lang)})"
    plan = f" ({t('plan', lang)})" if r["measure"] == "plan" else ""
    return f"{prov} · {registry.indicator(r['indicator']).name(lang)} · {periods.label(r['period'], lang)}{plan}"


def screen_frame(df: pd.DataFrame, others: dict[tuple, list[dict]], lang: str) -> pd.DataFrame:
    """The table on screen: headers in the chosen language, numbers written the local way."""
    rows = []
    for _, r in df.iterrows():
        ind = registry.indicator(r["indicator"])
        rows.append({
            t("col_province", lang): fmt.province_label(r["province_code"], r["frame"], lang),
            t("col_indicator", lang): ind.name(lang),
            t("col_period", lang): periods.label(r["period"], lang),
            t("col_value", lang): _value_cell(r, ind, lang),
            t("col_status", lang): t(f"status_{r['status']}", lang),
            t("col_measure", lang): t(r["measure"], lang),
            t("col_source", lang): fmt.text(r["source"]),
            t("col_quote", lang): fmt.text(r["quote"]),
            t("col_note", lang): fmt.text(r["note"]),
            t("dx_other_reported", lang): _others_text(others.get(_key(r), [])),
        })
    cols = [t(k, lang) for k in ("col_province", "col_indicator", "col_period", "col_value", "col_status",
                                 "col_measure", "col_source", "col_quote", "col_note", "dx_other_reported")]
    return pd.DataFrame(rows, columns=cols)


EXPORT_COLUMNS = (
    ("province_code", "dx_province_code"), ("frame", "col_frame"), ("province_name", "col_province"),
    ("indicator", "dx_indicator_code"), ("indicator_name", "col_indicator"), ("period", "dx_period_code"),
    ("period_label", "col_period"), ("period_start", "dx_start"), ("period_end", "dx_end"),
    ("measure", "col_measure"), ("value", "col_value"), ("unit", "col_unit"), ("qualifier", "dx_qualifier"),
    ("status", "col_status"), ("source", "col_source"), ("quote", "col_quote"), ("note", "col_note"),
    ("alternatives", "dx_alternatives"), ("other_values", "dx_other_reported"), ("source_kind", "dx_source_kind"),
    ("source_id", "dx_source_id"), ("sheet", "col_sheet"), ("cell", "col_cell"), ("loaded_at", "dx_loaded_at"),
)


def export_frame(df: pd.DataFrame, others: dict[tuple, list[dict]], lang: str) -> pd.DataFrame:
    """The rows on screen, machine-readable: plain numbers (dot decimal), ISO dates, codes kept
    beside names; headers in the chosen language.

    NOTE: column by column, each distinct text formatted once (_each_distinct), never a Python
    loop over the rows: a download of a province's ~100 k facts at 10 M observations took ~13 s
    to build row by row (130 µs a row), a national warehouse's every fact ~15 minutes."""
    text = fmt.text
    out = pd.DataFrame({
        "province_code": df["province_code"], "frame": df["frame"],
        "province_name": _each_distinct((df["province_code"], df["frame"]),
                                        lambda c, f: fmt.province_label(c, f, lang)),
        "indicator": df["indicator"],
        "indicator_name": _each_distinct((df["indicator"],), lambda c: registry.indicator(c).name(lang)),
        "period": df["period"], "period_label": _each_distinct((df["period"],), lambda p: periods.label(p, lang)),
        "period_start": pd.to_datetime(df["period_start"]).dt.strftime("%Y-%m-%d"),
        "period_end": pd.to_datetime(df["period_end"]).dt.strftime("%Y-%m-%d"),
        "measure": df["measure"], "value": df["value"].astype(float),
        "unit": _each_distinct((df["indicator"],), lambda c: registry.indicator(c).unit(lang)),
        "qualifier": _each_distinct((df["qualifier"],), lambda q: fmt.qualifier(text(q), lang) if text(q) else ""),
        "status": df["status"], "source": _each_distinct((df["source"],), text),
        "quote": _each_distinct((df["quote"],), text), "note": _each_distinct((df["note"],), text),
        "alternatives": df["alternatives"].astype(int), "other_values": _other_values_column(df, others),
        "source_kind": _each_distinct((df["source_kind"],), text),
        "source_id": _each_distinct((df["source_id"],), text),
        "sheet": _each_distinct((df["sheet"],), text), "cell": _each_distinct((df["cell"],), text),
        "loaded_at": pd.to_datetime(df["loaded_at"]).dt.strftime("%Y-%m-%d %H:%M:%S"),
    }, columns=[c for c, _ in EXPORT_COLUMNS], index=df.index)
    return out.rename(columns={c: t(k, lang) for c, k in EXPORT_COLUMNS})


def _each_distinct(columns: tuple, fn) -> np.ndarray:
    """fn(*values) for each row of these columns, called once per distinct combination (a missing
    value given as NaN, as a row would give it)."""
    codes = np.zeros(len(columns[0]), dtype=np.int64)
    uniques = []
    for col in columns:
        c, u = pd.factorize(col)  # a missing value: -1
        uniques.append(list(u) + [np.nan])
        codes = codes * (len(u) + 1) + np.where(c < 0, len(u), c)
    seen, at = np.unique(codes, return_inverse=True)
    made = []
    for code in seen.tolist():
        args = []
        for u in reversed(uniques):
            code, i = divmod(code, len(u))
            args.append(u[i])
        made.append(fn(*reversed(args)))
    return np.asarray(made + [""], dtype=object)[:-1][at.reshape(-1)] if len(made) else np.asarray([], dtype=object)


def _other_values_column(df: pd.DataFrame, others: dict[tuple, list[dict]]) -> np.ndarray:
    """Each row's other reported values as the export writes them ("" for none): the few facts
    that have some found by a join on the fact key, not a lookup per row."""
    out = np.full(len(df), "", dtype=object)
    if not others or not len(df):
        return out
    texts = pd.DataFrame([(*k, " · ".join(f"{o['number']:g} ({o['source']})" for o in v)) for k, v in others.items()],
                         columns=["province_code", "frame", "indicator", "period", "measure", "_text"])
    keys = ["province_code", "frame", "indicator", "period", "measure"]
    rows = df[keys].reset_index(drop=True).astype(str)
    found = rows.reset_index().merge(texts.astype(str), on=keys, how="inner")
    out[found["index"].to_numpy()] = found["_text"].to_numpy(dtype=object)
    return out


SOURCE_COLUMNS = (("source_id", "dx_source_id"), ("kind", "dx_source_kind"), ("publisher", "dx_publisher"),
                  ("title", "dx_title_col"), ("url", "dx_url"), ("published", "dx_published"),
                  ("language", "dx_language"), ("machine_translated", "dx_machine_translated"),
                  ("document", "dx_document"), ("note", "col_note"))


def sources_frame(sources: pd.DataFrame, lang: str) -> pd.DataFrame:
    cols = [c for c, _ in SOURCE_COLUMNS]
    out = sources.reindex(columns=cols).copy()
    for c in cols:
        if c != "machine_translated":
            out[c] = out[c].map(fmt.text)
    return out.rename(columns={c: t(k, lang) for c, k in SOURCE_COLUMNS})


# NOTE: OWASP "CSV injection": a spreadsheet runs text that begins with one of these as a
# formula — a row label, a sheet name or an uploaded file name such as
# =HYPERLINK("http://…?"&K2,"Chi tiết") or =cmd|' /c calc'!A0 would reach a planner's computer live.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert(v):
    return "'" + v if isinstance(v, str) and v.startswith(FORMULA_START) else v


def neutralized(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every text cell (and column name) that a spreadsheet would run as a formula
    prefixed with an apostrophe, as OWASP advises; numbers stay numbers."""
    out = frame.rename(columns=_inert)
    for col in out.columns:
        values = out[col]
        if pd.api.types.is_numeric_dtype(values) or pd.api.types.is_datetime64_any_dtype(values):
            continue
        if isinstance(values.dtype, pd.StringDtype):  # every cell text (or missing): column-wise
            hit = values.str.startswith(FORMULA_START).fillna(False).to_numpy(dtype=bool)
            if hit.any():
                out[col] = values.where(~hit, "'" + values)
        else:
            out[col] = values.map(_inert)
    return out


# What a download of the data page holds at most. A CSV: the rows one Excel sheet holds (1,048,576
# with the header), so that it opens whole; a national warehouse's every fact (6.5 M at 10 M
# observations) would be ~3 GB built in the server's memory for one click. An .xlsx: 50,000 rows
# (openpyxl serializes each cell in Python: 98,483 rows took 167 s at load ~10, bench.run; 50,000
# is ~30 s on a quiet machine). Above these the page says so and asks for narrower filters (a
# province, some indicators, years).
CSV_MAX_ROWS = 1_048_575
EXCEL_MAX_ROWS = 50_000


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """CSV that Excel opens as UTF-8 (a BOM first), plain numbers with a dot decimal, formulas inert.
    Every CSV download of the product goes through here."""
    return neutralized(frame).to_csv(index=False).encode("utf-8-sig")


def excel_bytes(facts: pd.DataFrame, sources: pd.DataFrame, lang: str) -> bytes:
    """An .xlsx with the facts sheet ('Số liệu') and the sources sheet ('Nguồn'). Text is always a
    text cell, never a formula (openpyxl would store any text beginning with "=" as one), and
    marked quote-prefixed so that Excel keeps it text even when the cell is edited.

    NOTE: written row by row in openpyxl's write-only mode, each cell made once: pandas' to_excel
    built the whole sheet in memory and every cell was visited again to make formulas inert (0.67 ms
    a row of the data page's export: 13 s for 20,000 rows)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    for frame, name in ((facts, t("dx_sheet_facts", lang)), (sources, t("dx_sheet_sources", lang))):
        ws = wb.create_sheet(name)
        for i, col in enumerate(frame.columns, start=1):  # widths before the first row (write-only)
            longest = max([len(str(col))] + [len(str(v)) for v in frame[col].head(200)])
            ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, longest + 2))
        ws.freeze_panes = "A2"

        def cell(v, ws=ws):
            if isinstance(v, str):
                if v.startswith(FORMULA_START):
                    c = WriteOnlyCell(ws, v)
                    c.data_type = "s"
                    c.quotePrefix = True
                    return c
                return v
            if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v):
                return None
            if isinstance(v, np.generic):
                return v.item()
            return v

        ws.append([cell(str(c)) for c in frame.columns])
        columns = [frame[c].astype(object).where(frame[c].notna(), None).to_numpy() for c in frame.columns]
        for row in zip(*columns):
            ws.append([cell(v) for v in row])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _when(v) -> str:
    return "" if v is None or pd.isna(v) else pd.Timestamp(v).strftime("%d/%m/%Y %H:%M")


def history_summary(hist: pd.DataFrame, lang: str) -> str:
    """The value in use in one line: who loaded it and when, who approved it and when."""
    current = hist[(hist["position"] == 1) & hist["active"].astype(bool)]
    if current.empty:
        return ""
    r = current.iloc[0]
    ind = registry.indicator(r["indicator"])
    text_ = t("dx_in_use_line", lang).format(value=_value_cell(r, ind, lang), by=fmt.text(r["loaded_by"]),
                                             at=_when(r["loaded_at"]))
    if not fmt.is_missing(r.get("approved_by")):
        text_ += "; " + t("dx_approved_line", lang).format(by=r["approved_by"], at=_when(r["approved_at"]))
    return text_


def history_frame(hist: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Every value ever loaded for one fact, newest first: which is in use, which were replaced,
    which came from an upload that was undone."""
    rows = []
    for _, r in hist.iterrows():
        ind = registry.indicator(r["indicator"])
        if not bool(r["active"]):
            state = t("dx_state_undone", lang)
        elif r.get("state", "approved") != "approved":
            state = t(f"wf_state_{r['state']}", lang)
        elif r["position"] == 1:
            state = t("pf_in_use", lang)
        else:
            state = t("pf_other", lang)
        rows.append({
            t("dx_state", lang): state,
            t("col_value", lang): _value_cell(r, ind, lang),
            t("col_status", lang): t(f"status_{r['status']}", lang),
            t("col_source", lang): fmt.text(r["source"]),
            t("col_quote", lang): fmt.text(r["quote"]),
            t("col_note", lang): fmt.text(r["note"]),
            t("dx_loaded_at", lang): pd.Timestamp(r["loaded_at"]).strftime("%d/%m/%Y %H:%M"),
            t("dx_loaded_by", lang): fmt.text(r["loaded_by"]),
            t("dx_upload", lang): fmt.text(r["file_name"]),
            t("dx_approved_by", lang): fmt.text(r.get("approved_by")),
            t("dx_approved_at", lang): _when(r.get("approved_at")),
            t("dx_replaced_by", lang): "" if fmt.is_missing(r.get("replaced_by_value")) else
            f"{fmt.number(r['replaced_by_value'], ind.decimals, lang)} ({_when(r.get('replaced_at'))})",
            t("dx_undone_at", lang): _when(r["undone_at"]),
        })
    return pd.DataFrame(rows)


# --- upload page: what a file holds, what it ignores, what is wrong --------------------------

def upload_facts(result, lang: str) -> pd.DataFrame:
    """The preview of every fact found in an uploaded file, in words, with its sheet!cell — and its
    note when any fact has one (a formula computed, a total from its levels, a rate the uploader
    said how to read), so the person sees how each figure was read before saving."""
    rows = []
    notes = "note" in result.facts and bool(result.facts["note"].fillna("").astype(str).str.len().gt(0).any())
    for r in result.facts.itertuples():
        ind = registry.indicator(r.indicator)
        rows.append({
            t("col_province", lang): registry.province(r.province_code, r.frame).name(lang),
            t("col_frame", lang): t(f"frame_{r.frame}", lang),
            t("col_indicator", lang): ind.name(lang),
            t("col_period", lang): periods.label(r.period, lang),
            t("col_measure", lang): t(r.measure, lang) + (f" ({t('estimated', lang)})" if r.status == "estimated" else ""),
            t("col_value", lang): fmt.value(r.value, ind.unit(lang), ind.decimals, r.qualifier, lang),
            t("col_cell", lang): f"{r.sheet}!{r.cell}" if isinstance(r.cell, str) else f"{r.sheet} ({t('derived', lang)})",
            **({t("col_note", lang): r.note if isinstance(r.note, str) else ""} if notes else {}),
        })
    return pd.DataFrame(rows)


def upload_problems(problems, lang: str) -> pd.DataFrame:
    """Why a file or a document was refused: one row per problem, its place, rule and message."""
    return pd.DataFrame([{
        t("col_sheet", lang): p.sheet or "—", t("col_cell", lang): p.cell or "—",
        t("col_value", lang): "" if p.value is None else str(p.value), t("col_rule", lang): p.rule,
        t("col_message", lang): pick(p.message_vi, p.message_en, lang),
    } for p in problems])


def upload_ignored(result, lang: str) -> pd.DataFrame:
    return pd.DataFrame([{
        t("col_sheet", lang): i.sheet, t("col_row", lang): i.row or "—", t("col_text", lang): i.text,
        t("col_reason", lang): pick(i.reason_vi, i.reason_en, lang), t("col_rule", lang): i.rule,
    } for i in result.ignored])


def suggestion_line(g, lang: str) -> str:
    """One suggested row in words: 'Dòng 28 · ‘…’ → <indicator> · độ tin cậy 0,91'."""
    return t("suggestion_line", lang).format(
        row=g.row, label=g.label, indicator=registry.indicator(g.indicator).name(lang),
        score=fmt.number(g.score, 2, lang))


def learned_labels(entries, lang: str) -> pd.DataFrame:
    """Learned labels for the administrator: label, indicator, answer, who, when, which file."""
    return pd.DataFrame([{
        t("col_label", lang): e.label,
        t("col_indicator", lang): registry.indicator(e.indicator).name(lang) if e.indicator in registry.indicators() else e.indicator,
        t("col_decision", lang): t(f"decision_{e.decision}", lang),
        t("col_scope", lang): ("" if e.decision != "confirmed" else t("learned_in_force", lang) if e.approved else
                               t("learned_waiting", lang).format(provinces=", ".join(e.provinces) or "—")),
        t("col_by", lang): e.by,
        t("col_when", lang): e.at.replace("T", " ")[:16],
        t("col_file", lang): " · ".join(str(x) for x in (e.file, e.sheet, e.row) if x) or "—",
    } for e in entries])
