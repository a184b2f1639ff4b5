"""Trình chiếu (Presentation): a deck of one-chart slides for a projector, chosen beforehand, kept
whole in the link (?deck=…&slide=3), each slide with its sources and a QR code of its link
(views.presentation)."""
import streamlit as st

from views import presentation, ui

lang = ui.lang()
deck, broken = presentation.deck_from_url(lang)
if broken is not None:
    presentation.broken_link(broken, lang)
    st.stop()
if presentation.editing(deck):
    presentation.editor(deck, lang)
else:
    presentation.projector(deck, lang)
