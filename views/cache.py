"""What every session of a process shares: results computed once per data version (the published
snapshot's version, metrics.queries.version) and page parameters, never once per session; and a
cap on how many script runs execute at once, so that in a crowd the first arrivals finish first
instead of everyone finishing together at the end."""
from __future__ import annotations

import contextlib
import os
import threading

import streamlit as st

from metrics import queries, registry, rules
from views import cards, charts, fmt, maps, tables

# NOTE: on 2 cores, more runs at once only share the same CPU more thinly (and pandas holds the
# GIL); a few at a time keeps every run short. Waiting runs are served first come, first served.
MAX_RUNS = int(os.environ.get("ST_DASHBOARD_MAX_RUNS", "3"))
_runs = threading.BoundedSemaphore(MAX_RUNS)


@contextlib.contextmanager
def run_slot():
    """Hold one of the process's MAX_RUNS script-run slots for the length of a page run."""
    _runs.acquire()
    try:
        yield
    finally:
        _runs.release()


def version() -> str:
    return queries.version()


@st.cache_data(max_entries=512, show_spinner=False)
def indicators_with_data(version: str) -> list[str]:
    return queries.indicators_with_data()


@st.cache_data(max_entries=256, show_spinner=False)
def overview_deck(version: str, mode: str, provinces: tuple, core: tuple, lang: str) -> dict:
    """Everything the overview draws for these provinces, in one language: per province its cards
    as one HTML block (views.cards) and the core indicators it lacks; the sources line. Plain
    data: cheap to hand out, and a run sends a few elements instead of four per card."""
    df = queries.facts_view(list(core), list(provinces), mode=mode)
    deck = tables.cards(df, list(provinces), list(core))
    out = {"provinces": [], "sources": tables.deck_sources(deck, lang)}
    for (code, frame), cs in deck.items():
        have = {c.indicator for c in cs}
        html = []
        for c in cs:
            x = tables.card_texts(c, lang)
            html.append(cards.card_html(x, cards.card_lines(c, x, lang)))
        out["provinces"].append({
            "code": code, "frame": frame, "n_cards": len(cs),
            "html": cards.deck_html(html, fmt.province_label(code, frame, lang)),
            # the cards' values, each with its history one choice away (views.history)
            "facts": [(tables.fact_id(c.row), f"{registry.indicator(c.indicator).name(lang)} · "
                       f"{tables.card_texts(c, lang)['period']}") for c in cs if c.row is not None],
            "missing": [registry.indicator(ind).name(lang) for ind in core if ind not in have],
        })
    return out


@st.cache_data(max_entries=64, show_spinner=False)
def other_values(version: str, indicators: tuple, provinces: tuple, lang: str) -> dict:
    """Fact key -> the other values reported for it (views.tables.other_values_map), shared."""
    return tables.other_values_map(queries.alternatives(list(indicators), list(provinces)), lang)


# --- province profile: what depends only on the data version, the view, the province and the
# language is computed once and shared; a run draws the summary, the one table of disagreements
# and one page of one indicator group.

PROFILE_PAGE = 8  # indicators drawn in full (chart, table) per page of a group


@st.cache_resource(max_entries=32, show_spinner=False)
def _profile_frame(version: str, mode: str, code: str, frame: str, lang: str):
    """(facts, other values) of one province in the view; shared read-only, never copied."""
    province = registry.province(code, frame)
    others = dict(other_values(version, (), ((code, frame),), lang))
    if mode == "today" and frame == "34":
        df = queries.facts_view((), [code], mode="today")
        preds = registry.predecessors(province)
        if len(preds) == 1:  # same territory: the predecessor's disagreements are this province's
            others.update(tables.other_values_map(queries.alternatives((), [preds[0].key]), lang,
                                                  as_province=(code, frame)))
    else:
        df = queries.facts((), [(code, frame)])
    return df, others


@st.cache_data(max_entries=64, show_spinner=False)
def profile_view(version: str, mode: str, code: str, frame: str, lang: str) -> dict:
    """The profile's shared part: its groups ((key, title, codes)), the summary of every
    indicator, every disagreement in one table, the counts."""
    df, others = _profile_frame(version, mode, code, frame, lang)
    groups = tables.profile_groups(df["indicator"].unique(), lang)
    counts = tables.disagreeing_counts(df, others)
    return {"empty": df.empty, "groups": groups,
            "n_indicators": sum(len(codes) for _, _, codes in groups), "n_values": int(df["value"].notna().sum()),
            "summary": tables.profile_summary(df, groups, counts, lang),
            "summary_facts": tables.profile_summary_facts(df, groups),
            "disagreements": tables.disagreement_table(df, others, lang),
            "disagreement_facts": tables.disagreement_facts(df, others),
            "n_disagreeing": sum(counts.values()), "disagreeing": counts}


@st.cache_data(max_entries=256, show_spinner=False)
def profile_details(version: str, mode: str, code: str, frame: str, indicators: tuple, lang: str) -> list[dict]:
    """For each indicator of one page: its table of values with provenance and the fact id of each
    of its rows (a selected row opens that fact's history), whether it gets a chart (a core
    indicator with two drawable values), its sources line."""
    df, others = _profile_frame(version, mode, code, frame, lang)
    core = set(registry.display().core)
    out = []
    for indicator, rows in df[df["indicator"].isin(list(indicators))].groupby("indicator", sort=False):
        drawn = rules.chartable(rows)
        out.append({"indicator": indicator, "table": tables.profile_table(rows, others, lang),
                    "facts": [tables.fact_id(r) for _, r in tables.profile_rows(rows).iterrows()],
                    "chart": indicator in core and len(drawn) >= 2,
                    "sources": fmt.source_line(rows, lang, limit=10)})
    order = {c: i for i, c in enumerate(indicators)}
    return sorted(out, key=lambda d: order[d["indicator"]])


@st.cache_resource(max_entries=256, show_spinner=False)
def profile_figure(version: str, mode: str, code: str, frame: str, indicator: str, lang: str):
    """One core indicator's chart on the profile, built once and shared (st.plotly_chart only
    reads it): plotly's figure building is the costly part of drawing a chart."""
    df, _ = _profile_frame(version, mode, code, frame, lang)
    drawn = rules.chartable(df[df["indicator"] == indicator])
    ind = registry.indicator(indicator)
    years = (int(drawn["period_start"].dt.year.min()), int(drawn["period_end"].dt.year.max()))
    fig = charts.compare_figure(drawn, indicator, years, lang, source_line=fmt.source_line(drawn, lang, limit=3),
                                title=f"{ind.name(lang)} — {fmt.province_label(code, frame, lang)}")
    return charts.room_for_sources(fig, 300)


# --- coverage: the cells are computed once per data version and choice; a run draws one page of
# the grid (the summary and the download cover every indicator)

COVERAGE_PAGE = 30  # indicators per page of the grid


@st.cache_resource(max_entries=16, show_spinner=False)
def _coverage(version: str, mode: str, provinces: tuple, indicators: tuple, years: tuple, lang: str):
    """(cells, facts) for a choice; shared read-only, never copied."""
    facts = queries.coverage_facts(list(indicators), list(provinces), mode)
    return maps.coverage_cells(facts, list(provinces), list(indicators), years, mode, lang), facts


@st.cache_data(max_entries=64, show_spinner=False)
def coverage_view(version: str, mode: str, provinces: tuple, indicators: tuple, years: tuple, lang: str) -> dict:
    """The summary of every indicator chosen and the sources line."""
    cells, facts = _coverage(version, mode, provinces, indicators, years, lang)
    shown = rules.touching_years(facts, years)
    return {"summary": maps.coverage_summary(cells, lang),
            "sources": fmt.source_line(shown[shown["source"].fillna("") != ""], lang)}


@st.cache_data(max_entries=256, show_spinner=False)
def coverage_page(version: str, mode: str, provinces: tuple, indicators: tuple, years: tuple, lang: str,
                  page: int) -> dict:
    """One page of the grid (COVERAGE_PAGE indicators) as HTML, and its cells' details."""
    cells, _ = _coverage(version, mode, provinces, indicators, years, lang)
    chunk = list(indicators[(page - 1) * COVERAGE_PAGE: page * COVERAGE_PAGE])
    mine = cells[cells["indicator"].isin(chunk)]
    return {"html": maps.coverage_html(mine, lang),
            "details": maps.coverage_details(mine[mine["detail"] != ""], lang)}


@st.cache_data(max_entries=16, show_spinner=False)
def coverage_csv(version: str, mode: str, provinces: tuple, indicators: tuple, years: tuple, lang: str) -> bytes:
    """The whole grid (every indicator chosen) as CSV words — built when someone downloads it."""
    cells, _ = _coverage(version, mode, provinces, indicators, years, lang)
    return tables.csv_bytes(maps.coverage_grid(cells, lang).reset_index())


SCREEN_ROWS = 2000  # rows drawn on the data page; the downloads hold every row shown by the filters


@st.cache_data(max_entries=4, show_spinner=False)
def _everything(version: str):
    return queries.facts()


def _shown(version: str, provinces, indicators, kinds, years, statuses, source_kinds, search):
    return tables.filter_facts(_everything(version), list(provinces), list(indicators), list(kinds), years,
                               list(statuses), list(source_kinds), search)


@st.cache_data(max_entries=128, show_spinner=False)
def data_view(version: str, provinces: tuple, indicators: tuple, kinds: tuple, years, statuses: tuple,
              source_kinds: tuple, search: str, lang: str) -> dict:
    """The data page for one filter: counts, the first SCREEN_ROWS rows as drawn, their fact
    labels, the sources of every row shown."""
    shown = _shown(version, provinces, indicators, kinds, years, statuses, source_kinds, search)
    head = shown.head(SCREEN_ROWS)
    others = other_values(version, (), (), lang)
    return {"n": len(shown), "total": len(_everything(version)), "head": head,
            "screen": tables.screen_frame(head, others, lang),
            "labels": {tables.fact_id(r): tables.fact_label(r, lang) for _, r in head.iterrows()},
            "sources": tables.sources_frame(queries.sources_of(shown["source_id"]), lang)}


@st.cache_data(max_entries=8, show_spinner=False)
def data_export(version: str, provinces: tuple, indicators: tuple, kinds: tuple, years, statuses: tuple,
                source_kinds: tuple, search: str, lang: str):
    """(export frame, sources frame) of every row the filters show — built on a download click."""
    shown = _shown(version, provinces, indicators, kinds, years, statuses, source_kinds, search)
    others = other_values(version, (), (), lang)
    return (tables.export_frame(shown, others, lang),
            tables.sources_frame(queries.sources_of(shown["source_id"]), lang))
