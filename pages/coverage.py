"""Độ phủ dữ liệu (Coverage): who has reported which indicator for which year."""
import math

import streamlit as st

from views import cache, maps, ui
from views.i18n import t

lang = ui.lang()
ui.page_header(t("cov_title", lang), t("cov_intro", lang))  # title, switches, introduction: one element

mode = ui.merger_mode(draw=False)  # its switch is a link in the title block
chosen = ui.province_picker(ui.province_options(mode), ui.default_provinces(mode), key="prov", mode=mode)

version = cache.version()
labels = cache.indicator_choices(version, lang)[1]
codes = list(cache.indicators_with_data_choices(version, lang))
picked = ui.url_select(
    t("cov_indicators", lang), codes, default=[], key="inds", multi=True,
    placeholder=t("cov_indicators_placeholder", lang), format_func=labels.__getitem__,
    finder=cache.indicator_finder(version, lang),
)
indicators = picked or codes

lo, hi = maps.year_bounds(cache.year_span(version))
years = ui.url_year_range(t("cov_years", lang), lo, hi, (max(lo, hi - 9), hi))

if not chosen:
    st.info(t("cov_no_provinces", lang))
else:
    if mode == "today":
        st.caption(t("cov_today_note", lang))
    # computed once per data version and choice, shared by every session (views.cache)
    args = (version, mode, tuple(chosen), cache.coverage_choice(indicators), tuple(years), lang)
    view = cache.coverage_view(*args)

    st.subheader(t("cov_summary", lang))
    st.dataframe(view["summary"], hide_index=True, width="stretch")

    st.subheader(t("cov_grid", lang))  # its legend is in the grid's block (maps.coverage_html)
    n_pages = math.ceil(len(indicators) / cache.COVERAGE_PAGE)
    page = 1
    if n_pages > 1:  # hundreds of indicators: the grid a page at a time, the summary and CSV whole
        def _page_label(p: str) -> str:
            i = int(p)
            return t("page_option", lang).format(i=i, n=n_pages, a=(i - 1) * cache.COVERAGE_PAGE + 1,
                                                    b=min(i * cache.COVERAGE_PAGE, len(indicators)))
        page = int(ui.url_select(t("page_of", lang), [str(i) for i in range(1, n_pages + 1)], default="1",
                                 key="grid_page", format_func=_page_label))
    grid = cache.coverage_page(*args, page)
    st.html(grid["html"])
    if view["sources"]:
        st.caption(view["sources"])
    # the file is built when someone clicks, not on every run
    st.download_button(t("cov_download", lang), lambda: cache.coverage_csv(*args),
                       file_name=f"do-phu_{years[0]}-{years[1]}.csv", mime="text/csv", key="cov_csv")

    if (box := ui.drawn_when_open(t("cov_details", lang), key="cov_details_open")) is not None:
        box.dataframe(grid["details"], hide_index=True, width="stretch")  # drawn only while open

if (box := ui.drawn_when_open(t("cov_about_title", lang), key="cov_about_open")) is not None:  # drawn only while open
    box.markdown(t("cov_about", lang))
    box.caption(t("cov_sources", lang))
