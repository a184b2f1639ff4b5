"""So sánh (Compare): provinces × indicators × years — line, grouped bars or small multiples, the
numbers drawn with ranks, plans against actuals, and the values that are not a year apart."""
import streamlit as st

from metrics import periods, queries, registry, rules
from views import charts, fmt, history, tables, ui
from views.i18n import pick, t

lang = ui.lang()
st.title(t("compare_title", lang))
st.caption(t("compare_intro", lang))

mode = ui.merger_mode()
with_data = set(queries.indicators_with_data())
codes = [c for c in registry.shown_indicators() if c in with_data] or list(registry.shown_indicators())
chosen_indicators = ui.url_select(
    t("indicators", lang), codes, default=["tasks_managed"] if "tasks_managed" in codes else codes[:1],
    key="ind", multi=True, format_func=lambda c: ui.searchable(registry.indicator(c).name(lang)))
chosen = ui.province_picker(ui.province_options(mode), ui.default_provinces(mode), key="prov")
c1, c2 = st.columns([3, 2])
with c2:
    kind = ui.url_select(t("chart_type", lang), ["line", "bar", "small"], default="line", key="chart",
                         widget=st.radio, horizontal=True, format_func=lambda k: t(f"chart_{k}", lang))

df = queries.facts_view(chosen_indicators, chosen, mode) if chosen and chosen_indicators else queries.facts_view([], [("__", "__")])
spans = sorted({d.year for d in df["period_start"]} | {d.year for d in df["period_end"]}) or [2016, 2025]
lo, hi = max(min(spans), 2010), max(spans)
with c1:
    years = ui.url_year_range(t("years", lang), min(lo, hi - 1), hi, (max(lo, hi - 9), hi))

if df.empty:
    st.info(t("no_data", lang))
for indicator in chosen_indicators:
    ind = registry.indicator(indicator)
    sub = df[df["indicator"] == indicator]
    if sub.empty:
        continue
    comparable = sub[sub["comparable"].fillna(True).astype(bool)]
    annual, other, uncertain = rules.split_by_span(comparable)
    drawn = rules.chartable(comparable) if kind == "line" else charts.annual_in_range(comparable, years)
    line = fmt.source_line(drawn, lang)
    if annual.empty:
        st.info(f"{ind.name(lang)}: {t('no_annual', lang)}")
    if kind == "bar":
        fig = charts.bar_figure(drawn, indicator, years, lang, source_line=line)
    elif kind == "small":
        fig = charts.small_multiples_figure(drawn, indicator, years, lang, source_line=line)
    else:
        fig = charts.compare_figure(drawn, indicator, years, lang, source_line=line)
    clicked = st.plotly_chart(fig, width="stretch", key=f"chart-{indicator}", on_select="rerun", selection_mode="points",
                              config={"displaylogo": False, "toImageButtonOptions": {"filename": f"{indicator}-{years[0]}-{years[1]}", "scale": 2}})
    st.caption(line)
    history.show(history.from_chart(clicked), lang)  # one click on a point: that value's history
    n_disagree = int((drawn["alternatives"].fillna(0) > 0).sum())
    if n_disagree:
        st.caption(t("disagree_note", lang).format(n=n_disagree))

    def _rows(rows):
        return [{
            t("col_province", lang): fmt.province_label(r.province_code, r.frame, lang),
            t("col_period", lang): periods.label(r.period, lang),
            t("col_measure", lang): t(r.measure, lang),
            t("col_value", lang): fmt.value(r.value, ind.unit(lang), ind.decimals, r.qualifier, lang),
            t("col_status", lang): t(f"status_{r.status}", lang),
            t("col_source", lang): r.source,
            t("col_note", lang): r.note or "",
        } for r in rows.itertuples()]

    table = charts.drawn_table(comparable, years, lang)
    if not table.empty:
        with st.expander(f"{t('numbers_drawn', lang)} — {ind.name(lang)}"):
            shown = table.drop(columns=["_value", "_fact"])
            picked = st.dataframe(shown, hide_index=True, width="stretch", on_select="rerun",
                                  selection_mode="single-row", key=f"drawn-{indicator}")
            history.show(history.from_table(picked, table["_fact"].tolist()), lang)
            st.download_button(t("download_csv", lang), tables.csv_bytes(shown),
                               file_name=f"{indicator}-{years[0]}-{years[1]}.csv", mime="text/csv",
                               key=f"csv-{indicator}", on_click="ignore")
    if not other.empty:
        st.markdown(f"**{t('other_periods', lang)}** — {ind.name(lang)}")
        st.caption(t("other_periods_help", lang))
        picked = st.dataframe(_rows(other), hide_index=True, width="stretch", on_select="rerun",
                              selection_mode="single-row", key=f"other-{indicator}")
        history.show(history.from_table(picked, other), lang)
    if not uncertain.empty:
        st.markdown(f"**{t('uncertain_values', lang)}** — {ind.name(lang)}")
        picked = st.dataframe(_rows(uncertain), hide_index=True, width="stretch", on_select="rerun",
                              selection_mode="single-row", key=f"uncertain-{indicator}")
        history.show(history.from_table(picked, uncertain), lang)
    blocked = sub[~sub["comparable"].fillna(True).astype(bool)]
    if not blocked.empty:
        st.markdown(f"**{t('not_comparable_list', lang)}**")
        st.dataframe([{
            t("col_province", lang): fmt.province_label(r.province_code, r.frame, lang),
            t("col_period", lang): periods.label(r.period, lang),
            t("col_note", lang): pick(r.reason, r.reason_en, lang),
        } for r in blocked.itertuples()], hide_index=True, width="stretch")
    ui.about_indicator(ind, lang, f"{t('about_indicator', lang)} — {ind.name(lang)}",
                       [f"{t('sources', lang)}: " + "; ".join(dict.fromkeys(sub["source"].dropna()))])
