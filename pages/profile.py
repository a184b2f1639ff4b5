"""Hồ sơ tỉnh (Province profile): one province — a summary of every indicator it has, every place
where its sources disagree in one table (the first tab); one group of indicators at a time in full
(chart, values over time with source, quote, note and other reported values: the second tab, drawn
only when chosen, kept in the URL as ?tab=details); its administrative history with links.

What depends only on the data version, the view, the province and the language is computed once
and shared by every session (views.cache.profile_view, profile_details, profile_figure): a run
draws, it does not compute."""
import math

import streamlit as st

from metrics import registry
from views import cache, fmt, history, tables, ui
from views.i18n import t

lang = ui.lang()
ui.page_header(t("pf_title", lang), t("pf_intro", lang))  # title, switches, introduction: one element

mode = ui.merger_mode(draw=False)  # its switch is a link in the title block
options = ui.province_options("reported")
option = ui.url_select(t("pf_province", lang), options, "58-63", key="prov",
                      format_func=ui.province_labels(lang).__getitem__, help=t("provinces_help", lang),
                      finder=ui.province_finder("reported", lang))
code, frame = ui.parse_province_option(option)


def _params(target: str) -> dict:
    return ui.link_params(prov=target)


lineage = tables.merger_history(code, frame, lang)
# the heading and the province's lineage in one element (one run's work each, ui.markdown_with_note)
st.markdown(f"### {t('pf_history', lang)}\n\n{lineage['text'] or t('pf_no_history', lang)}")
for label, target in lineage["links"]:
    st.page_link("pages/profile.py", label=label, icon=":material/badge:", query_params=_params(target))

if mode == "today" and frame != "34":
    st.info(t("pf_today_63", lang))
version = cache.version()
view = cache.profile_view(version, mode, code, frame, lang)
if view["empty"]:
    st.info(t("pf_no_data_34", lang) if frame == "34" else t("pf_no_data", lang))
    ui.stop()

st.caption(t("pf_counts", lang).format(n=fmt.number(view["n_indicators"], lang=lang),
                                      v=fmt.number(view["n_values"], lang=lang)) + ". " + t("history_click_hint", lang))


def _summary() -> None:
    """Every indicator of the province, then every place where its sources disagree."""
    st.subheader(t("pf_summary", lang), divider="gray")
    # a row: the history of the value it shows; a national warehouse's ~1,300 indicators a page at a time
    history.show(history.paged_table(view["summary"], view["summary_facts"], f"summary-{mode}-{code}-{frame}", lang), lang)
    if view["n_disagreeing"]:  # every disagreement of the province in one table, not one block each; a page read at a time
        st.subheader(t("pf_disagreements", lang), divider="gray")
        st.warning(t("pf_disagree", lang).format(n=fmt.number(view["n_disagreeing"], lang=lang)))
        history.show(history.paged_facts(
            view["n_disagreeing"], lambda start, stop: cache.profile_disagreements(version, mode, code, frame, lang, start, stop),
            f"disagreements-{mode}-{code}-{frame}", lang), lang)


def _details() -> None:
    """One group of indicators at a time in full: heading, chart, table, "about"."""
    groups = {key: (title, codes) for key, title, codes in view["groups"]}
    group = ui.url_select(t("pf_group", lang), list(groups), default=next(iter(groups)), key="group",
                          format_func=lambda k: t("pf_group_option", lang).format(title=groups[k][0], n=len(groups[k][1])))
    codes = groups[group][1]
    n_pages = math.ceil(len(codes) / cache.PROFILE_PAGE)
    page = 1
    if n_pages > 1:  # a long group (a national warehouse has hundreds of indicators) a page at a time
        def _page_label(p: str) -> str:
            i = int(p)
            return t("page_option", lang).format(i=i, n=n_pages, a=(i - 1) * cache.PROFILE_PAGE + 1,
                                                    b=min(i * cache.PROFILE_PAGE, len(codes)))
        page = int(ui.url_select(t("page_of", lang), [str(i) for i in range(1, n_pages + 1)], default="1", key="ind_page",
                                 format_func=_page_label))
    shown = tuple(codes[(page - 1) * cache.PROFILE_PAGE: page * cache.PROFILE_PAGE])

    for item in cache.profile_details(version, mode, code, frame, shown, lang):
        indicator = item["indicator"]
        ind = registry.indicator(indicator)
        n_disagreeing = view["disagreeing"].get(indicator)  # its "sources disagree" line under the heading, one element
        ui.markdown_with_note(f"#### {ind.name(lang)}",
                              t("pf_disagreeing_here", lang).format(n=n_disagreeing) if n_disagreeing else "")
        if item["chart"]:  # charts for the core indicators (plotly is heavy on a phone); every one has its table
            clicked = st.plotly_chart(cache.profile_figure(version, mode, code, frame, indicator, lang), width="stretch",
                                      key=f"chart-{code}-{frame}-{indicator}", on_select="rerun", selection_mode="points",
                                      config={"displaylogo": False,
                                              "toImageButtonOptions": {"filename": f"{indicator}-{code}-{frame}", "scale": 2}})
            history.show(history.from_chart(clicked), lang)  # one click on a point: that value's history
        picked = st.dataframe(item["table"], hide_index=True, width="stretch", on_select="rerun",
                              selection_mode="single-row", key=f"table-{code}-{frame}-{indicator}")
        history.show(history.from_table(picked, item["facts"]), lang)  # or on a row
        ui.about_indicator(ind, lang, t("ov_about", lang), caption=item["sources"], key=f"about-{code}-{frame}-{indicator}")


# the summary first (what a planner reads first, what a phone in a hall loads), each indicator's
# chart and tables one click away: only the chosen tab is drawn, the choice kept in the URL
section, box = ui.url_tabs({"summary": t("pf_tab_summary", lang), "details": t("pf_tab_details", lang)}, key="tab")
with box:
    if section == "summary":
        _summary()
    else:
        _details()
