"""Bản đồ (Map): one indicator for one period on a choropleth of the 63 or today's 34 provinces.

The figure and table depend only on the data version and the choice: built once and shared by every
session (views.cache.map_view); a run draws them."""
import streamlit as st

from metrics import registry
from views import cache, history, maps, ui
from views.i18n import t

lang = ui.lang()
ui.page_header(t("map_title", lang), t("map_intro", lang))  # title, switches, introduction: one element

mode = ui.merger_mode(draw=False)  # its switch is a link in the title block
version = cache.version()
codes, labels = cache.indicator_choices(version, lang)
indicator = ui.indicator_picker(codes, key="ind", default="tasks_managed", labels=labels,
                               finder=cache.indicator_finder(version, lang))
ind = registry.indicator(indicator)

choices, default = cache.map_periods(version, indicator, mode)
if not choices:
    st.info(t("map_no_values", lang))
else:
    period = ui.url_select(
        t("map_period", lang), choices, default=default, key="period",
        format_func=cache.map_period_labels(version, indicator, mode, lang).__getitem__, help=t("map_period_help", lang),
    )
    view = cache.map_view(version, indicator, mode, period, lang)  # built once per version and choice, shared
    frame = view["frame"]
    clicked = st.plotly_chart(view["figure"], width="stretch", key=f"map-{indicator}-{period}-{frame}", on_select="rerun",
                              selection_mode="points", config=maps.plot_config(f"{indicator}_{period.replace('/', '-')}"))
    # the sources, the count and the merger note under the map in one caption: one element, not three
    st.caption("\n\n".join(line for line in (
        view["line"], t("map_count", lang).format(n=view["n"], total=view["total"], coloured=view["coloured"]),
        t("map_today_note", lang) if mode == "today" else "") if line))
    if view["elsewhere"]:
        st.info(t("map_other_frame", lang).format(n=view["elsewhere"]))
    history.show(history.from_chart(clicked), lang)  # one click on a province: its value's history

    if view["values"] is not None:
        ui.markdown_with_note(f"### {t('map_table', lang)}", t("map_click_hint", lang))  # heading and hint: one element
        picked = st.dataframe(view["values"], hide_index=True, width="stretch", on_select="rerun",
                              selection_mode="single-row", key=f"map-table-{indicator}-{period}-{frame}")
        history.show(history.from_table(picked, view["values_facts"]), lang)
        st.download_button(t("map_download", lang), view["csv"],
                           file_name=f"ban-do_{indicator}_{period.replace('/', '-')}.csv", mime="text/csv",
                           key="map_csv")

# drawn only while open (ui.drawn_when_open): four elements in every run otherwise
if (box := ui.about_indicator(ind, lang, notes=[t("map_colour_note", lang)], key="map_about_open")) is not None:
    sources = view["sources"] if choices else []
    if sources:
        box.markdown(f"**{t('sources', lang)}**\n" + "\n".join(f"- {s}" for s in sources if s))
    box.caption(t("map_boundaries", lang))
