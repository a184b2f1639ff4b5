"""Hồ sơ tỉnh (Province profile): one province, every indicator over time, each value with its
source, quote, note and other reported values; its administrative history with links."""
import streamlit as st

from metrics import queries, registry, rules
from views import cache, charts, fmt, tables, ui
from views.i18n import t

lang = ui.lang()
st.title(t("pf_title", lang))
st.caption(t("pf_intro", lang))

mode = ui.merger_mode()
options = ui.province_options("reported")
option = ui.url_select(t("pf_province", lang), options, "58-63", key="prov",
                      format_func=lambda o: ui.province_label(o, lang), help=t("provinces_help", lang))
code, frame = ui.parse_province_option(option)
province = registry.province(code, frame)


def _params(target: str) -> dict:
    return ui.link_params(prov=target)


st.subheader(t("pf_history", lang))
history = tables.merger_history(code, frame, lang)
st.markdown(history["text"] or t("pf_no_history", lang))
for label, target in history["links"]:
    st.page_link("pages/profile.py", label=label, icon=":material/badge:", query_params=_params(target))

DISAGREEMENTS_DRAWN = 3  # per indicator; a synthetic or national warehouse can have thousands
version = cache.version()
others = dict(cache.other_values(version, (), ((code, frame),), lang))
if mode == "today" and frame == "34":
    df = queries.facts_view((), [code], mode="today")
    preds = registry.predecessors(province)
    if len(preds) == 1:  # same territory: the predecessor's disagreements are this province's
        others.update(tables.other_values_map(queries.alternatives((), [preds[0].key]), lang, as_province=(code, frame)))
else:
    if mode == "today":
        st.info(t("pf_today_63", lang))
    df = queries.facts((), [(code, frame)])

if df.empty:
    st.info(t("pf_no_data_34", lang) if frame == "34" else t("pf_no_data", lang))
    st.stop()

present = set(df["indicator"])
core = registry.display().core
ordered = [c for c in core if c in present] + [c for c in registry.shown_indicators()
                                                         if c in present and c not in core]
st.caption(t("pf_counts", lang).format(n=len(ordered), v=int(df["value"].notna().sum())))

for i, indicator in enumerate(ordered):
    if i == 0:
        st.subheader(t("pf_core", lang) if indicator in core else t("pf_more", lang), divider="gray")
    elif indicator not in core and ordered[i - 1] in core:
        st.subheader(t("pf_more", lang), divider="gray")
    ind = registry.indicator(indicator)
    rows = df[df["indicator"] == indicator]
    st.markdown(f"#### {ind.name(lang)}")
    drawn = rules.chartable(rows)
    # charts for the core indicators (plotly is heavy on a phone); every indicator has its table
    if len(drawn) >= 2 and indicator in core:
        years = (int(drawn["period_start"].dt.year.min()), int(drawn["period_end"].dt.year.max()))
        fig = charts.compare_figure(drawn, indicator, years, lang, source_line=fmt.source_line(drawn, lang, limit=3),
                                    title=f"{ind.name(lang)} — {fmt.province_label(code, frame, lang)}")
        st.plotly_chart(charts.room_for_sources(fig, 300), width="stretch", key=f"chart-{indicator}",
                        config={"displaylogo": False,
                                "toImageButtonOptions": {"filename": f"{indicator}-{code}-{frame}", "scale": 2}})
    st.dataframe(tables.profile_table(rows, others, lang), hide_index=True, width="stretch")
    disagreeing = tables.disagreements(rows, others, lang)
    for label, table in disagreeing[:DISAGREEMENTS_DRAWN]:
        st.warning(f"{t('pf_disagree', lang)}: **{label}**")
        st.dataframe(table, hide_index=True, width="stretch")
    if len(disagreeing) > DISAGREEMENTS_DRAWN:  # the rest in one table, not one block each
        with st.expander(t("pf_more_disagreements", lang).format(n=len(disagreeing) - DISAGREEMENTS_DRAWN)):
            st.dataframe(tables.stacked(disagreeing[DISAGREEMENTS_DRAWN:], t("col_period", lang)),
                         hide_index=True, width="stretch")
    with ui.about_indicator(ind, lang, t("ov_about", lang)):
        st.caption(fmt.source_line(rows, lang, limit=10))
