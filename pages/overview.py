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


for province in deck["provinces"]:
    code, frame = province["code"], province["frame"]
    option = ui.province_option(code, frame)
    st.subheader(fmt.province_label(code, frame, lang), divider="gray")
    lineage = tables.merger_history(code, frame, lang)
    if lineage["text"]:
        st.caption(lineage["text"])
    st.page_link("pages/profile.py", label=f"{t('ov_open_profile', lang)}: {registry.province(code, frame).name(lang)}",
                 icon=":material/badge:", query_params=_profile_link(option))
    if not province["n_cards"]:
        st.caption(t("no_data", lang))
    else:  # the province's cards in one element, built once per data version (views.cards)
        st.html(province["html"])
    if province["facts"]:  # one picker per province, not a button per card: each is a widget per phone
        labels = dict(province["facts"])
        fact = st.selectbox(t("history_pick", lang), list(labels), index=None, format_func=labels.get,
                            key=f"history-overview-{code}-{frame}", placeholder=t("history_pick_placeholder", lang))
        history.show(fact, lang)
    if province["missing"]:
        st.caption(f"{t('ov_missing', lang)}: " + "; ".join(province["missing"]))

with st.expander(t("ov_about", lang)):
    st.markdown(t("ov_about_rules", lang))
    # one element for every definition (each element is a message to every phone in the hall)
    st.markdown("\n\n".join(f"**{ind.name(lang)}** ({ind.unit(lang)}) — {ind.definition(lang)} "
                              f"{t('temporal_' + ind.temporal, lang)} "
                              f"{t('additive_yes' if ind.additive else 'additive_no', lang)}"
                              for ind in (registry.indicator(c) for c in core)))
    st.caption(deck["sources"])
