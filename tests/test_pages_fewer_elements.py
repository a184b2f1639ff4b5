"""What the map, coverage and data pages draw in a run (AppTest, issue 13): each element costs the
run Streamlit's own work, so what shows one thing is one element, and a secondary view is drawn
when a person asks for it (views.ui.drawn_when_open) — with the same content as before, and a
link naming it (?fact=…) opening it (speed41)."""
import html
import re


def ok(at):
    assert not at.exception, [e.message for e in at.exception]
    return at


def expanders(at, start: str) -> list:
    return [e for e in at.expander if e.label.startswith(start)]


def grid_block(at) -> str:
    """The coverage grid's HTML block (the page's title block is another)."""
    return next(block.proto.body for block in at.get("html") if "cov-wrap" in block.proto.body)


def test_map_about_is_drawn_when_opened_with_its_sources_and_boundaries(open_page):
    at = ok(open_page("pages/map.py"))
    [about] = expanders(at, "Về chỉ tiêu này")
    assert not about.markdown and not about.caption, "closed: nothing drawn inside"
    at.session_state["map_about_open"] = True  # the person opens it
    ok(at.run())
    [about] = expanders(at, "Về chỉ tiêu này")
    text = "\n".join([m.value for m in about.markdown] + [c.value for c in about.caption])
    assert "Nhiệm vụ KH&CN được quản lý" in text and "**Nguồn**" in text
    assert "Ranh giới tỉnh: Natural Earth" in text


def test_map_caption_holds_the_sources_the_count_and_the_merger_note(open_page):
    at = ok(open_page("pages/map.py"))
    [under_map] = [c.value for c in at.caption if "tỉnh có số liệu cho kỳ này" in c.value]
    assert under_map.startswith("Nguồn:"), "the sources and the count: one caption under the map"
    at = ok(open_page("pages/map.py", view="today", period="2021"))
    [under_map] = [c.value for c in at.caption if "/34 tỉnh có số liệu cho kỳ này" in c.value]
    assert "Theo 34 tỉnh hiện nay: số liệu trước 1/7/2025" in under_map, "the merger note in the same caption"
    at = ok(open_page("pages/map.py", lang="en"))
    [line] = [c.value for c in at.caption if "provinces have a value for this period" in c.value]
    assert line.startswith("Sources:")
    assert any("### Values on the map" in m.value and "Click a province" in m.value for m in at.markdown), \
        "the table's heading and its hint in one element"


def test_coverage_legend_is_in_the_grid_block_open_and_no_expander(open_page):
    at = ok(open_page("pages/coverage.py"))
    assert not expanders(at, "Chú giải"), "no legend expander"
    body = grid_block(at)
    legend, grid = body.index("<details class='cov-legend' open>"), body.index("class='cov-wrap'")
    assert legend < grid, "the legend above the grid"
    assert "<summary>Chú giải</summary>" in body
    for word in ("báo cáo", "chưa có", "lũy kế"):
        assert f">{word}</span>" in body, word
    at = ok(open_page("pages/coverage.py", lang="en"))
    assert "<summary>Legend</summary>" in html.unescape(grid_block(at))


def test_data_fact_picker_is_drawn_when_opened_and_a_link_opens_it(open_page):
    at = ok(open_page("pages/data.py"))
    [box] = expanders(at, "Lịch sử của một số liệu")
    assert not box.selectbox, "closed: the picker of the page's rows is not drawn"
    assert not at.get("selectbox") or all(s.key != "_url_widget_fact" for s in at.selectbox)
    at.session_state["dx_history_open"] = True  # the person opens it
    ok(at.run())
    picker = at.selectbox(key="_url_widget_fact")
    assert picker.value is None and len(picker.options) > 1
    ok(picker.set_value(picker.options[0]).run())
    assert expanders(at, "Lịch sử của một số liệu:"), "the chosen fact's history is shown"
    assert "fact" in at.query_params

    # a link naming a fact opens the box, its picker on that fact, and its history
    fact = "14-34|tasks_managed|2021/2025|actual"
    at = ok(open_page("pages/data.py", prov="14-34", ind="tasks_managed", fact=fact))
    assert at.selectbox(key="_url_widget_fact").value == fact
    [panel] = expanders(at, "Lịch sử của một số liệu:")
    assert panel.label.startswith("Lịch sử của một số liệu: Sơn La")
    # closing the box forgets the fact, as choosing nothing does
    at.session_state["dx_history_open"] = False
    ok(at.run())
    assert not expanders(at, "Lịch sử của một số liệu:") and "fact" not in at.query_params


def test_a_picker_and_its_search_box_are_one_row_picker_first(open_page):
    """One horizontal block (it wraps on a phone as stacked columns did), the picker on the left,
    the search box beside it: no st.columns pair; "no name matches" said under the row."""
    at = ok(open_page("pages/compare.py"))
    rows = [b for b in at.main.children.values() if getattr(b, "type", "") == "flex_container"
            and any(getattr(c, "type", "") == "multiselect" for c in b.children.values())]
    assert len(rows) == 2, "the indicators' and the provinces' pickers"
    for row in rows:
        kinds = [getattr(c, "type", "") for c in row.children.values()]
        assert kinds == ["multiselect", "text_input"], kinds
    assert not [b for b in at.main.children.values() for c in getattr(b, "children", {}).values()
                if getattr(c, "type", "") == "column" and any(getattr(g, "type", "") == "text_input"
                                                              for g in c.children.values())]
    ok(at.text_input(key="_find_prov").input("zzzz").run())
    assert "Không tên nào khớp." in [c.value for c in at.caption]


def test_profile_lineage_is_one_element_under_its_heading(open_page):
    at = ok(open_page("pages/profile.py", prov="58-63"))
    [lineage] = [m.value for m in at.markdown if m.value.startswith("### Lịch sử hành chính")]
    assert "Ninh Thuận" in lineage and "Khánh Hòa" in lineage


# --- speed42: the data page's secondary filters drawn when asked ------------------------------------

def count_of(at) -> int:
    import re
    return int(re.search(r"\*\*(\d+) (số liệu|facts)", "\n".join(m.value for m in at.markdown)).group(1))


def test_data_page_draws_provinces_indicators_and_search_and_the_other_filters_when_asked(open_page):
    """Provinces, indicators and the search in every run; the kinds of period, years, statuses and
    kinds of source in a box closed by default, which holds them when opened (speed42)."""
    at = ok(open_page("pages/data.py"))
    assert {m.key for m in at.multiselect} == {"_url_widget_prov", "_url_widget_ind"}
    assert not at.slider and at.text_input(key="q").label == "Tìm trong trích dẫn, nguồn, ghi chú"
    [more] = expanders(at, "Lọc thêm")
    assert more.label == "Lọc thêm: loại kỳ, năm, tình trạng, loại nguồn" and not more.children
    every = count_of(at)
    at.session_state["dx_more_open"] = True  # the person opens it
    ok(at.run())
    [more] = expanders(at, "Lọc thêm")
    assert [m.label for m in more.multiselect] == ["Loại kỳ", "Loại nguồn", "Tình trạng"]
    assert [s.label for s in more.slider] == ["Năm"] and count_of(at) == every, "nothing filtered yet"

    # a kind chosen in the open box: the table narrows, the address names it, the box stays open
    ok(at.multiselect(key="_url_widget_kind").set_value(["range"]).run())
    ranged = count_of(at)
    assert 0 < ranged < every and at.query_params["kind"] in ("range", ["range"])
    [more] = expanders(at, "Lọc thêm")
    assert more.label == "Lọc thêm — đang lọc: Loại kỳ: Khoảng khác (nhiều tháng, nhiều năm)"
    assert more.multiselect, "still open, its label naming the filter in use"

    # closed, the filter still holds and the label still says so
    at.session_state["dx_more_open"] = False
    ok(at.run())
    [more] = expanders(at, "Lọc thêm")
    assert not more.children and count_of(at) == ranged
    assert more.label.startswith("Lọc thêm — đang lọc: Loại kỳ")


def test_a_link_setting_a_secondary_filter_opens_its_box_in_either_language(open_page):
    at = ok(open_page("pages/data.py", kind="range", years=["2021", "2025"]))
    [more] = expanders(at, "Lọc thêm")
    assert more.label == "Lọc thêm — đang lọc: Năm 2021–2025; Loại kỳ: Khoảng khác (nhiều tháng, nhiều năm)"
    assert more.multiselect(key="_url_widget_kind").value == ["range"]
    assert more.slider[0].value == (2021, 2025)
    shown = count_of(at)
    at = ok(open_page("pages/data.py", kind="range", years=["2021", "2025"], lang="en"))
    [more] = expanders(at, "More filters")
    assert more.label == "More filters — in use: Years 2021–2025; Kind of period: Other span (months, several years)"
    assert count_of(at) == shown, "the same rows in English"
    # the same filters closed: read from the address without their widgets
    at.session_state["dx_more_open"] = False
    ok(at.run())
    assert not at.slider and count_of(at) == shown and at.query_params["years"] == ["2021", "2025"]


# --- speed45: the data page's count, page control and downloads in one row; its pickers in one ------

def rows_holding(at, kind: str) -> list:
    """The horizontal blocks of the page's main area with an element of `kind` directly inside."""
    return [b for b in at.main.children.values() if getattr(b, "type", "") == "flex_container"
            and any(getattr(c, "type", "") == kind for c in b.children.values())]


def kinds_in(block) -> list[str]:
    return [getattr(c, "type", "") for c in block.children.values()]


def test_data_page_count_page_control_and_downloads_are_one_row_the_files_drawn_when_asked(open_page):
    """The count ("**119 số liệu (trên tổng số 260)** · dòng 1–100"), the rows per page, the page
    control and a "Tải về" popover in one row above the table — not a count line, a pager row, a row
    of two buttons and a caption each in every run (speed45); the buttons and what a file holds are
    drawn when the popover is opened, and say the same as before."""
    at = ok(open_page("pages/data.py"))
    [row] = rows_holding(at, "pagination")
    assert kinds_in(row) == ["selectbox", "pagination", "markdown", "popover"], kinds_in(row)
    [count] = [c.value for c in row.children.values() if getattr(c, "type", "") == "markdown"]
    n = count_of(at)
    total = int(re.search(r"trên tổng số (\d+)", count).group(1))
    assert count == f"**{n} số liệu (trên tổng số {total})** · dòng 1–100" and n <= total
    assert [m.value for m in at.markdown].count(count) == 1, "said once"
    assert not at.get("download_button") and not [c for c in at.caption if "Tệp tải về" in c.value]
    [popover] = [c for c in row.children.values() if getattr(c, "type", "") == "popover"]
    assert popover.proto.popover.label == "⬇ Tải về (CSV, Excel)"

    at.session_state["dx_download_open"] = True  # the person opens it
    ok(at.run())
    [row] = rows_holding(at, "pagination")
    [popover] = [c for c in row.children.values() if getattr(c, "type", "") == "popover"]
    assert [b.proto.label for b in popover.get("download_button")] == ["⬇ Tải CSV", "⬇ Tải Excel"]
    assert f"Tệp tải về chứa đúng {n} dòng đang hiển thị" in popover.caption[0].value

    # English, the second page: the same row, its range moved on
    at = ok(open_page("pages/data.py", lang="en"))
    at.pagination[0].select(2)
    ok(at.run())
    [row] = rows_holding(at, "pagination")
    assert [c.value for c in row.children.values() if getattr(c, "type", "") == "markdown"] == \
        [f"**{n} facts (of {total})** · rows 101–{n}"]
    assert [c.proto.popover.label for c in row.children.values() if getattr(c, "type", "") == "popover"] == \
        ["⬇ Download (CSV, Excel)"]


def test_data_page_on_one_page_says_its_count_beside_the_downloads_without_a_page_control(open_page):
    at = ok(open_page("pages/data.py", prov="14-63"))
    [row] = rows_holding(at, "popover")
    assert kinds_in(row) == ["markdown", "popover"] and not at.pagination
    n = count_of(at)
    [count] = [c.value for c in row.children.values() if getattr(c, "type", "") == "markdown"]
    assert 0 < n <= 100 and re.fullmatch(rf"\*\*{n} số liệu \(trên tổng số \d+\)\*\*", count), count
    # nothing matches: the count and why, no table, no downloads
    at = ok(open_page("pages/data.py", q="zzzz khong co"))
    assert count_of(at) == 0 and not at.dataframe and not rows_holding(at, "popover")
    assert "Không có số liệu nào khớp với bộ lọc." in [i.value for i in at.info]


def test_data_page_pickers_and_their_search_boxes_are_one_row_in_either_language(open_page):
    """Provinces and indicators, each picker followed by its search box, in one horizontal block
    (wrapping a pair to a line on a phone: tests/test_browser_pages.py) — not two rows in a pair of
    columns, five blocks (speed45); each box still finds a name typed without its accents."""
    for lang, labels in (("vi", ["Tỉnh", "Chỉ tiêu"]), ("en", ["Provinces", "Indicators"])):
        at = ok(open_page("pages/data.py", lang=lang))
        [row] = rows_holding(at, "multiselect")
        assert kinds_in(row) == ["multiselect", "text_input", "multiselect", "text_input"]
        assert [m.label for m in row.multiselect] == labels
        assert not [b for b in at.main.children.values() if getattr(b, "type", "") == "horizontal"], "no columns"
    at = ok(open_page("pages/data.py"))
    every = len(at.multiselect(key="_url_widget_prov").options)
    ok(at.text_input(key="_find_prov").input("son la").run())
    found = at.multiselect(key="_url_widget_prov").options
    assert len(found) < every and {"Sơn La", "Sơn La (từ 1/7/2025)"} <= set(found), found
