"""Tổng quan (Overview): for the chosen provinces, the latest value of each core indicator as a
card — value, period in words, change against the previous comparable period, source, trend."""
import streamlit as st

from views import cache, history, ui
from views.i18n import t

lang = ui.lang()

# A conference hall opens this page at once, and every element and widget is paid in every
# visitor's run: an untouched visit draws one HTML block, the page's title at its top (drawn as
# st.title draws it, views.cards: one message fewer per visitor). The language and the merger view
# are links in that block; the province picker and the history picker are drawn for a person who
# asks (a link: ?pick=1, ?fact=…), and stay for the rest of the session: then st.title above them.
mode = ui.merger_mode(draw=False)
options, default = ui.province_options(mode), ui.default_provinces(mode)
chosen = ui.url_choices("prov", options, default)
picking = not chosen or ui.asked("pick")
history_asked = ui.asked("fact")  # a card's "history of this value" link was followed (asked once a run)
titled = picking or history_asked  # a picker above the cards: the title above it
if titled:
    st.title(t("ov_title", lang))
if picking:
    chosen = ui.url_select(t("provinces", lang), options, default, key="prov", multi=True,
                           format_func=ui.province_labels(lang).__getitem__, help=t("provinces_help", lang),
                           finder=ui.province_finder(mode, lang))
chosen = [ui.parse_province_option(o) for o in chosen]
version = cache.version()
core = cache.core_with_data(version)

if not chosen:
    st.html(cache.overview_switch(mode, (), lang))
    st.info(t("ov_pick", lang))
    st.stop()

# everything below depends only on the data version, the view, the provinces and the language:
# built once and shared (views.cache): the switches, the introduction, every province's cards and
# "about this data" in one HTML block
deck = cache.overview_deck(version, mode, tuple(chosen), core, lang)
if deck["facts"] and history_asked:  # a card's "history of this value" link: every card's value, one picker
    labels = dict(deck["facts"])
    linked = ui.url_value("fact")
    for fact, label in history.linked_fact(linked, lang).items():
        labels.setdefault(fact, label)
    if linked != st.session_state.get("_ov_fact_linked"):  # a link just followed: its value chosen
        st.session_state["history-overview"] = linked if linked in labels else None
    fact = st.selectbox(t("history_pick", lang), list(labels), index=None, format_func=labels.get,
                        key="history-overview", placeholder=t("history_pick_placeholder", lang))
    ui.set_url(fact=fact or None)  # the address bar names the value shown, for a shared link
    st.session_state["_ov_fact_linked"] = fact or ""
    history.show(fact, lang)
st.html(deck["body"] if titled else deck["html"])
