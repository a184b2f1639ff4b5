"""A fact's history, drawn: the one panel that a click on a chart point or a map province, an
overview card's button or a table row opens (Compare, Province profile, Map, Overview, Data).

In: a fact id (views.tables.fact_id) taken from a chart's selection event, a table's selected
row or a card's button. Out, on the page: every value ever loaded for that fact
(metrics.queries.fact_history) — who loaded it, who approved it and when, what replaced it, which
upload was undone. A value the merger view rebuilt from the provinces before 1 July 2025 shows
the history of each value it was built from (metrics.rules.stored_facts). Drafts and submissions
are listed only for a logged-in person whose scope covers the fact."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from metrics import periods, queries, rules
from views import auth, tables, ui
from views.i18n import t

FACT_COLUMNS = ("province_code", "frame", "indicator", "period", "measure")


def from_chart(event) -> str | None:
    """The fact of the point (or province) clicked on a chart drawn with fact ids as customdata
    (views.charts.point_id); None when nothing with a fact is selected."""
    if isinstance(event, dict):
        points = (event.get("selection") or {}).get("points") or []
    else:
        points = event.selection.points if event is not None else []
    ids = [p.get("customdata") for p in points if isinstance(p.get("customdata"), str) and p.get("customdata")]
    return ids[0] if ids else None


def from_table(event, rows) -> str | None:
    """The fact of the row selected in a table drawn with on_select; `rows` are the facts the
    table shows, in its order: a DataFrame with the columns FACT_COLUMNS, or a list of fact ids.
    None when no row is selected."""
    if isinstance(event, dict):
        picked = (event.get("selection") or {}).get("rows") or []
    else:
        picked = list(event.selection.rows) if event is not None else []
    if not picked or not 0 <= picked[0] < len(rows):
        return None
    return tables.fact_id(rows.iloc[picked[0]]) if isinstance(rows, pd.DataFrame) else rows[picked[0]] or None


def paged_table(table, facts, key: str, lang: str) -> str | None:
    """A table whose rows open their fact's history, drawn a page at a time (views.ui.table_page):
    `facts` are its rows' facts in its order (as for from_table). Returns the fact of the row
    selected on the page shown (None when none is)."""
    n = len(table) if hasattr(table, "iloc") else table.num_rows
    start, stop = ui.table_page(n, key, lang)
    picked = st.dataframe(ui.rows_of(table, start, stop), hide_index=True, width="stretch", on_select="rerun",
                          selection_mode="single-row", key=ui.page_key(key, start))
    return from_table(picked, facts.iloc[start:stop] if isinstance(facts, pd.DataFrame) else facts[start:stop])


def paged_facts(n: int, page_of, key: str, lang: str) -> str | None:
    """A table of `n` facts drawn on one row or more each, a page of facts at a time, read only
    when shown: `page_of(start, stop)` gives {"table", "facts"} for facts start..stop (the table's
    rows and each row's fact). Returns the fact of the row selected on the page shown."""
    start, stop = ui.table_page(n, key, lang, unit="facts")
    got = page_of(start, stop)
    picked = st.dataframe(got["table"], hide_index=True, width="stretch", on_select="rerun",
                          selection_mode="single-row", key=ui.page_key(key, start))
    return from_table(picked, got["facts"])


def linked_fact(fact: str, lang: str) -> dict[str, str]:
    """{fact id: its label} for a fact id a link carries (?fact=…), {} when it names no fact."""
    try:
        return {fact: _label(tables.parse_fact_id(fact), lang)} if fact else {}
    except (KeyError, ValueError):
        return {}


def _label(fact: tuple, lang: str) -> str:
    return tables.fact_label(dict(zip(FACT_COLUMNS, fact)), lang)


def _one(fact: tuple, lang: str, user) -> bool:
    """One stored fact's summary line and table; False when nothing was ever stored for it."""
    code, frame, _, period, _ = fact
    pending = user is not None and user.scope.allows(code, frame, periods.parse(period).end)
    hist = queries.fact_history(*fact, pending=pending)
    if hist.empty:
        return False
    summary = tables.history_summary(hist, lang)
    if summary:
        st.caption(summary)
    st.dataframe(tables.history_frame(hist, lang), hide_index=True, width="stretch")
    return True


def show(fact: str | None, lang: str) -> None:
    """The history of `fact` (a fact id; None draws nothing), in an open expander titled
    "Lịch sử của một số liệu: <province · indicator · period>"."""
    if not fact:
        return
    key = tables.parse_fact_id(fact)
    stored = rules.stored_facts(*key)
    user = auth.current_user()
    with st.expander(f"{t('dx_history', lang)}: {_label(key, lang)}", expanded=True, icon=":material/history:"):
        if stored == [key]:
            if not _one(key, lang, user):
                st.caption(t("history_none", lang))
            return
        st.caption(t("history_rebuilt", lang))
        for part in stored:
            st.markdown(f"**{_label(part, lang)}**")
            if not _one(part, lang, user):
                st.caption(t("history_none", lang))
