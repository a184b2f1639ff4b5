"""Tổng quan (Overview): for the chosen provinces, the latest value of each core indicator as a
card — value, period in words, change against the previous comparable period, source, trend."""
import streamlit as st

from metrics import registry
from views import cache, fmt, history, tables, ui
from views.i18n import t

lang = ui.lang()
st.title(t("ov_title", lang))
st.caption(t("ov_intro", lang))

mode = ui.merger_mode()
chosen = [ui.parse_province_option(o) for o in ui.url_select(
    t("provinces", lang), ui.province_options(mode), ui.default_provinces(mode), key="prov", multi=True,
    format_func=lambda o: ui.province_label(o, lang), help=t("provinces_help", lang))]
version = cache.version()
core = [c for c in registry.display().core if c in set(cache.indicators_with_data(version))]

if not chosen:
    st.info(t("ov_pick", lang))
    st.stop()

# the cards depend only on the data version, the view, the provinces and the language: shared
deck = cache.overview_deck(version, mode, tuple(chosen), tuple(core), lang)


def _profile_link(option: str) -> dict:
    return ui.link_params(prov=option)


def _card(c: dict) -> None:
    x = c["texts"]
    with st.container(border=True):
        st.markdown(f"**{x['label']}**", help=x["help"])
        st.metric(x["period"] or "—", x["value"], delta=x["delta"], delta_color=x["delta_color"],
                  chart_data=x["trend"] or None, chart_type="line")
        lines = list(x["flags"])
        if x["delta_description"]:
            lines.append(x["delta_description"])
        elif c["has_row"]:
            lines.append(t("ov_no_prev", lang))
        lines.append(f"{t('ov_trend', lang)}: {x['trend_periods']}" if x["trend_periods"] else t("ov_no_trend", lang))
        if x["source"]:
            lines.append(f"{t('sources', lang)}: {tables.shorten(x['source'], 160)}")
        if x["note"] and (c["uncertain"] or not c["has_row"] or c["plan_only"]):
            lines.append(f"{t('col_note', lang)}: {x['note']}")
        st.caption("  \n".join(lines))
        history.button(c["fact"], lang, slot="overview")  # the value's history, below this row of cards


for province in deck["provinces"]:
    code, frame, cs = province["code"], province["frame"], province["cards"]
    option = ui.province_option(code, frame)
    st.subheader(fmt.province_label(code, frame, lang), divider="gray")
    lineage = tables.merger_history(code, frame, lang)
    if lineage["text"]:
        st.caption(lineage["text"])
    st.page_link("pages/profile.py", label=f"{t('ov_open_profile', lang)}: {registry.province(code, frame).name(lang)}",
                 icon=":material/badge:", query_params=_profile_link(option))
    if not cs:
        st.caption(t("no_data", lang))
    for i in range(0, len(cs), 3):  # rows of three, so a phone stacks them in reading order
        for col, c in zip(st.columns(3), cs[i:i + 3]):
            with col:
                _card(c)
        opened = history.chosen("overview")
        if opened in {c["fact"] for c in cs[i:i + 3]}:
            history.show(opened, lang)
    if province["missing"]:
        st.caption(f"{t('ov_missing', lang)}: " + "; ".join(province["missing"]))

with st.expander(t("ov_about", lang)):
    st.markdown(t("ov_about_rules", lang))
    for ind in (registry.indicator(c) for c in core):
        st.markdown(f"**{ind.name(lang)}** ({ind.unit(lang)}) — {ind.definition(lang)} "
                    f"{t('temporal_' + ind.temporal, lang)} "
                    f"{t('additive_yes' if ind.additive else 'additive_no', lang)}")
    st.caption(deck["sources"])
