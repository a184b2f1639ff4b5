"""The analysis pages' title block (views.ui.page_header, issue 13): the title, the language's and
the merger view's switches as links, and the introduction in one element at the top of the page —
where a title, a caption and two radio buttons were four elements, two of them widgets, in every
run of every visitor. A switch is a link to the same page at the address the run leaves, so a
choice made in this run is kept when the language or the view is switched (speed46)."""
from urllib.parse import parse_qsl

import pytest

from tests.fixtures.apptest import follow_switch, page_title, switch_link, title_block

PAGES = [  # page, its title, the beginning of its introduction, whether it has the merger view's switch
    ("pages/compare.py", "So sánh chỉ tiêu giữa các tỉnh", "Chọn một chỉ tiêu và các tỉnh", True),
    ("pages/profile.py", "Hồ sơ tỉnh", "Mọi chỉ tiêu của một tỉnh theo thời gian", True),
    ("pages/map.py", "Bản đồ chỉ tiêu theo tỉnh", "Một chỉ tiêu, một kỳ, trên bản đồ các tỉnh", True),
    ("pages/coverage.py", "Độ phủ dữ liệu", "Tỉnh nào đã báo cáo chỉ tiêu nào, năm nào", True),
    ("pages/data.py", "Dữ liệu và nguồn", "Mọi số liệu trong kho, như đã báo cáo", False),
]


def ok(at):
    assert not at.exception, [e.message for e in at.exception]
    return at


def params(href: str) -> list[tuple[str, str]]:
    assert href.startswith("?"), href
    return parse_qsl(href[1:], keep_blank_values=True)


@pytest.mark.parametrize("page, title, intro, view", PAGES)
def test_each_analysis_page_opens_with_one_title_block_and_no_switch_widget(open_page, page, title, intro, view):
    at = ok(open_page(page))
    first = next(iter(at.main.children.values()))
    assert type(first).__name__ == "Html" and "<h1 class='ov-title'" in first.proto.body, "the title block first, one element"
    assert page_title(at) == title and not at.title
    block = title_block(at)
    assert f"<p class='ov-meta'>{intro}" in block and not [c for c in at.caption if c.value.startswith(intro)]
    shown, other, href = switch_link(at, "ov-lang")
    assert (shown, other) == ("Tiếng Việt", "English") and params(href)[-1] == ("lang", "en")
    keys = [r.key for r in at.radio] + [r.key for r in at.sidebar.radio]
    assert "_url_widget_lang" not in keys and "_url_widget_view" not in keys, "no radio for either switch"
    if view:
        shown, other, href = switch_link(at, "ov-view")
        assert (shown, other) == ("Như đã báo cáo", "Theo 34 tỉnh hiện nay") and params(href)[-1] == ("view", "today")
        assert "Cách xem theo sáp nhập tỉnh 2025" in block
    else:
        assert "ov-view-other" not in block, "the data page lists facts as reported: no view to switch"


def test_a_switch_keeps_the_choice_made_in_the_same_run(open_page):
    """The block is brought up to date when the run ends: a province chosen in this run is in the
    links (drawn from the address the run started with, "English" would have dropped it)."""
    at = ok(open_page("pages/compare.py", prov="14-63"))
    at.multiselect(key="_url_widget_prov").set_value(["14-63", "58-63"])
    ok(at.run())
    link = params(switch_link(at, "ov-lang")[2])
    assert [p for p in link if p[0] == "prov"] == [("prov", "14-63"), ("prov", "58-63")] and link[-1] == ("lang", "en")
    english = ok(follow_switch(open_page, "pages/compare.py", at, "ov-lang"))
    assert page_title(english) == "Compare an indicator across provinces"
    assert english.multiselect(key="_url_widget_prov").value == ["14-63", "58-63"]
    back = params(switch_link(english, "ov-lang")[2])
    assert [p for p in back if p[0] == "prov"] == [("prov", "14-63"), ("prov", "58-63")] and ("lang", "en") not in back


def test_the_view_switch_opens_the_other_view_in_the_same_language_and_back(open_page):
    at = ok(open_page("pages/coverage.py", lang="en"))
    assert switch_link(at, "ov-view") == ("As reported", "Today's 34 provinces", "?lang=en&view=today")
    today = ok(follow_switch(open_page, "pages/coverage.py", at, "ov-view"))
    assert page_title(today) == "Data coverage"
    assert today.multiselect(key="_url_widget_prov").value == ["56-34", "14-34", "51-34", "68-34"]
    assert switch_link(today, "ov-view") == ("Today's 34 provinces", "As reported", "?lang=en")


def test_a_page_that_stops_early_still_shows_its_title_block(open_page):
    """The profile of a province with no data stops after saying so (ui.stop): its title and
    switches are drawn first."""
    at = ok(open_page("pages/profile.py", prov="02-63"))
    assert [i.value for i in at.info] == ["Chưa có số liệu nào của tỉnh này."]
    assert page_title(at) == "Hồ sơ tỉnh" and switch_link(at, "ov-lang")[2] == "?prov=02-63&lang=en"


def test_the_editors_pages_keep_the_language_radio_in_the_sidebar(open_page):
    at = ok(open_page("pages/upload.py"))
    assert [r.key for r in at.sidebar.radio] == ["_url_widget_lang"] and not title_block(at)
