"""Độ phủ dữ liệu (Coverage): who has reported which indicator for which year."""
import streamlit as st

from metrics import queries, registry, rules
from views import fmt, maps, tables, ui
from views.i18n import t

lang = ui.lang()
st.title(t("cov_title", lang))
st.caption(t("cov_intro", lang))

mode = ui.merger_mode()
chosen = ui.province_picker(ui.province_options(mode), ui.default_provinces(mode), key="prov")

with_data = set(queries.indicators_with_data())
codes = [c for c in registry.shown_indicators() if c in with_data]
picked = ui.url_select(
    t("cov_indicators", lang), codes, default=[], key="inds", multi=True,
    placeholder=t("cov_indicators_placeholder", lang),
    format_func=lambda c: ui.searchable(registry.indicator(c).name(lang)),
)
indicators = picked or codes

facts = queries.coverage_facts(indicators, chosen, mode)
lo, hi = maps.year_bounds(queries.year_span())
years = ui.url_year_range(t("cov_years", lang), lo, hi, (max(lo, hi - 9), hi))

if not chosen:
    st.info(t("cov_no_provinces", lang))
else:
    if mode == "today":
        st.caption(t("cov_today_note", lang))
    cells = maps.coverage_cells(facts, chosen, indicators, years, mode, lang)
    words = maps.coverage_grid(cells, lang)

    st.subheader(t("cov_summary", lang))
    st.dataframe(maps.coverage_summary(cells, lang), hide_index=True, width="stretch")

    st.subheader(t("cov_grid", lang))
    with st.expander(t("cov_legend", lang), expanded=True):
        st.markdown(maps.legend_html(lang), unsafe_allow_html=True)
    st.html(maps.coverage_html(cells, lang))
    shown = rules.touching_years(facts, years)
    line = fmt.source_line(shown[shown["source"].fillna("") != ""], lang)
    if line:
        st.caption(line)
    st.download_button(t("cov_download", lang), tables.csv_bytes(words.reset_index()),
                       file_name=f"do-phu_{years[0]}-{years[1]}.csv", mime="text/csv", key="cov_csv")

    with st.expander(t("cov_details", lang)):
        detailed = cells[cells["detail"] != ""]
        st.dataframe(maps.coverage_details(detailed, lang), hide_index=True, width="stretch")

with st.expander(t("cov_about_title", lang)):
    st.markdown(t("cov_about", lang))
    st.caption(t("cov_sources", lang))
