"""st.html's style-only check (views.cache.install_html_check): a shared block's answer is
Streamlit's own, told once when the block is made, not in every visitor's run."""
from __future__ import annotations

import pytest
from streamlit.elements import html as st_html

from views import cache

BODIES = ["<style>.a{color:red}</style>", "<STYLE type='text/css'>.a{}</STYLE>\n<!-- a note -->",
          "<style>.a{}</style><div class='ov-cards'>1.234 nhiệm vụ</div>", "<!-- only a note -->",
          "<div>no style at all</div>", "<style>.a{}</style><!-- <div>hidden</div> -->"]


@pytest.fixture()
def installed(monkeypatch):
    monkeypatch.setattr(st_html, "_html_only_style_tags", cache._style_only)
    cache.install_html_check()
    return st_html._html_only_style_tags


@pytest.mark.parametrize("body", BODIES)
def test_a_shared_block_gets_streamlits_own_answer(installed, body):
    block = cache.SharedHtml(body)
    assert installed(block.body) is cache._style_only(block.body)
    assert installed(body) is cache._style_only(body)  # any other text: asked as before


def test_the_overviews_block_is_asked_once_whatever_the_number_of_visitors(installed, monkeypatch):
    asked = []
    monkeypatch.setattr(cache, "_style_only", lambda text: asked.append(text) or False)
    block = cache.SharedHtml("<style>.ov-card{}</style><div class='ov-card'>4.321 nhiệm vụ</div>")
    for _ in range(30):  # thirty sessions drawing the same shared block
        assert st_html._html_only_style_tags(block._repr_html_()) is False
    assert len(asked) == 1
    st_html._html_only_style_tags("<p>a page's own text</p>")
    assert len(asked) == 2
