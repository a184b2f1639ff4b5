"""The URL-kept choices (views.ui) read no parameter without asking Streamlit while the page's
address has none (an untouched visit: a QR code's bare link), known from the query string
Streamlit keeps on the run's context: what they read must be what st.query_params holds, also
after a parameter is written in that run (Streamlit sets that query string again at each write)."""
from streamlit.testing.v1 import AppTest


def _page():
    import streamlit as st

    from views import ui

    before = (ui.url_value("view", "none"), ui.url_choice("lang", ["vi", "en"], "vi"))
    ui.set_url(view="today")  # written in this run: read back at once, as Streamlit holds it
    after = (ui.url_value("view", "none"), ui.url_choice("view", ["reported", "today"], "reported"),
             tuple(st.query_params.get_all("view")))
    st.write(repr((before, after)))


def _shown(at: AppTest) -> tuple:
    assert not at.exception, at.exception
    return eval(at.markdown[0].value)


def test_a_bare_address_reads_no_parameter_and_a_written_one_at_once():
    at = AppTest.from_function(_page).run(timeout=60)
    assert _shown(at) == (("none", "vi"), ("today", "today", ("today",)))
    assert dict(at.query_params) == {"view": "today"}  # the address bar carries what was written


def test_an_address_with_parameters_is_read_as_streamlit_holds_it():
    at = AppTest.from_function(_page)
    at.query_params["lang"] = "en"
    at.query_params["view"] = "reported"
    at.run(timeout=60)
    assert _shown(at) == (("reported", "en"), ("today", "today", ("today",)))
