"""Dữ liệu & nguồn (Data and sources): every fact, filterable, with source, quote, note, other
reported values and history; CSV and Excel downloads of exactly the rows shown."""
import zlib

import streamlit as st

from metrics import periods, queries
from views import auth, cache, fmt, history, review, tables, ui
from views.i18n import t

lang = ui.lang()
ui.page_header(t("dx_title", lang), t("dx_intro", lang), view=False)  # title, switches, introduction: one element

version = cache.version()
prov_options = list(cache.province_options_with_data(version))
# the indicators with data and their names, shared (a national warehouse has ~1,300)
ind_options, ind_labels = cache.indicator_choices(version, lang)
first_year, last_year = cache.year_span(version) or (2016, 2025)
last_year = max(last_year, first_year + 1)

# the filters a person sets first — provinces, indicators, a search — drawn in every run; the kinds of
# period, years, statuses and kinds of source in a box drawn only while it is open (five widgets and a
# pair of columns less in a run): a link setting one opens it, and closed it names the ones in use
# the two pickers and their search boxes in one row, wrapping a pair to a line on a phone's width
with st.container(horizontal=True, vertical_alignment="bottom"):
    chosen_prov = ui.url_select(t("provinces", lang), prov_options, [], key="prov", multi=True,
                                format_func=ui.province_labels(lang).__getitem__, placeholder=t("dx_all", lang),
                                help=t("provinces_help", lang), finder=ui.province_finder("reported", lang), own_row=False)
    chosen_ind = ui.url_select(t("dx_indicators", lang), ind_options, [], key="ind", multi=True,
                               format_func=ind_labels.__getitem__, finder=cache.indicator_finder(version, lang),
                               placeholder=t("dx_all", lang), own_row=False)
search = st.text_input(t("dx_search", lang), key="q", bind="query-params", help=t("dx_search_help", lang))

kind_options, status_options, source_options = list(periods.KINDS), ["reported", "estimated", "uncertain"], \
    ["report", "narrative", "press"]
all_years = (first_year, last_year)
kinds, statuses = ui.url_choices("kind", kind_options, []), ui.url_choices("status", status_options, [])
source_kinds, years = ui.url_choices("src", source_options, []), ui.url_year_choice(*all_years, all_years)
in_use = [*([t("dx_years_in_use", lang).format(a=years[0], b=years[1])] if years != all_years else []),
          *(f"{t(name, lang)}: {', '.join(t(f'{prefix}{v}', lang) for v in chosen)}" for name, prefix, chosen in (
              ("dx_kinds", "dx_kind_", kinds), ("dx_statuses", "status_", statuses),
              ("dx_source_kinds", "dx_src_", source_kinds)) if chosen)]
more = ui.drawn_when_open(t("dx_more_in_use", lang).format(filters="; ".join(in_use)) if in_use else
                          t("dx_more", lang), key="dx_more_open", expanded=bool(in_use), kept=True)
if more is not None:
    one, two = more.columns(2)
    with one:
        kinds = ui.url_select(t("dx_kinds", lang), kind_options, [], key="kind", multi=True,
                              format_func=lambda k: t(f"dx_kind_{k}", lang), placeholder=t("dx_all", lang))
        source_kinds = ui.url_select(t("dx_source_kinds", lang), source_options, [], key="src", multi=True,
                                     format_func=lambda k: t(f"dx_src_{k}", lang), placeholder=t("dx_all", lang))
    with two:
        statuses = ui.url_select(t("dx_statuses", lang), status_options, [], key="status", multi=True,
                                 format_func=lambda s: t(f"status_{s}", lang), placeholder=t("dx_all", lang))
        years = ui.url_year_range(t("dx_years", lang), first_year, last_year, all_years, key="years")

chosen = (tuple(ui.parse_province_option(o) for o in chosen_prov), tuple(chosen_ind), tuple(kinds),
          None if tuple(years) == all_years else tuple(years), tuple(statuses), tuple(source_kinds),
          search or "")
# the rows a filter shows are found once per data version and filter, for every session alike
view = cache.data_view(version, *chosen)

if not view["n"]:
    st.markdown(f"**{t('dx_count', lang).format(n=0, total=fmt.number(view['total'], lang=lang))}**")
    st.info(t("dx_none", lang))
    ui.stop()


def _downloads() -> None:
    """CSV and Excel of exactly the rows shown, in a popover drawn only while open: the files are
    built when someone asks for them, not on every run; above what a file can hold the button is
    off and the popover says why (tables.CSV_MAX_ROWS, EXCEL_MAX_ROWS)."""
    if (box := ui.popover_when_open(t("dx_download", lang), key="dx_download_open")) is None:
        return
    box.download_button(t("dx_csv", lang), lambda: tables.csv_bytes(cache.data_export(version, chosen, lang)[0]),
                        file_name="so-lieu-khcn.csv", mime="text/csv", on_click="ignore", width="stretch",
                        disabled=view["n"] > tables.CSV_MAX_ROWS)
    box.download_button(t("dx_xlsx", lang), lambda: tables.excel_bytes(*cache.data_export(version, chosen, lang), lang),
                        file_name="so-lieu-khcn.xlsx",
                        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", on_click="ignore",
                        width="stretch", disabled=view["n"] > tables.EXCEL_MAX_ROWS)
    limit = ("dx_csv_caption" if view["n"] <= tables.EXCEL_MAX_ROWS else
             "dx_too_many_xlsx" if view["n"] <= tables.CSV_MAX_ROWS else "dx_too_many")
    box.caption(t(limit, lang).format(n=fmt.number(view["n"], lang=lang), csv=fmt.number(tables.CSV_MAX_ROWS, lang=lang),
                                      xlsx=fmt.number(tables.EXCEL_MAX_ROWS, lang=lang)))


# a page of the rows at a time (formatted once per page and shared), the count, the page control and
# the downloads in one row above the table; one click on a row shows that fact's history below it
count = f"**{t('dx_count', lang).format(n=fmt.number(view['n'], lang=lang), total=fmt.number(view['total'], lang=lang))}**"
start, stop = ui.table_page(view["n"], f"dx-{zlib.crc32(repr(chosen).encode())}", lang,  # a new filter: page 1
                            count=count, beside=_downloads)
page = cache.data_page(version, chosen, start, stop, lang)
picked = st.dataframe(page["screen"], hide_index=True, width="stretch",
                      on_select="rerun", selection_mode="single-row", key=ui.page_key("dx_table", start))
history.show(history.from_table(picked, page["rows"]), lang)

if (box := ui.drawn_when_open(t("dx_sources", lang), key="dx_sources_open")) is not None:  # drawn only while open
    box.caption(t("dx_sources_count", lang).format(k=fmt.number(page["n_sources"], lang=lang),
                                                   n=fmt.number(view["n_sources"], lang=lang)))
    box.dataframe(page["sources"], hide_index=True, width="stretch")

# the picker of one fact's history (a click on a row above shows the same) drawn only while its box
# is open: a picker of the page's 100 rows and a heading in every run otherwise; a link naming a
# fact (?fact=…) opens it, and closing it forgets the fact, as choosing nothing did
linked, fact = ui.url_value("fact"), None
if (box := ui.drawn_when_open(t("dx_history", lang), key="dx_history_open", expanded=bool(linked))) is not None:
    labels = page["labels"]  # the page's rows, and a fact a link names (it may lie on another page)
    labels = {**history.linked_fact(linked, lang), **labels}
    with box:
        fact = ui.url_select(t("dx_pick_fact", lang), list(labels), None, key="fact", index=None,
                             format_func=lambda f: labels.get(f, f), placeholder=t("dx_pick_placeholder", lang),
                             help=t("dx_pick_fact_help", lang))
elif linked:
    ui.set_url(fact=None)
history.show(fact, lang)  # below the box: Streamlit nests no expander in another

user = auth.current_user()
# drafts and submissions, marked as such, for the logged-in people who may see them (an editor:
# their own provinces; a reviewer: the provinces assigned); never for the public
if user is not None:
    pending = queries.pending_facts()
    pending = pending[user.scope.mask(pending)]
    if not pending.empty:
        st.subheader(t("pending_title", lang))
        st.dataframe(review.pending_frame(pending, lang), hide_index=True, width="stretch")
