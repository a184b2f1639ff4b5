"""What every session of a process shares: results computed once per data version (the published
snapshot's version, metrics.queries.version) and page parameters, never once per session; and a
cap on how many script runs execute at once, so that in a crowd the first arrivals finish first
instead of everyone finishing together at the end."""
from __future__ import annotations

import atexit
import collections
import contextlib
import functools
import gc
import os
import textwrap
import threading
import weakref
from html import escape
from urllib.parse import urlencode

import numpy as np
import pandas as pd
import pyarrow as pa
import streamlit as st

from metrics import periods, queries, registry, rules
from views import cards, charts, fmt, history, maps, tables, ui
from views.i18n import LANGUAGES, lang_param, pick, t

# NOTE: on 2 cores, more runs at once only share the same CPU more thinly (and pandas holds the
# GIL); a few at a time keeps every run short. Waiting runs are served first come, first served.
MAX_RUNS = int(os.environ.get("ST_DASHBOARD_MAX_RUNS", "3"))
_runs = threading.BoundedSemaphore(MAX_RUNS)


_run = threading.local()  # the data version of the page run on this thread (run_slot)


@contextlib.contextmanager
def run_slot(version: str | None = None):
    """Hold one of the process's MAX_RUNS script-run slots for the length of a page run; `version`:
    the data version the app read at the run's start, which version() returns during the run."""
    _runs.acquire()
    _run.version = version
    try:
        yield
    finally:
        _run.version = None
        _runs.release()


# NOTE: Python's full garbage collection walks every object the process holds — pandas, pyarrow,
# plotly, DuckDB, the registries, the shared caches: ~125 ms of CPU each time on this app's heap
# (an empty Streamlit page's: ~85 ms), and a crowd's sessions set one off every ~200 sessions; in
# 200-session bursts on the overview, 0.62 ms of the server's ~5 ms CPU per session against
# 0.42 ms for the empty page (gc.callbacks, thread CPU time). What was loaded to serve a page
# (modules, registries, compiled scripts) lives as long as the process: once a page has run, it
# is collected once and moved out of the collector's sight (gc.freeze), so later collections walk
# only what sessions made since. Memory is still freed by reference counting; only cyclic garbage
# already present when frozen would stay (collected just before, so there is little).
#
# After that, the young generation is collected every YOUNG_GC objects made (net) instead of
# Python's 700. In a burst the sessions alive at once hold their objects until they end, so a young
# collection mostly promotes them, and every 10th and 100th one walks the older generations, where
# the other live sessions' objects sit: with 700, 200-session bursts (1,800 sessions) made 1,124
# young, 102 middle and 9 full collections, 0.18 + 0.27 + 0.56 s of CPU (0.55 ms per session, ~10 %
# of its cost; gc.callbacks, thread CPU time); with 50,000, 9 young ones and no other, 0.43 s
# (0.23 ms per session). Cyclic garbage waits longer for its collection (at most ~50,000 objects
# made since the last one); memory is otherwise freed by reference counting as before.
_settled: set = set()
_settled_lock = threading.Lock()
SETTLE_AFTER = 1.0  # seconds after a page's first run: not inside that visitor's run
YOUNG_GC = 50_000


def settle_heap(page: str) -> None:
    """After the first run of each page in this server process: collect, then freeze what is
    alive (gc.freeze), off the run's thread. A no-op after that, and outside a Streamlit server
    (AppTest runs pages in the test process, whose heap is not ours to freeze)."""
    if page in _settled:
        return
    with _settled_lock:
        if page in _settled:
            return
        _settled.add(page)
    if not _serving():
        return
    timer = threading.Timer(SETTLE_AFTER, _freeze)
    timer.daemon = True
    timer.start()


def _serving() -> bool:
    from streamlit.runtime import Runtime

    return Runtime.exists() and type(Runtime.instance()) is Runtime  # AppTest's is a mock


def _freeze() -> None:
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_GC, middle, old)
    # at exit the frozen objects go back to the collector, so that the interpreter's last
    # collection frees them as before (DuckDB's bindings report leaked instances otherwise)
    atexit.register(gc.unfreeze)


def shared(maxsize: int):
    """st.cache_resource for the few results a page asks for in every run of every session, keyed
    on plain hashable arguments: a dictionary lookup instead of Streamlit's per-call work (it
    inspects the function's signature and hashes every argument: ~20 % of the overview's own script
    time in a 30-session burst, py-spy). Computed once per key (a crowd arriving on a new version
    waits for one computation), the least recently used dropped beyond `maxsize`; shared read-only."""
    def decorate(fn):
        values: collections.OrderedDict = collections.OrderedDict()
        lock, computing = threading.Lock(), {}

        @functools.wraps(fn)
        def wrapper(*args):
            with lock:
                if args in values:
                    values.move_to_end(args)
                    return values[args]
                key_lock = computing.setdefault(args, threading.Lock())
            with key_lock:
                with lock:
                    if args in values:
                        return values[args]
                value = fn(*args)
                with lock:
                    values[args] = value
                    computing.pop(args, None)
                    while len(values) > maxsize:
                        values.popitem(last=False)
            return value

        def clear() -> None:
            with lock:
                values.clear()

        wrapper.clear = clear
        return wrapper
    return decorate


def version() -> str:
    """The data version pages key their shared results on: within a page run, the one the app read
    at its start (one stat of the snapshot's manifest per run, not one per caller: in a crowd each
    stat lets go of the GIL and hands it to another thread and back); elsewhere, read now."""
    v = getattr(_run, "version", None)
    return queries.version() if v is None else v


@shared(maxsize=16)
def synthetic(version: str) -> bool:
    """Whether the served warehouse is bench.synth's (its banner on every page), once per version:
    asked in every run of every session (a query and a copy of its result: ~1 % of the server's
    CPU in an overview burst, py-spy)."""
    return bool(queries.synthetic())


def for_screen(df: pd.DataFrame):
    """A table as st.dataframe sends it (Arrow), converted once for every session: st.dataframe
    converts a pandas frame in every run (at 10 M, a province's summary and disagreements were
    a quarter of the profile page's run). A frame Arrow cannot type as it is stays pandas
    (st.dataframe fixes its mixed columns itself)."""
    try:
        table = pa.Table.from_pandas(df, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        return df
    _arrow_bytes[id(table)] = (weakref.ref(table), None)  # its IPC bytes written once, when first drawn
    weakref.finalize(table, _arrow_bytes.pop, id(table), None)
    return table


# NOTE: st.dataframe (Streamlit 1.67) writes a pyarrow Table into Arrow IPC bytes in every run
# (streamlit.dataframe_util.convert_arrow_table_to_arrow_bytes, called by that name from
# streamlit/elements/arrow.py; no argument takes prepared bytes): 4-9 % of the profile's, compare's
# and data pages' warm runs (py-spy, AppTest, 1 M). A shared table's (for_screen) are written by
# that same function once, the first time any session draws it — the same bytes — as a shared
# figure's JSON is (views.charts.SharedFigure); any other table is written as before.
_arrow_bytes: dict[int, tuple] = {}  # id(a shared table) -> (a weak reference to it, its bytes or None)
try:
    from streamlit import dataframe_util as _st_dataframe
except ImportError:  # pragma: no cover - another Streamlit layout: its own conversion stays
    _st_dataframe = None
_to_arrow_bytes = getattr(_st_dataframe, "convert_arrow_table_to_arrow_bytes", None)


def _table_bytes(table) -> bytes:
    """streamlit.dataframe_util.convert_arrow_table_to_arrow_bytes, once per shared table."""
    known = _arrow_bytes.get(id(table))
    if known is None or known[0]() is not table:
        return _to_arrow_bytes(table)
    if known[1] is None:
        known = (known[0], _to_arrow_bytes(table))
        _arrow_bytes[id(table)] = known
    return known[1]


if _to_arrow_bytes is not None:
    _st_dataframe.convert_arrow_table_to_arrow_bytes = _table_bytes


class SharedHtml:
    """An HTML block as st.html sends it, prepared once for every session: st.html dedents and
    strips a text body in every run (Python's textwrap over the coverage grid's ~100 kB: ~1/6 of
    the page's run at 10 M, py-spy); an object with _repr_html_ is sent as it is. Whether the block
    is <style> tags only (st.html's check, install_html_check) is told once here too."""
    __slots__ = ("body", "only_style", "__weakref__")

    def __init__(self, body: str):
        self.body = textwrap.dedent(body).strip()  # what st.html would make of the text
        self.only_style = _style_only(self.body) if _style_only is not None else None
        _shared_bodies[id(self.body)] = self

    def _repr_html_(self) -> str:
        return self.body


# NOTE: st.html asks of every body, in every run, whether it is <style> tags only
# (streamlit.elements.html._html_only_style_tags: two regular expressions over the whole text, the
# second case-insensitive): ~0.1–0.3 ms for the overview's ~39 kB block, in every visitor's run —
# a third to a half of what an overview run costs the server beyond an empty page's (py-spy, 30-session
# bursts, 5 December 14:38). A shared block's answer is Streamlit's own function's, computed once
# when the block is made; any other body is asked as before.
try:
    from streamlit.elements import html as _st_html
except ImportError:  # pragma: no cover - another Streamlit layout: its own check stays
    _st_html = None
_style_only = getattr(_st_html, "_html_only_style_tags", None)
_shared_bodies: "weakref.WeakValueDictionary[int, SharedHtml]" = weakref.WeakValueDictionary()


def _html_only_style_tags(html_content: str) -> bool:
    shared = _shared_bodies.get(id(html_content))
    if shared is not None and shared.body is html_content:  # (the id of a live block's own text)
        return shared.only_style
    return _style_only(html_content)


def install_html_check() -> None:
    """st.html's style-only check through the shared blocks' answers (once per process; a no-op
    when this Streamlit has no such function: then its own check stays)."""
    if _style_only is not None and _st_html._html_only_style_tags is not _html_only_style_tags:
        _st_html._html_only_style_tags = _html_only_style_tags


@st.cache_data(max_entries=512, show_spinner=False)
def indicators_with_data(version: str) -> list[str]:
    return queries.indicators_with_data()


@shared(maxsize=16)
def core_with_data(version: str) -> tuple[str, ...]:
    """The registry's core indicators that have data, in its order, shared read-only: the overview
    built a set of every indicator with data (a copy out of st.cache_data) once per core indicator
    in every run (~5 % of the server's CPU in an overview burst, py-spy)."""
    with_data = set(indicators_with_data(version))
    return tuple(c for c in registry.display().core if c in with_data)


@shared(maxsize=16)
def indicator_choices(version: str, lang: str) -> tuple[list[str], dict[str, str]]:
    """The indicators with data in the registry's order (all of them when none has data) and each
    one's name as written: a picker over a national warehouse's ~1,300 indicators looks its labels
    up instead of building them in every run. Shared read-only."""
    with_data = set(indicators_with_data(version))
    shown = registry.shown_indicators()
    codes = [c for c in shown if c in with_data] or list(shown)
    return codes, {c: registry.indicator(c).name(lang) for c in codes}


@shared(maxsize=16)
def indicators_with_data_choices(version: str, lang: str) -> tuple[str, ...]:
    """The indicators with data in the pickers' order (indicator_choices), shared read-only: the
    coverage page built it in every run from a copy out of st.cache_data (its arguments hashed,
    its list unpickled) and a set of it."""
    with_data = set(indicators_with_data(version))
    return tuple(c for c in indicator_choices(version, lang)[0] if c in with_data)


@shared(maxsize=16)
def province_options_with_data(version: str) -> tuple[str, ...]:
    """The picker options (ui.province_option) of the provinces with data, once per data version
    and shared read-only: the data page read the list in every run (a stat of the snapshot's
    manifest, which lets go of the GIL, a copy of the frame) and formatted each province."""
    df = queries.provinces_with_data()
    return tuple(ui.province_option(c, f) for c, f in zip(df.province_code, df.frame))


@shared(maxsize=16)
def year_span(version: str) -> tuple[int, int] | None:
    """queries.year_span once per data version, shared (the coverage and data pages' year
    sliders): in every run it was a stat of the snapshot's manifest and a copy of a cached frame."""
    return queries.year_span()


@shared(maxsize=16)
def indicator_finder(version: str, lang: str) -> ui.Finder:
    """The indicator pickers' search box (ui.search_box): each indicator's name folded once per
    data version and language, not in every run."""
    return ui.Finder(indicator_choices(version, lang)[1])


# a card's link to its value's history carries the page's own parameters, which depend on every
# province shown: the per-province parts (province_deck, shared by every set of provinces) hold
# this mark where overview_deck puts them
_KEEP = "__ov_keep__"


@shared(maxsize=256)
def overview_deck(version: str, mode: str, provinces: tuple, core: tuple, lang: str) -> dict:
    """Everything the overview draws for these provinces, in one language, shared read-only: the
    language and merger-view switches and the provinces shown (links), every province (name,
    history, profile link, cards each with a link to its value's history, what it lacks) as one
    HTML block, the facts on its cards (for the history picker, drawn only for a person who asks),
    the sources line. A run sends a handful of elements, whatever the number of provinces and cards."""
    parts = [province_deck(queries.facts_view_key(list(core), [p], mode), mode, p, core, lang) for p in provinces]
    names = list(dict.fromkeys(s for p in parts for s in p["sources"]))
    sources = fmt.source_line(pd.DataFrame({"source": names}), lang, limit=20) if names else ""
    about = cards.about_html(t("ov_about", lang), [t("ov_about_rules", lang)], [
        (ind.name(lang), f"({ind.unit(lang)}) — {ind.definition(lang)} {t('temporal_' + ind.temporal, lang)} "
                         f"{t('additive_yes' if ind.additive else 'additive_no', lang)}")
        for ind in (registry.indicator(c) for c in core)], sources)
    keep = urlencode(overview_params(mode, provinces, lang))
    body = cards.page_html(t("ov_intro", lang), [p["html"] for p in parts], about,
                           overview_switch(mode, provinces, lang)).replace(_KEEP, escape(keep + "&" if keep else "", quote=True))
    # "html": the page as an untouched visit draws it, its title inside the block (one element less
    # per visitor); "body": the same without the title, below a picker drawn under st.title
    return {"html": SharedHtml(cards.title_html(t("ov_title", lang)) + body), "body": SharedHtml(body),
            "facts": dict(f for p in parts for f in p["facts"]), "sources": sources}


def overview_params(mode: str, provinces: tuple, lang: str) -> list[tuple[str, str]]:
    """The overview's query parameters for these provinces, view and language (defaults left out,
    as the page's own URL leaves them out): what its links keep."""
    keep = [ui.province_option(c, f) for c, f in provinces]
    prov = [] if keep == ui.default_provinces(mode) else (keep or [""])
    return [*(("prov", o) for o in prov), *lang_param(lang).items(), *([("view", "today")] if mode == "today" else [])]


def _href(params: list[tuple[str, str]]) -> str:
    # the overview is the default page, served at the app's root: "./?…" keeps that root (behind a
    # proxy's prefix too); "tong-quan?…" opened a new session on a path Streamlit routes to no page
    # and showed its "Page not found" box over the overview
    return "./" + (f"?{urlencode(params)}" if params else "")


def overview_switch(mode: str, provinces: tuple, lang: str) -> str:
    """The overview's first lines, links rather than widgets (in a conference hall every widget is
    paid in every visitor's run): the language (views.cards.view_switch_html), the merger view (a
    link to the other view keeping the language and the provinces that exist in it: today's view
    has the 34 only) and, when provinces are shown, their names with a link that opens the picker."""
    other_lang = next(code for code in LANGUAGES if code != lang)
    language = cards.view_switch_html(
        t("language", lang), "", t(f"lang_{lang}", lang),
        (t(f"lang_{other_lang}", lang), _href(overview_params(mode, provinces, other_lang))), cls="ov-lang")
    other = "reported" if mode == "today" else "today"
    there = tuple((c, f) for c, f in provinces if other == "reported" or f == "34")
    view = cards.view_switch_html(t("view_mode", lang), t("view_help", lang), t(f"view_{mode}", lang),
                                  (t(f"view_{other}", lang), _href(overview_params(other, there or (), lang)
                                                                   if there else _default_params(other, lang))))
    if not provinces:
        return language + view
    names = [fmt.province_label(c, f, lang) for c, f in provinces]
    pick = cards.provinces_line_html(t("provinces", lang), names, (
        t("ov_pick_provinces", lang), _href([*overview_params(mode, provinces, lang), ("pick", "1")])))
    return language + view + pick


def _default_params(mode: str, lang: str) -> list[tuple[str, str]]:
    return [*lang_param(lang).items(), *([("view", "today")] if mode == "today" else [])]


@st.cache_resource(max_entries=512, show_spinner=False)
def province_deck(data_key: str, mode: str, province: tuple, core: tuple, lang: str) -> dict:
    """One province's part of the overview, keyed on the snapshot files its facts come from
    (queries.facts_view_key), not on the data version: after an upload only the provinces it
    touched are computed again (at 10 M, a province's cards cost ~0.1 s). Shared read-only."""
    df = queries.facts_view(list(core), [province], mode=mode)
    (code, frame), cs = next(iter(tables.cards(df, [province], list(core)).items()))
    have = {c.indicator for c in cs}
    html = []
    for c in cs:
        x = tables.card_texts(c, lang)
        link = ((t("ov_history_link", lang), f"./?{_KEEP}{urlencode({'fact': tables.fact_id(c.row)})}")
                if c.row is not None else None)
        html.append(cards.card_html(x, cards.card_lines(c, x, lang), link))
    label = fmt.province_label(code, frame, lang)
    lineage = tables.merger_history(code, frame, lang)["text"]
    params = {"prov": ui.province_option(code, frame), **lang_param(lang), **({"view": "today"} if mode == "today" else {})}
    missing = [registry.indicator(ind).name(lang) for ind in core if ind not in have]
    block = cards.province_html(
        label, [lineage] if lineage else [],
        (f"{t('ov_open_profile', lang)}: {registry.province(code, frame).name(lang)}", f"ho-so-tinh?{urlencode(params)}"),
        cards.deck_html(html, label) if cs else "",
        ([] if cs else [t("no_data", lang)]) + ([f"{t('ov_missing', lang)}: " + "; ".join(missing)] if missing else []))
    return {
        "html": block,
        # the cards' values, each with its history one choice away (views.history)
        "facts": [(tables.fact_id(c.row), f"{fmt.province_label(code, frame, lang)} · "
                   f"{registry.indicator(c.indicator).name(lang)} · {tables.card_texts(c, lang)['period']}")
                  for c in cs if c.row is not None],
        "sources": list(dict.fromkeys(c.row["source"] for c in cs
                                      if c.row is not None and not pd.isna(c.row["source"]))),
    }


@st.cache_data(max_entries=64, show_spinner=False)
def other_values(version: str, indicators: tuple, provinces: tuple, lang: str) -> dict:
    """Fact key -> the other values reported for it (views.tables.other_values_map), shared."""
    return tables.other_values_map(queries.alternatives(list(indicators), list(provinces)), lang)


# --- province profile: what depends only on the data version, the view, the province and the
# language is computed once and shared; a run draws the summary, the one table of disagreements
# and one page of one indicator group.

PROFILE_PAGE = 8  # indicators drawn in full (chart, table) per page of a group


@st.cache_resource(max_entries=64, show_spinner=False)
def _profile_frame(version: str, mode: str, code: str, frame: str, lang: str, indicators: tuple = ()):
    """(facts, other values) of one province in the view — of these indicators (() : all); shared
    read-only, never copied."""
    province = registry.province(code, frame)
    others = dict(other_values(version, indicators, ((code, frame),), lang))
    if mode == "today" and frame == "34":
        df = queries.facts_view(list(indicators), [code], mode="today")
        preds = registry.predecessors(province)
        if len(preds) == 1:  # same territory: the predecessor's disagreements are this province's
            others.update(tables.other_values_map(queries.alternatives(list(indicators), [preds[0].key]), lang,
                                                  as_province=(code, frame)))
    else:
        df = queries.facts(list(indicators), [(code, frame)])
    return df, others


@st.cache_resource(max_entries=64, show_spinner=False)
def _profile_disagreeing(version: str, mode: str, code: str, frame: str, lang: str, indicators: tuple = ()):
    """(facts, other values) of one province's facts that disagree with another source (a fact
    whose key the other values name has alternatives: those facts give the same table), of these
    indicators (() : all)."""
    province = registry.province(code, frame)
    others = dict(other_values(version, indicators, ((code, frame),), lang))
    if mode == "today" and frame == "34" and len(registry.predecessors(province)) == 1:
        pred = registry.predecessors(province)[0]
        others.update(tables.other_values_map(queries.alternatives(list(indicators), [pred.key]), lang,
                                              as_province=(code, frame)))
    return queries.disagreeing_facts(code, frame, mode, indicators), others


@shared(maxsize=64)
def profile_view(version: str, mode: str, code: str, frame: str, lang: str) -> dict:
    """The profile's shared part, read-only: its groups ((key, title, codes)), the summary of every
    indicator (ready for the screen), the counts — how many facts disagree, in all and per
    indicator; the disagreements themselves come a page at a time (profile_disagreements).

    The summary and the counts come from the read model's per-province summary (one row per
    indicator: ~1,300 at 10 M, where the province has ~98 k facts)."""
    summary = queries.province_summary(code, frame, mode)
    if summary is None:  # a snapshot published before the summary existed
        return profile_view_of_facts(version, mode, code, frame, lang, table=False)
    groups = tables.profile_groups(summary["indicator"].unique(), lang)
    counts = {c: int(n) for c, n in zip(summary["indicator"].tolist(), summary["n_disagreeing"].tolist()) if n}
    return {"empty": summary.empty, "groups": groups,
            "n_indicators": sum(len(codes) for _, _, codes in groups), "n_values": int(summary["n_values"].sum()),
            "summary": for_screen(tables.summary_table(summary, groups, lang)),
            "summary_facts": tables.profile_summary_facts(summary, groups),
            "n_disagreeing": sum(counts.values()), "disagreeing": counts}


def profile_view_of_facts(version: str, mode: str, code: str, frame: str, lang: str, table: bool = True) -> dict:
    """profile_view computed from the province's every fact (what it was before the read model's
    summary; still used on a snapshot without it, and by the tests as the reference, with every
    disagreement in one table when `table`)."""
    df, others = _profile_frame(version, mode, code, frame, lang)
    groups = tables.profile_groups(df["indicator"].unique(), lang)
    counts = tables.disagreeing_counts(df, others)
    out = {"empty": df.empty, "groups": groups,
           "n_indicators": sum(len(codes) for _, _, codes in groups), "n_values": int(df["value"].notna().sum()),
           "summary": for_screen(tables.profile_summary(df, groups, counts, lang)),
           "summary_facts": tables.profile_summary_facts(df, groups),
           "n_disagreeing": sum(counts.values()), "disagreeing": counts}
    if table:
        disagreements, facts = tables.disagreements(df, others, lang)
        out.update({"disagreements": for_screen(disagreements), "disagreement_facts": facts})
    return out


def disagreement_indicators(counts: dict[str, int], start: int, stop: int) -> tuple[tuple, int]:
    """(the indicators whose disagreeing facts start..stop fall in, how many facts come before the
    first of them) in the table's order (the registry's), from the per-indicator counts."""
    rank = registry.shown_rank()
    picked, before, seen = [], 0, 0
    for c in sorted(counts, key=lambda c: (rank.get(c, len(rank)), c)):
        if seen + counts[c] > start and seen < stop:
            if not picked:
                before = seen
            picked.append(c)
        seen += counts[c]
    return tuple(picked), before


@shared(maxsize=256)
def profile_disagreements(version: str, mode: str, code: str, frame: str, lang: str, start: int, stop: int) -> dict:
    """A page of the province's disagreements, read-only: the disagreeing facts start..stop (the
    table's order: registry order, newest period first) as rows of one table (the value in use,
    then each other value with its source; ready for the screen) and each row's fact id.

    NOTE: a national province has ~18 k disagreeing facts (36 k rows at 10 M): nobody reads them
    all, and reading them with their other values was most of the profile's first run. A page
    reads only the few indicators its facts belong to (the read model's counts say which), and
    their other values."""
    if queries.province_summary(code, frame, mode) is None:  # a snapshot before the summary: every fact
        df, others = _profile_frame(version, mode, code, frame, lang)
        before = 0
    else:
        indicators, before = disagreement_indicators(
            profile_view(version, mode, code, frame, lang)["disagreeing"], start, stop)
        if not indicators:
            return {"table": for_screen(tables.disagreement_table(None, {}, lang, [])), "facts": []}
        df, others = _profile_disagreeing(version, mode, code, frame, lang, indicators)
    table, facts = tables.disagreements(df, others, lang, start - before, stop - before)
    return {"table": for_screen(table), "facts": facts}


@shared(maxsize=256)
def profile_details(version: str, mode: str, code: str, frame: str, indicators: tuple, lang: str) -> list[dict]:
    """For each indicator of one page: its table of values with provenance and the fact id of each
    of its rows (a selected row opens that fact's history), whether it gets a chart (a core
    indicator with two drawable values), its sources line. Reads that page's indicators only."""
    df, others = _profile_frame(version, mode, code, frame, lang, tuple(indicators))
    core = set(registry.display().core)
    out = []
    for indicator, rows in df[df["indicator"].isin(list(indicators))].groupby("indicator", sort=False):
        drawn = rules.chartable(rows)
        out.append({"indicator": indicator, "table": for_screen(tables.profile_table(rows, others, lang)),
                    "facts": [tables.fact_id(r) for _, r in tables.profile_rows(rows).iterrows()],
                    "chart": indicator in core and len(drawn) >= 2,
                    "sources": fmt.source_line(rows, lang, limit=10)})
    order = {c: i for i, c in enumerate(indicators)}
    return sorted(out, key=lambda d: order[d["indicator"]])


@shared(maxsize=256)
def profile_figure(version: str, mode: str, code: str, frame: str, indicator: str, lang: str):
    """One core indicator's chart on the profile, built once and shared (st.plotly_chart only
    reads it): plotly's figure building is the costly part of drawing a chart."""
    df, _ = _profile_frame(version, mode, code, frame, lang, (indicator,))
    drawn = rules.chartable(df[df["indicator"] == indicator])
    ind = registry.indicator(indicator)
    years = (int(drawn["period_start"].dt.year.min()), int(drawn["period_end"].dt.year.max()))
    fig = charts.compare_figure(drawn, indicator, years, lang, source_line=fmt.source_line(drawn, lang, limit=3),
                                title=f"{ind.name(lang)} — {fmt.province_label(code, frame, lang)}")
    return charts.SharedFigure(charts.room_for_sources(fig, 300))


# --- compare: the chosen provinces' facts, and per indicator its figure and tables, are built
# once per data version, choice, chart type, years and language and shared; a run draws them.

@st.cache_resource(max_entries=64, show_spinner=False)
def _compare_frame(version: str, mode: str, indicators: tuple, provinces: tuple):
    """The facts of the chosen indicators and provinces in the view; shared read-only."""
    if not indicators or not provinces:
        return queries.facts_view([], [("__", "__")])
    return queries.facts_view(list(indicators), list(provinces), mode)


@shared(maxsize=256)  # two ints: shared as they are (st.cache_data unpickled a copy each run)
def compare_years(version: str, mode: str, indicators: tuple, provinces: tuple) -> tuple[int, int]:
    """The first and last year the chosen values touch ((2016, 2025) when there are none)."""
    df = _compare_frame(version, mode, indicators, provinces)
    if df.empty:
        return 2016, 2025
    return (int(min(df["period_start"].min().year, df["period_end"].min().year)),
            int(max(df["period_start"].max().year, df["period_end"].max().year)))


def _listed(rows, ind, lang: str) -> tuple:
    """(table, fact ids) of values listed beside a chart: other spans, uncertain values."""
    table = pd.DataFrame({
        t("col_province", lang): [fmt.province_label(c, f, lang) for c, f in zip(rows["province_code"], rows["frame"])],
        t("col_period", lang): [periods.label(p, lang) for p in rows["period"]],
        t("col_measure", lang): [t(m, lang) for m in rows["measure"]],
        t("col_value", lang): [fmt.value(v, ind.unit(lang), ind.decimals, q, lang)
                               for v, q in zip(rows["value"].tolist(), rows["qualifier"].tolist())],
        t("col_status", lang): [t(f"status_{s}", lang) for s in rows["status"]],
        t("col_source", lang): rows["source"].tolist(),
        t("col_note", lang): ["" if pd.isna(n) else n for n in rows["note"].tolist()],
    })
    return for_screen(table), [tables.fact_id(r) for r in rows[list(history.FACT_COLUMNS)].to_dict("records")]


@shared(maxsize=64)
def compare_view(version: str, mode: str, indicators: tuple, provinces: tuple, kind: str, years: tuple,
                 lang: str) -> dict:
    """Everything the compare page draws for a choice: per indicator with values its figure
    (charts.SharedFigure), sources line, the numbers drawn (table, fact ids, CSV), the values of
    other spans and the uncertain ones (table, fact ids), the values that cannot be compared.
    Shared read-only by every session."""
    df = _compare_frame(version, mode, indicators, provinces)
    items = []
    for indicator, sub in df.groupby("indicator", sort=False):
        ind = registry.indicator(indicator)
        ok = sub["comparable"].fillna(True).astype(bool)
        comparable, blocked = sub[ok], sub[~ok]
        annual, other, uncertain = rules.split_by_span(comparable)
        drawn = rules.chartable(comparable) if kind == "line" else charts.annual_in_range(comparable, years)
        line = fmt.source_line(drawn, lang)
        if kind == "bar":
            fig = charts.bar_figure(drawn, indicator, years, lang, source_line=line)
        elif kind == "small":
            fig = charts.small_multiples_figure(drawn, indicator, years, lang, source_line=line)
        else:
            fig = charts.compare_figure(drawn, indicator, years, lang, source_line=line)
        table = charts.drawn_table(comparable, years, lang)
        shown = table.drop(columns=["_value", "_fact"]) if not table.empty else table
        items.append({
            "indicator": indicator, "no_annual": annual.empty, "figure": charts.SharedFigure(fig), "line": line,
            "n_disagree": int((drawn["alternatives"].fillna(0) > 0).sum()),
            "drawn": for_screen(shown), "drawn_facts": table["_fact"].tolist() if not table.empty else [],
            "drawn_csv": tables.csv_bytes(shown) if not table.empty else b"",
            "other": _listed(other, ind, lang) if not other.empty else None,
            "uncertain": _listed(uncertain, ind, lang) if not uncertain.empty else None,
            "blocked": for_screen(pd.DataFrame({
                t("col_province", lang): [fmt.province_label(c, f, lang)
                                          for c, f in zip(blocked["province_code"], blocked["frame"])],
                t("col_period", lang): [periods.label(p, lang) for p in blocked["period"]],
                t("col_note", lang): [pick(r, e, lang) for r, e in zip(blocked["reason"].tolist(),
                                                                       blocked["reason_en"].tolist())],
            })) if not blocked.empty else None,
            "sources": f"{t('sources', lang)}: " + "; ".join(dict.fromkeys(sub["source"].dropna())),
        })
    order = {c: i for i, c in enumerate(indicators)}
    return {"empty": df.empty, "items": sorted(items, key=lambda d: order.get(d["indicator"], len(order)))}


# --- map: one indicator's periods, and for a period its figure and table, once per data version,
# view and language; shared.

@st.cache_resource(max_entries=32, show_spinner=False)
def _map_frame(version: str, indicator: str, mode: str):
    """One indicator's values of every province in the view; shared read-only."""
    return queries.map_facts(indicator, mode)


@shared(maxsize=256)
def map_periods(version: str, indicator: str, mode: str) -> tuple[list[str], str | None]:
    """(the periods the map offers, latest first; the one it opens on), shared read-only: asked in
    every run of the map (st.cache_data hashed its arguments and copied the list each time)."""
    df = _map_frame(version, indicator, mode)
    return maps.period_choices(df), maps.default_period(df)


@shared(maxsize=256)
def map_period_labels(version: str, indicator: str, mode: str, lang: str) -> dict[str, str]:
    """Each period the map offers, in words (periods.label), shared read-only: the period picker
    formats every option in every run (~30 periods parsed and worded: ~5 % of a map run's script
    time at 1 M, cProfile)."""
    return {p: periods.label(p, lang) for p in map_periods(version, indicator, mode)[0]}


@shared(maxsize=64)
def map_view(version: str, indicator: str, mode: str, period: str, lang: str) -> dict:
    """Everything the map draws for one period: its frame, figure (charts.SharedFigure), sources
    line and sources, the counts, the table of values with their fact ids and its CSV."""
    df = _map_frame(version, indicator, mode)
    frame = maps.map_frame(df, period, mode)
    table = maps.map_table(df, period, frame, lang)
    at_period = df[df["period"] == period]
    shown = at_period[at_period["frame"] == frame]
    line = fmt.source_line(shown[shown["source"].fillna("") != ""], lang)
    values = maps.values_table(table, indicator, period, lang)
    return {
        "frame": frame, "line": line, "sources": list(dict.fromkeys(shown["source"].dropna())),
        "figure": charts.SharedFigure(maps.choropleth_figure(table, indicator, period, frame, lang, source_line=line)),
        "n": int((table["category"] != "no_data").sum()), "total": len(table),
        "coloured": int((table["category"] == "value").sum()), "elsewhere": len(at_period) - len(shown),
        "values": for_screen(values.drop(columns=[t("map_col_number", lang), t("col_unit", lang)])) if not values.empty else None,
        "values_facts": maps.values_facts(table), "csv": tables.csv_bytes(values) if not values.empty else b"",
    }


# --- coverage: the cells are computed once per data version and choice; a run draws one page of
# the grid (the summary and the download cover every indicator)

COVERAGE_PAGE = 30  # indicators per page of the grid

# NOTE: the indicators chosen reach these caches as ONE text, codes one per line (coverage_choice):
# Streamlit hashes a tuple's every item in Python at each cached call, and with a national
# warehouse's ~1,300 indicators that was ~40 % of the coverage page's run at 10 M (py-spy).


def coverage_choice(indicators) -> str:
    """The indicators chosen, as the coverage caches take them."""
    return "\n".join(indicators)


def _codes(choice: str) -> list[str]:
    return choice.split("\n") if choice else []


@st.cache_resource(max_entries=16, show_spinner=False)
def _coverage(version: str, mode: str, provinces: tuple, indicators: str, years: tuple, lang: str):
    """(cells, facts) for a choice (indicators: coverage_choice) from the values themselves, every
    cell with its detail; shared read-only, never copied. (The grid reads the read model's cells,
    _coverage_grid; this serves a snapshot without them.)"""
    codes = _codes(indicators)
    facts = queries.coverage_facts(codes, list(provinces), mode, years)
    return maps.coverage_cells(facts, list(provinces), codes, years, mode, lang), facts


@st.cache_resource(max_entries=16, show_spinner=False)
def _coverage_grid(version: str, mode: str, provinces: tuple, indicators: str, years: tuple, lang: str):
    """The cells of a choice from the read model's cells (queries.coverage_years: ~13 k per
    province, not its values), details left out; None on a snapshot without them. Shared
    read-only."""
    got = queries.coverage_years(list(provinces), mode, years)
    if got is None:
        return None
    return maps.coverage_cells_of(got, list(provinces), _codes(indicators), years, mode, lang)


@shared(maxsize=64)
def coverage_view(version: str, mode: str, provinces: tuple, indicators: str, years: tuple, lang: str) -> dict:
    """The summary of every indicator chosen (ready for the screen) and the sources line; shared
    read-only (st.cache_data unpickled a copy of the ~1,300-row summary in every run)."""
    cells = _coverage_grid(version, mode, provinces, indicators, years, lang)
    if cells is None:
        cells, facts = _coverage(version, mode, provinces, indicators, years, lang)
        shown = rules.touching_years(facts, years)
        sources = fmt.source_line(shown[shown["source"].fillna("") != ""], lang)
    else:  # the sources line counted in DuckDB
        sources = fmt.sources_text(*queries.coverage_sources(_codes(indicators), list(provinces), mode, years), lang)
    return {"summary": for_screen(maps.coverage_summary(cells, lang)), "sources": sources}


@shared(maxsize=256)
def coverage_page(version: str, mode: str, provinces: tuple, indicators: str, years: tuple, lang: str,
                  page: int) -> dict:
    """One page of the grid (COVERAGE_PAGE indicators) as HTML, and its cells' details (ready for
    the screen): from that page's values only (every value of a cell is in its tooltip); shared
    read-only."""
    chunk = _codes(indicators)[(page - 1) * COVERAGE_PAGE: page * COVERAGE_PAGE]
    if _coverage_grid(version, mode, provinces, indicators, years, lang) is None:
        cells, _ = _coverage(version, mode, provinces, indicators, years, lang)
        mine = cells[cells["indicator"].isin(chunk)]
    else:
        facts = queries.coverage_facts(chunk, list(provinces), mode, years)
        mine = maps.coverage_cells(facts, list(provinces), chunk, years, mode, lang)
    return {"html": SharedHtml(maps.coverage_html(mine, lang)),
            "details": for_screen(maps.coverage_details(mine[mine["detail"] != ""], lang))}


@st.cache_data(max_entries=16, show_spinner=False)
def coverage_csv(version: str, mode: str, provinces: tuple, indicators: str, years: tuple, lang: str) -> bytes:
    """The whole grid (every indicator chosen) as CSV words — built when someone downloads it."""
    cells = _coverage_grid(version, mode, provinces, indicators, years, lang)
    if cells is None:
        cells, _ = _coverage(version, mode, provinces, indicators, years, lang)
    return tables.csv_bytes(maps.coverage_grid(cells, lang).reset_index())


# --- data and sources: the rows each filter shows are found once per data version and filter
# (as positions in the one shared table of every fact); a run draws one page of them (rows per
# page: views.ui.table_page) — the downloads hold every row the filters show.

@st.cache_resource(max_entries=2, show_spinner=False)
def _everything(version: str) -> pd.DataFrame:
    """Every current fact; shared read-only, never copied (st.cache_data copied 6.5 M rows per call).
    In no particular order: the page orders them by their ranks (_page_rank)."""
    return queries.every_fact()


@st.cache_resource(max_entries=2, show_spinner=False)
def _search_index(version: str) -> tables.SearchIndex:
    """Every fact's searched texts, folded once per data version (each search then tests the
    distinct texts only); built at the first search, shared read-only."""
    return tables.SearchIndex.of(_everything(version))


@st.cache_resource(max_entries=2, show_spinner=False)
def _page_rank(version: str) -> np.ndarray:
    """Every fact's place in the data page's order, once per data version (tables.page_rank)."""
    return tables.page_rank(_everything(version))


def _shown(version: str, positions) -> pd.DataFrame:
    return _everything(version).iloc[positions]


@shared(maxsize=32)
def data_view(version: str, provinces: tuple, indicators: tuple, kinds: tuple, years, statuses: tuple,
              source_kinds: tuple, search: str) -> dict:
    """The rows one filter shows, in the page's order, as positions in _everything (shared,
    read-only), and the counts: rows, of all facts, and the sources they cite."""
    every = _everything(version)
    positions = tables.fact_positions(every, list(provinces), list(indicators), list(kinds), years, list(statuses),
                                      list(source_kinds), search,
                                      _search_index(version) if tables.search_key(search).split() else None,
                                      _page_rank(version))
    return {"n": len(positions), "total": len(every), "positions": positions,
            "n_sources": int(len(np.unique(pd.factorize(every["source_id"])[0][positions])))}


@shared(maxsize=256)
def data_page(version: str, filters: tuple, start: int, stop: int, lang: str) -> dict:
    """Rows start..stop of what a filter (data_view's arguments) shows, read-only: the rows, as
    drawn (ready for the screen), their fact labels and the sources they cite."""
    rows = _shown(version, data_view(version, *filters)["positions"][start:stop])
    # the other values of the page's provinces and indicators only: those of every fact of a
    # national warehouse were formatted one by one in Python, minutes at 10 M
    others = other_values(version, tuple(sorted(set(rows["indicator"]))),
                          tuple(sorted(set(zip(rows["province_code"], rows["frame"])))), lang)
    return {"rows": rows[list(history.FACT_COLUMNS)].reset_index(drop=True),
            "screen": for_screen(tables.screen_frame(rows, others, lang)),
            "labels": {tables.fact_id(r): tables.fact_label(r, lang) for _, r in rows.iterrows()},
            "sources": for_screen(tables.sources_frame(queries.sources_of(rows["source_id"]), lang)),
            "n_sources": int(rows["source_id"].nunique())}


@st.cache_data(max_entries=8, show_spinner=False)
def data_export(version: str, filters: tuple, lang: str):
    """(export frame, sources frame) of every row the filters show — built on a download click."""
    shown = _shown(version, data_view(version, *filters)["positions"])
    # the other values of the rows' provinces and indicators, not of every fact in the warehouse
    others = other_values(version, tuple(sorted(set(shown["indicator"]))),
                          tuple(sorted(set(zip(shown["province_code"], shown["frame"])))), lang)
    return (tables.export_frame(shown, others, lang),
            tables.sources_frame(queries.sources_of(shown["source_id"]), lang))
