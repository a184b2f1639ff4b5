"""Bản đồ (Map): one indicator for one period on a choropleth of the 63 or today's 34 provinces."""
import streamlit as st

from metrics import periods, queries, registry
from views import fmt, history, maps, tables, ui
from views.i18n import t

lang = ui.lang()
st.title(t("map_title", lang))
st.caption(t("map_intro", lang))

mode = ui.merger_mode()
with_data = set(queries.indicators_with_data())
codes = [c for c in registry.shown_indicators() if c in with_data] or list(registry.shown_indicators())
indicator = ui.indicator_picker(codes, key="ind", default="tasks_managed")
ind = registry.indicator(indicator)

df = queries.map_facts(indicator, mode)
choices = maps.period_choices(df)
if not choices:
    st.info(t("map_no_values", lang))
else:
    default = maps.default_period(df)
    period = ui.url_select(
        t("map_period", lang), choices, default=default, key="period",
        format_func=lambda p: periods.label(p, lang), help=t("map_period_help", lang),
    )
    frame = maps.map_frame(df, period, mode)
    table = maps.map_table(df, period, frame, lang)
    shown = df[(df["period"] == period) & (df["frame"] == frame)]
    line = fmt.source_line(shown[shown["source"].fillna("") != ""], lang)
    fig = maps.choropleth_figure(table, indicator, period, frame, lang, source_line=line)
    clicked = st.plotly_chart(fig, width="stretch", key=f"map-{indicator}-{period}-{frame}", on_select="rerun",
                              selection_mode="points", config=maps.plot_config(f"{indicator}_{period.replace('/', '-')}"))
    if line:
        st.caption(line)
    n = int((table["category"] != "no_data").sum())
    st.caption(t("map_count", lang).format(n=n, total=len(table), coloured=int((table["category"] == "value").sum())))
    if mode == "today":
        st.caption(t("map_today_note", lang))
    elsewhere = df[(df["period"] == period) & (df["frame"] != frame)]
    if not elsewhere.empty:
        st.info(t("map_other_frame", lang).format(n=len(elsewhere)))
    history.show(history.from_chart(clicked), lang)  # one click on a province: its value's history

    values = maps.values_table(table, indicator, period, lang)
    if not values.empty:
        st.subheader(t("map_table", lang))
        st.caption(t("map_click_hint", lang))
        picked = st.dataframe(values.drop(columns=[t("map_col_number", lang), t("col_unit", lang)]),
                              hide_index=True, width="stretch", on_select="rerun", selection_mode="single-row",
                              key=f"map-table-{indicator}-{period}-{frame}")
        history.show(history.from_table(picked, maps.values_facts(table)), lang)
        st.download_button(t("map_download", lang), tables.csv_bytes(values),
                           file_name=f"ban-do_{indicator}_{period.replace('/', '-')}.csv", mime="text/csv",
                           key="map_csv")

with ui.about_indicator(ind, lang, notes=[t("map_colour_note", lang)]):
    sources = list(dict.fromkeys(shown["source"].dropna())) if choices else []
    if sources:
        st.markdown(f"**{t('sources', lang)}**\n" + "\n".join(f"- {s}" for s in sources if s))
    st.caption(t("map_boundaries", lang))
