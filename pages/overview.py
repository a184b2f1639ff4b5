"""Tổng quan (Overview): for the chosen provinces, the latest value of each core indicator as a
card — value, period in words, change against the previous comparable period, source, trend."""
import streamlit as st

from views import cache, history, ui
from views.i18n import t

lang = ui.lang()
st.title(t("ov_title", lang))

mode = ui.merger_mode(draw=False)  # its switch is a link in the page's HTML (below): no widget per session
chosen = [ui.parse_province_option(o) for o in ui.url_select(
    t("provinces", lang), ui.province_options(mode), ui.default_provinces(mode), key="prov", multi=True,
    format_func=lambda o: ui.province_label(o, lang), help=t("provinces_help", lang))]
version = cache.version()
core = cache.core_with_data(version)

if not chosen:
    st.html(cache.overview_switch(mode, (), lang))
    st.info(t("ov_pick", lang))
    st.stop()

# everything below depends only on the data version, the view, the provinces and the language:
# built once and shared (views.cache), drawn as two elements (the introduction, every province's
# cards and "about this data" in one HTML block; one history picker) — in a conference hall every
# element is a message to every phone, paid in every session
deck = cache.overview_deck(version, mode, tuple(chosen), core, lang)
st.html(deck["html"])
if deck["facts"]:  # one picker for every card's value, not one per province or card: each is a widget per phone
    labels = deck["facts"]
    fact = st.selectbox(t("history_pick", lang), list(labels), index=None, format_func=labels.get,
                        key="history-overview", placeholder=t("history_pick_placeholder", lang))
    history.show(fact, lang)

