"""Streamlit's config read by section through an index (views.config_sections): the same options
and values, in the same order, as Streamlit's own scan — after a value changes and after the config
is parsed again — and the theme a visitor's browser receives is the one Streamlit would send."""
import asyncio
import textwrap
from pathlib import Path

import pytest
import websockets
from streamlit import config
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.runtime.app_session import _populate_theme_msg

from tools import streamlit_client, streamlit_server
from views import config_sections

ROOT = Path(__file__).resolve().parent.parent

THEME_SECTIONS = ["theme", "theme.light", "theme.dark", "theme.sidebar", "theme.light.sidebar", "theme.dark.sidebar"]


def _all_sections() -> dict:
    sections = sorted({option.section for option in config.get_config_options().values()})
    return {section: list(config.get_options_for_section(section).items()) for section in sections}


def _theme(msg: ForwardMsg) -> bytes:
    """The theme part of a new_session message, built the way Streamlit builds it."""
    theme = msg.new_session.custom_theme
    for section, target in zip(THEME_SECTIONS, [theme, theme.light, theme.dark, theme.sidebar,
                                                theme.light.sidebar, theme.dark.sidebar]):
        _populate_theme_msg(target, section)
    return theme.SerializeToString()


@pytest.fixture
def indexed(monkeypatch):
    """Streamlit's own scan (its answers to compare with), then the index installed; both undone after."""
    option = config.get_config_options()["theme.primaryColor"]
    kept = option.value, option.where_defined
    original = config_sections._original
    monkeypatch.setattr(config, "get_options_for_section", original)
    monkeypatch.setattr(config_sections, "_index", None)
    monkeypatch.setattr(config_sections, "_values", {})
    yield original
    config._set_option("theme.primaryColor", *kept)  # the one value these tests change, back as it was


def test_every_section_reads_as_streamlit_reads_it(indexed):
    expected, theme = _all_sections(), _theme(ForwardMsg())
    assert expected["theme"] and any(value is not None for _, value in expected["theme"])  # the repo's theme is set
    config_sections.install()
    assert config.get_options_for_section is config_sections.get_options_for_section
    for _ in range(2):  # the first read lists and keeps, the second answers from what was kept
        assert _all_sections() == expected
        assert _theme(ForwardMsg()) == theme


def test_a_changed_value_is_read_at_once(indexed):
    config_sections.install()
    before = config.get_options_for_section("theme")["primaryColor"]
    config._set_option("theme.primaryColor", "#123456", "a test")
    assert config.get_options_for_section("theme")["primaryColor"] == "#123456"
    assert _all_sections() == {section: list(indexed(section).items()) for section in _all_sections()}
    config._set_option("theme.primaryColor", before, "a test")
    assert config.get_options_for_section("theme")["primaryColor"] == before


def test_a_parsed_again_config_is_listed_again(indexed):
    config_sections.install()
    config._set_option("theme.primaryColor", "#123456", "a test")
    config.get_options_for_section("theme")
    config.get_config_options(force_reparse=True)  # a new options dict, the files' values again
    assert config.get_options_for_section("theme") == indexed("theme")
    assert config.get_options_for_section("theme")["primaryColor"] != "#123456"


def test_what_a_caller_changes_in_an_answer_is_not_kept(indexed):
    config_sections.install()
    config.get_options_for_section("theme")["primaryColor"] = "#000000"
    assert config.get_options_for_section("theme") == indexed("theme")


def test_the_served_theme_is_the_one_streamlit_builds(tmp_path):
    """A visitor's browser gets its theme in the run's first message: served by a process that
    installed the index (from its first run on), it is byte for byte what Streamlit builds."""
    script = tmp_path / "page.py"
    script.write_text(textwrap.dedent("""
        import sys
        sys.path.insert(0, %r)
        import streamlit as st
        from views import config_sections
        config_sections.install()
        st.write("ok")
    """ % str(ROOT)))

    async def first_message(url: str) -> ForwardMsg:
        async with websockets.connect(url.replace("http://", "ws://") + "/_stcore/stream",
                                      subprotocols=["streamlit"], max_size=None) as ws:
            msg = BackMsg()
            msg.rerun_script.query_string = ""
            await ws.send(msg.SerializeToString())
            while True:
                fwd = ForwardMsg()
                fwd.ParseFromString(await asyncio.wait_for(ws.recv(), 60))
                if fwd.WhichOneof("type") == "new_session":
                    return fwd

    with streamlit_server.serve(script) as server:
        # run_sync: in a thread of its own where an earlier test on this worker (a browser's,
        # Streamlit's AppTest) left an event loop running in this one
        firsts = [streamlit_client.run_sync(first_message(server.url)) for _ in range(3)]  # the first run installs it
    expected = _theme(ForwardMsg())
    assert [first.new_session.custom_theme.SerializeToString() for first in firsts] == [expected] * 3
    assert firsts[-1].new_session.custom_theme.primary_color == "#0072B2"  # the repository's config
