"""So sánh (Compare): provinces × indicators × years — line, grouped bars or small multiples, the
numbers drawn with ranks, plans against actuals, and the values that are not a year apart.

Figures and tables depend only on the data version and the choice: built once and shared by every
session (views.cache.compare_view); a run draws them."""
import streamlit as st

from metrics import registry
from views import cache, history, ui
from views.i18n import t

lang = ui.lang()
ui.page_header(t("compare_title", lang), t("compare_intro", lang))  # title, switches, introduction: one element

mode = ui.merger_mode(draw=False)  # its switch is a link in the title block
version = cache.version()
codes, labels = cache.indicator_choices(version, lang)
unavailable = ui.url_unavailable("ind", codes)
chosen_indicators = ui.url_select(
    t("indicators", lang), codes, default=["tasks_managed"] if "tasks_managed" in codes else codes[:1],
    key="ind", multi=True, format_func=labels.__getitem__, finder=cache.indicator_finder(version, lang))
if unavailable := ui.unavailable_noted("ind", unavailable, chosen_indicators):
    # a link (or an old choice) named an indicator with no public data: never a silent swap
    st.warning(t("not_shown_no_data", lang).format(
        asked=", ".join(f"“{registry.indicator_name(c, lang)}”" for c in unavailable),
        shown=", ".join(f"“{registry.indicator(c).name(lang)}”" for c in chosen_indicators) or "—"))
chosen = ui.province_picker(ui.province_options(mode), ui.default_provinces(mode), key="prov", mode=mode)
indicators, provinces = tuple(chosen_indicators), tuple(chosen)
lo, hi = cache.compare_years(version, mode, indicators, provinces)
lo = max(lo, 2010)
# the years and the kind of chart in one row (a block, where a pair of columns was three), wrapping on a phone
with st.container(horizontal=True, vertical_alignment="bottom"):
    years = ui.url_year_range(t("years", lang), min(lo, hi - 1), hi, (max(lo, hi - 9), hi))
    kind = ui.url_select(t("chart_type", lang), ["line", "bar", "small"], default="line", key="chart",
                         widget=st.radio, horizontal=True, format_func=lambda k: t(f"chart_{k}", lang))

view = cache.compare_view(version, mode, indicators, provinces, kind, tuple(years), lang)
if view["empty"]:
    st.info(t("no_data", lang))
for item in view["items"]:  # built once per version and choice, shared: a run draws
    indicator = item["indicator"]
    ind = registry.indicator(indicator)
    if item["no_annual"]:
        st.info(f"{ind.name(lang)}: {t('no_annual', lang)}")
    clicked = st.plotly_chart(item["figure"], width="stretch", key=f"chart-{indicator}", on_select="rerun",
                              selection_mode="points",
                              config={"displaylogo": False, "toImageButtonOptions": {
                                  "filename": f"{indicator}-{years[0]}-{years[1]}", "scale": 2}})
    # the sources' line and the "sources disagree" note in one caption: one element, not two (ui.markdown_with_note)
    note = t("disagree_note", lang).format(n=item["n_disagree"]) if item["n_disagree"] else ""
    st.caption(f"{item['line']}\n\n{note}" if note else item["line"])
    history.show(history.from_chart(clicked), lang)  # one click on a point: that value's history
    # drawn only while open (ui.drawn_when_open): a table and a file in every run otherwise
    box = ui.drawn_when_open(f"{t('numbers_drawn', lang)} — {ind.name(lang)}", key=f"drawn-open-{indicator}") \
        if item["drawn_facts"] else None
    if box is not None:
        with box:
            picked = st.dataframe(item["drawn"], hide_index=True, width="stretch", on_select="rerun",
                                  selection_mode="single-row", key=f"drawn-{indicator}")
            history.show(history.from_table(picked, item["drawn_facts"]), lang)
            st.download_button(t("download_csv", lang), item["drawn_csv"],
                               file_name=f"{indicator}-{years[0]}-{years[1]}.csv", mime="text/csv",
                               key=f"csv-{indicator}", on_click="ignore")
    if item["other"] is not None:
        ui.markdown_with_note(f"**{t('other_periods', lang)}** — {ind.name(lang)}", t("other_periods_help", lang))
        table, facts = item["other"]
        picked = st.dataframe(table, hide_index=True, width="stretch", on_select="rerun",
                              selection_mode="single-row", key=f"other-{indicator}")
        history.show(history.from_table(picked, facts), lang)
    if item["uncertain"] is not None:
        st.markdown(f"**{t('uncertain_values', lang)}** — {ind.name(lang)}")
        table, facts = item["uncertain"]
        picked = st.dataframe(table, hide_index=True, width="stretch", on_select="rerun",
                              selection_mode="single-row", key=f"uncertain-{indicator}")
        history.show(history.from_table(picked, facts), lang)
    if item["blocked"] is not None:
        st.markdown(f"**{t('not_comparable_list', lang)}**")
        st.dataframe(item["blocked"], hide_index=True, width="stretch")
    ui.about_indicator(ind, lang, f"{t('about_indicator', lang)} — {ind.name(lang)}", [item["sources"]],
                       key=f"about-{indicator}")
