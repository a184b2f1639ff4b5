"""Dữ liệu & nguồn (Data and sources): every fact, filterable, with source, quote, note, other
reported values and history; CSV and Excel downloads of exactly the rows shown."""
import streamlit as st

from metrics import periods, queries, registry
from views import auth, cache, history, review, tables, ui
from views.i18n import t

lang = ui.lang()
st.title(t("dx_title", lang))
st.caption(t("dx_intro", lang))

version = cache.version()
with_data = queries.provinces_with_data()
prov_options = [ui.province_option(c, f) for c, f in zip(with_data.province_code, with_data.frame)]
ind_options = [c for c in registry.shown_indicators() if c in set(cache.indicators_with_data(version))]
first_year, last_year = queries.year_span() or (2016, 2025)
last_year = max(last_year, first_year + 1)

filters = st.expander(t("dx_filters", lang), expanded=True)
left, right = filters.columns(2)
with left:
    chosen_prov = ui.url_select(t("provinces", lang), prov_options, [], key="prov", multi=True,
                                format_func=lambda o: ui.province_label(o, lang), placeholder=t("dx_all", lang),
                                help=t("provinces_help", lang))
    kinds = ui.url_select(t("dx_kinds", lang), list(periods.KINDS), [], key="kind", multi=True,
                          format_func=lambda k: t(f"dx_kind_{k}", lang), placeholder=t("dx_all", lang))
    source_kinds = ui.url_select(t("dx_source_kinds", lang), ["report", "narrative", "press"], [], key="src",
                                 multi=True, format_func=lambda k: t(f"dx_src_{k}", lang),
                                 placeholder=t("dx_all", lang))
with right:
    chosen_ind = ui.url_select(t("dx_indicators", lang), ind_options, [], key="ind", multi=True,
                               format_func=lambda c: ui.searchable(registry.indicator(c).name(lang)),
                               placeholder=t("dx_all", lang))
    statuses = ui.url_select(t("dx_statuses", lang), ["reported", "estimated", "uncertain"], [], key="status",
                             multi=True, format_func=lambda s: t(f"status_{s}", lang), placeholder=t("dx_all", lang))
    years = ui.url_year_range(t("dx_years", lang), first_year, last_year, (first_year, last_year), key="years")
search = filters.text_input(t("dx_search", lang), key="q", bind="query-params", help=t("dx_search_help", lang))

chosen = (tuple(ui.parse_province_option(o) for o in chosen_prov), tuple(chosen_ind), tuple(kinds),
          None if tuple(years) == (first_year, last_year) else tuple(years), tuple(statuses), tuple(source_kinds),
          search or "")
# filtered, formatted and labelled once per data version and filter, for every session alike
view = cache.data_view(version, *chosen, lang)

st.markdown(f"**{t('dx_count', lang).format(n=view['n'], total=view['total'])}**")
if not view["n"]:
    st.info(t("dx_none", lang))
    st.stop()

# one click on a row shows that fact's history below the table
shown = view["head"]
picked = st.dataframe(view["screen"], hide_index=True, width="stretch",
                      on_select="rerun", selection_mode="single-row", key="dx_table")
if view["n"] > len(view["screen"]):
    st.caption(t("dx_screen_limit", lang).format(shown=len(view["screen"]), n=view["n"]))
history.show(history.from_table(picked, shown), lang)

# the files are built when someone asks for them, not on every run
c1, c2 = st.columns(2)
c1.download_button(t("dx_csv", lang), lambda: tables.csv_bytes(cache.data_export(version, *chosen, lang)[0]),
                   file_name="so-lieu-khcn.csv", mime="text/csv", on_click="ignore", width="stretch")
c2.download_button(t("dx_xlsx", lang), lambda: tables.excel_bytes(*cache.data_export(version, *chosen, lang), lang),
                   file_name="so-lieu-khcn.xlsx",
                   mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", on_click="ignore",
                   width="stretch")
st.caption(t("dx_csv_caption", lang).format(n=view["n"]))

with st.expander(t("dx_sources", lang)):
    st.dataframe(view["sources"], hide_index=True, width="stretch")

st.subheader(t("dx_history", lang))
labels = view["labels"]
fact = ui.url_select(t("dx_pick_fact", lang), list(labels), None, key="fact", index=None,
                     format_func=lambda f: labels.get(f, f), placeholder=t("dx_pick_placeholder", lang),
                    help=t("dx_pick_fact_help", lang))
history.show(fact, lang)

user = auth.current_user()
# drafts and submissions, marked as such, for the logged-in people who may see them (an editor:
# their own provinces; a reviewer: the provinces assigned); never for the public
if user is not None:
    pending = queries.pending_facts()
    pending = pending[user.scope.mask(pending)]
    if not pending.empty:
        st.subheader(t("pending_title", lang))
        st.dataframe(review.pending_frame(pending, lang), hide_index=True, width="stretch")
