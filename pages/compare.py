"""So sánh (Compare): one indicator, any provinces, values by year with their sources."""
import streamlit as st

from metrics import charts, fmt, periods, queries, registry, ui
from metrics.i18n import t

lang = ui.lang()
st.title(t("compare_title", lang))
st.caption(t("compare_intro", lang))

codes = [c for c in registry.indicators() if c in set(queries.indicators_with_data())] or list(registry.indicators())
indicator = ui.indicator_picker(codes, default="tasks_managed")
ind = registry.indicator(indicator)

available = queries.provinces_with_data()
options = [ui.province_option(c, f) for c, f in zip(available.province_code, available.frame)]
options += [ui.province_option(p.code, p.frame) for fr in registry.FRAMES for p in registry.in_frame(fr)
            if ui.province_option(p.code, p.frame) not in options]
chosen = ui.province_picker(options, default=["58-63", "14-63", "62-63", "60-63"])

df = queries.facts([indicator], chosen) if chosen else queries.facts([indicator], [("__", "__")])
annual, other, uncertain = charts.split_for_chart(df)
years_seen = sorted({d.year for d in df["period_start"]} | {d.year for d in df["period_end"]})
y0, y1 = (min(years_seen), max(years_seen)) if years_seen else (2016, 2025)

if df.empty:
    st.info(t("no_data", lang))
else:
    if annual.empty:
        st.info(t("no_annual", lang))
    drawn = df[df["status"] != "uncertain"]
    line = charts.source_line(drawn, lang)
    fig = charts.compare_figure(drawn, indicator, (y0, y1), lang, source_line=line)
    st.plotly_chart(fig, width="stretch", config={"displaylogo": False, "toImageButtonOptions": {"filename": indicator}})
    st.caption(line)

    def _table(rows):
        return [{
            t("col_province", lang): charts.province_label(r.province_code, r.frame, lang),
            t("col_period", lang): periods.label(r.period, lang),
            t("col_measure", lang): t(r.measure, lang),
            t("col_value", lang): fmt.value(r.value, ind.unit(lang), ind.decimals, r.qualifier, lang),
            t("col_status", lang): t(f"status_{r.status}", lang),
            t("col_alternatives", lang): int(r.alternatives),
            t("col_source", lang): r.source,
            t("col_note", lang): r.note or "",
        } for r in rows.itertuples()]

    if not other.empty:
        st.subheader(t("other_periods", lang))
        st.caption(t("other_periods_help", lang))
        st.dataframe(_table(other), hide_index=True, width="stretch")
    if not uncertain.empty:
        st.subheader(t("uncertain_values", lang))
        st.dataframe(_table(uncertain), hide_index=True, width="stretch")

with st.expander(t("about_indicator", lang)):
    st.markdown(f"**{ind.name(lang)}** — {ind.definition(lang)}")
    st.markdown(f"- {t('unit', lang)}: {ind.unit(lang)}\n"
                f"- {t('temporal_' + ind.temporal, lang)}\n"
                f"- {t('aggregation', lang)}: {t('additive_yes' if ind.additive else 'additive_no', lang)}")
