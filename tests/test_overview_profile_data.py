"""Overview, Province profile and Data pages (AppTest), and the pure helpers behind them
(views.tables): latest-value cards, the previous comparable period, disagreeing sources,
administrative history, filters and the CSV / Excel exports."""
import html
import io
import json
import re

import openpyxl
import pandas as pd

from metrics import queries, registry, rules
from tests.fixtures.apptest import follow_switch, page_title
from views import tables



def ok(at):
    assert not at.exception, [e.message for e in at.exception]
    return at


def _cards(at) -> list[str]:
    """The overview's cards (views.cards: one HTML block per province)."""
    return [card for block in at.get("html") for card in block.proto.body.split("<article class='ov-card'")[1:]]


def _card_text(card: str, cls: str) -> str:
    part = card.split(f"class='{cls}'", 1)
    if len(part) < 2:
        return ""
    body = part[1].split(">", 1)[1].split("</div>", 1)[0]
    return html.unescape(re.sub(r"<br>", "\n", body)).removeprefix("▲ ").removeprefix("▼ ")


def captions(at) -> str:
    """Captions, the lines under each province's name and cards, and the lines under each card."""
    meta = [html.unescape(m) for block in at.get("html") for m in re.findall(r"<div class='ov-meta'>(.*?)</div>",
                                                                             block.proto.body)]
    return "\n".join([c.value for c in at.caption] + meta + [_card_text(card, "ov-lines") for card in _cards(at)])


def provinces_shown(at) -> list[str]:
    """The overview's provinces, in order (each a heading inside the one HTML block)."""
    return [html.unescape(h) for block in at.get("html") for h in re.findall(r"<h3>(.*?)</h3>", block.proto.body)]


def overview_title(at) -> list[str]:
    """The overview's title as drawn: inside its one HTML block for an untouched visit, st.title
    above a picker (each h1 once, in order)."""
    return [t.value for t in at.title] + [html.unescape(h) for block in at.get("html") for h in re.findall(
        r"<h1 class='ov-title' id='[a-z0-9-]+'><span>(.*?)</span>", block.proto.body)]


def profile_links(at) -> dict[str, str]:
    """Each province's link to its profile: label -> relative URL."""
    return {html.unescape(label): html.unescape(href) for block in at.get("html")
            for href, label in re.findall(r"<a class='ov-profile' href='(.*?)' target='_self'>(.*?)</a>",
                                          block.proto.body)}


def markdown(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def open_downloads(at):
    """The data page with its "Tải về" popover opened, as a person's click does: the buttons inside."""
    at.session_state["dx_download_open"] = True
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def metrics(at) -> list[tuple[str, str, str]]:
    """(period, value, change) of every card: "" when there is no comparable change."""
    return [(_card_text(c, "ov-period"), _card_text(c, "ov-value"), _card_text(c, "ov-delta ov-good")
             or _card_text(c, "ov-delta ov-bad") or _card_text(c, "ov-delta ov-flat")) for c in _cards(at)]


# --- Overview ---------------------------------------------------------------------------------

def test_overview_cards_in_vietnamese_with_period_words_and_comparable_change(open_page):
    at = open_page("pages/overview.py")
    assert overview_title(at) == ["Tổng quan các chỉ tiêu chính"]
    assert provinces_shown(at)[:4] == ["Ninh Thuận", "Sơn La", "Kon Tum", "Bình Thuận"]
    cards = metrics(at)
    # Ninh Thuận's latest tasks figure is the whole of 2023, compared with the last whole year (2021),
    # not with the 9-month figure of 2022
    assert ("Năm 2023", "32 nhiệm vụ", "-4 nhiệm vụ") in cards
    text = captions(at)
    assert "So với năm 2021: 36 nhiệm vụ" in text
    assert "Nguồn: Báo Ninh Thuận" in text
    # a multi-year rate keeps its span and has nothing comparable before it
    assert ("Giai đoạn 2020–2023", "33\u00a0%", "") in cards
    assert "Thay đổi: — (chưa có kỳ trước cùng loại để so sánh)" in text
    # a stock is compared with its previous date
    assert ("Tính đến 12/06/2022", "24 sản phẩm", "+3 sản phẩm") in cards
    assert "So với ngày 31/12/2020: 21 sản phẩm" in text
    # OCOP for all four provinces: recognized in a period and valid at a date
    assert ("Năm 2024", "84 sản phẩm", "+19 sản phẩm") in cards and ("Năm 2019", "28 sản phẩm", "") in cards
    assert ("Tính đến 31/12/2024", "196 sản phẩm", "+78 sản phẩm") in cards and ("Tính đến 11/04/2021", "88 sản phẩm", "") in cards


def test_overview_flags_uncertain_and_plan_only_cards(open_page):
    at = open_page("pages/overview.py")
    text = captions(at)
    # Ninh Thuận's supported enterprises exist only as uncertain values: shown, flagged, with the note
    assert "⚠ Chưa chắc chắn — chỉ có số liệu này" in text
    # Sơn La (34 provinces) has only a target for its valid OCOP products at end-2025
    at = open_page("pages/overview.py", prov="14-34")
    assert ("Tính đến 31/12/2025", "ít nhất 280 sản phẩm", "") in metrics(at)
    assert "Kế hoạch (chưa có số thực hiện)" in captions(at)


def test_overview_shows_pii_with_the_size_of_its_field(open_page):
    at = open_page("pages/overview.py", prov=["68-63", "56-34"])
    cards = metrics(at)
    assert ("Năm 2024", "hạng 21/63", "") in cards
    assert ("Năm 2025", "46,54 điểm", "") in cards and ("Năm 2025", "hạng 9/34", "") in cards


def test_overview_in_english(open_page):
    at = open_page("pages/overview.py", lang="en")
    assert overview_title(at) == ["Overview of the core indicators"]
    assert ("2023", "32 tasks", "-4 tasks") in metrics(at)
    assert "36 tasks" in captions(at)


def test_overview_links_each_province_to_its_profile(open_page):
    at = open_page("pages/overview.py", prov=["58-63", "56-34"])
    assert provinces_shown(at)[:2] == ["Ninh Thuận", "Khánh Hòa (từ 1/7/2025)"]
    links = profile_links(at)
    assert links["Hồ sơ tỉnh: Ninh Thuận"] == "ho-so-tinh?prov=58-63"
    assert links["Hồ sơ tỉnh: Khánh Hòa"] == "ho-so-tinh?prov=56-34"
    # the link keeps the language and the merger view
    assert profile_links(open_page("pages/overview.py", prov="56-34", view="today", lang="en"))[
        "Province profile: Khanh Hoa"] == "ho-so-tinh?prov=56-34&lang=en&view=today"


def test_overview_today_view_says_why_a_merged_province_has_no_value(open_page):
    at = open_page("pages/overview.py", view="today", prov="56-34")
    assert provinces_shown(at)[0] == "Khánh Hòa (từ 1/7/2025)"
    cards = metrics(at)
    # never a sum with a predecessor missing; only its own post-merger PII 2025 has a value
    own = {("Năm 2025", "46,54 điểm", ""), ("Năm 2025", "hạng 9/34", "")}
    assert all(value == "—" for card in cards if card not in own for _, value, _ in [card]) and own <= set(cards)
    assert "Thiếu số liệu của Khánh Hòa" in captions(at)


def view_switch(at) -> tuple[str, str, str]:
    """The overview's merger-view switch: (the view shown, the other view's name, its link)."""
    body = at.get("html")[0].proto.body
    shown, href, other = re.search(r"<div class='ov-view'.*?<strong aria-current='true'>(.*?)</strong> · "
                                   r"<a class='ov-view-other' href='(.*?)' target='_self'>(.*?)</a></div>", body).groups()
    return html.unescape(shown), html.unescape(other), html.unescape(href)


def test_overview_switches_the_merger_view_by_a_link_keeping_language_and_provinces(open_page):
    """The switch is a link in the page (no widget per visitor): it names the view shown and leads
    to the other one with the same language and the provinces that exist there."""
    at = open_page("pages/overview.py")
    assert view_switch(at) == ("Như đã báo cáo", "Theo 34 tỉnh hiện nay", "./?view=today")
    assert not [r for r in at.radio if r.key == "_url_widget_view"]
    at = open_page("pages/overview.py", prov=["58-63", "56-34"], lang="en")
    assert view_switch(at) == ("As reported", "Today's 34 provinces", "./?prov=56-34&lang=en&view=today")
    at = open_page("pages/overview.py", prov="56-34", view="today")
    assert view_switch(at) == ("Theo 34 tỉnh hiện nay", "Như đã báo cáo", "./?prov=56-34")
    assert provinces_shown(at)[0] == "Khánh Hòa (từ 1/7/2025)"
    # with no province chosen the switch is still there
    at = open_page("pages/overview.py", prov="")
    assert view_switch(at)[0] == "Như đã báo cáo" and at.info


def switch_links(at, cls: str) -> tuple[str, str, str]:
    """A switch line of the overview (class ov-lang: the language): (shown, the other's name, its link)."""
    body = at.get("html")[0].proto.body
    shown, href, other = re.search(rf"<div class='ov-view {cls}'.*?<strong aria-current='true'>(.*?)</strong> · "
                                   rf"<a class='{cls}-other' href='(.*?)' target='_self'>(.*?)</a></div>", body).groups()
    return html.unescape(shown), html.unescape(other), html.unescape(href)


def test_an_untouched_overview_draws_one_block_with_its_title_and_offers_the_rest_as_links(open_page):
    """A conference hall opens the overview at once: a visitor's first run draws no widget and one
    element, the title at the top of the block (Streamlit's heading anchor kept). The language is a
    link in the page (as in the other pages' title blocks), the provinces shown are named with
    a link that opens the picker, which then stays, under st.title; ?prov= (none chosen) shows it."""
    at = open_page("pages/overview.py")
    assert [type(e).__name__ for e in at.main.children.values()] == ["Html"]
    assert at.get("html")[0].proto.body.startswith("<h1 class='ov-title' id='tong-quan-cac-chi-tieu-chinh'>")
    assert overview_title(at) == ["Tổng quan các chỉ tiêu chính"]
    assert not at.radio and not at.multiselect and not at.selectbox
    assert switch_links(at, "ov-lang") == ("Tiếng Việt", "English", "./?lang=en")
    body = html.unescape(at.get("html")[0].proto.body)
    assert "Tỉnh: Ninh Thuận, Sơn La, Kon Tum, Bình Thuận · <a class='ov-pick' href='./?pick=1'" in body
    at = open_page("pages/overview.py", prov=["58-63", "56-34"], lang="en", view="today")
    assert switch_links(at, "ov-lang") == ("English", "Tiếng Việt", "./?prov=56-34&view=today")
    at = open_page("pages/overview.py", prov="58-63", pick="1")
    # the title, then the picker's row: the picker and its search box (views/ui.py search_box)
    assert [type(e).__name__ for e in at.main.children.values()][:2] == ["Title", "Block"]
    assert at.text_input(key="_find_prov").placeholder == "Tìm: có dấu hay không"
    assert overview_title(at) == ["Tổng quan các chỉ tiêu chính"]  # once, above the picker
    picker = at.multiselect(key="_url_widget_prov")
    assert picker.label == "Tỉnh" and picker.value == ["58-63"]
    ok(picker.set_value(["58-63", "14-63"]).run())
    assert provinces_shown(at)[:2] == ["Ninh Thuận", "Sơn La"] and at.multiselect(key="_url_widget_prov")
    at = open_page("pages/overview.py", prov="")
    assert at.multiselect(key="_url_widget_prov").value == [] and overview_title(at) == ["Tổng quan các chỉ tiêu chính"]
    # the analysis pages offer it as a link in their title block too (views.ui.page_header)
    assert [r.key for r in open_page("pages/compare.py").radio] == ["_url_widget_chart"]  # the kind of chart only


# --- Province profile -------------------------------------------------------------------------

def test_profile_links_a_merged_province_to_its_successor_and_back(open_page):
    at = open_page("pages/profile.py", prov="58-63")
    assert "Ninh Thuận — sáp nhập vào Khánh Hòa từ 01/7/2025" in markdown(at)
    links = [(link.proto.label, link.proto.page, link.proto.query_string) for link in at.get("page_link")]
    assert links == [("Khánh Hòa (từ 1/7/2025)", "ho-so-tinh", "prov=56-34")]

    at = open_page("pages/profile.py", prov="56-34")
    assert "Khánh Hòa (từ 01/7/2025) gồm: Khánh Hòa, Ninh Thuận" in markdown(at)
    links = [(link.proto.label, link.proto.query_string) for link in at.get("page_link")]
    assert links == [("Khánh Hòa", "prov=56-63"), ("Ninh Thuận", "prov=58-63")]
    assert any("46,54 điểm" in d.value.to_string() for d in at.dataframe)  # its own PII 2025


def test_profile_lists_every_disagreement_in_one_table_with_both_values(open_page):
    at = open_page("pages/profile.py", prov="14-34")
    assert any("Các nguồn ghi khác nhau" in w.value and "không lấy trung bình" in w.value for w in at.warning)
    tables_shown = [d.value for d in at.dataframe]
    together = [t for t in tables_shown if "Vai trò" in t.columns]
    assert len(together) == 1, "every disagreement of the province in one table, not one block each"
    table = together[0]
    pair = table[(table["Chỉ tiêu"] == "Nhiệm vụ KH&CN được quản lý") & (table["Kỳ"] == "Giai đoạn 2021–2025")]
    assert list(pair["Giá trị"]) == ["68 nhiệm vụ", "84 nhiệm vụ"]  # both values, never averaged
    assert list(pair["Vai trò"]) == ["đang dùng", "giá trị khác"]
    assert pair["Nguồn"].iloc[0].startswith("Báo Mới") and pair["Nguồn"].iloc[1].startswith("Vietnam.vn")
    summary = tables_shown[0]
    tasks = summary[summary["Chỉ tiêu"] == "Nhiệm vụ KH&CN được quản lý"].iloc[0]
    assert tasks["Số liệu có nguồn khác nhau"] >= 1
    # the indicator's own table, in the details tab, lists the other value beside the one in use
    at = open_page("pages/profile.py", prov="14-34", tab="details")
    tables_shown = [d.value for d in at.dataframe]
    history = next(t for t in tables_shown if {"Kỳ", "Giá trị"} <= set(t.columns) and "Giai đoạn 2021–2025" in set(t["Kỳ"])
                   and "68 nhiệm vụ" in set(t["Giá trị"]) and "Vai trò" not in t.columns)
    row = history[history["Kỳ"] == "Giai đoạn 2021–2025"].iloc[0]
    assert row["Giá trị khác được báo cáo"].startswith("84 nhiệm vụ (Vietnam.vn")
    # the indicator's own line says so, under its heading (one element: the heading and the line),
    # and where the table of every disagreement is
    assert any(m.value.startswith("#### Nhiệm vụ KH&CN được quản lý") and "kỳ có các nguồn ghi khác nhau" in m.value
               and "ở thẻ “Tóm tắt”" in m.value for m in at.markdown)


def test_profile_summary_reaches_every_indicator_and_groups_page_the_details(open_page):
    at = open_page("pages/profile.py", prov="58-63")
    summary = at.dataframe[0].value
    have = set(queries.facts((), [("58", "63")])["indicator"])
    names = {registry.indicator(c).name("vi") for c in have}
    assert set(summary["Chỉ tiêu"]) == names and len(summary) == len(have)  # every indicator, once
    assert summary["Nhóm chỉ tiêu"].iloc[0] == "Chỉ tiêu chính"
    # the core group first, drawn in full; the other groups one at a time, kept in the URL
    core = [c for c in registry.display().core if c in have]
    at = open_page("pages/profile.py", prov="58-63", tab="details")
    drawn = [m.value.removeprefix("#### ") for m in at.markdown if m.value.startswith("#### ")]
    assert drawn == [registry.indicator(c).name("vi") for c in core][:8]
    groups = at.selectbox(key="_url_widget_group")
    keys = [key for key, _, _ in tables.profile_groups(have, "vi")]
    assert groups.value == "core" and len(groups.options) == len(keys) >= 2
    other = keys[1]
    at = open_page("pages/profile.py", prov="58-63", group=other, tab="details")
    drawn = [m.value.removeprefix("#### ") for m in at.markdown if m.value.startswith("#### ")]
    assert drawn and not set(drawn) & {registry.indicator(c).name("vi") for c in core}
    for name in drawn:
        assert name in set(summary["Chỉ tiêu"])


def test_profile_shows_its_summary_first_and_each_indicators_chart_one_click_away(open_page):
    """A planner (or a phone in a conference hall) gets the summary first; the charts and each
    indicator's table are the second tab's, drawn when it is chosen; the tab is kept in the URL,
    so a shared link opens it, and the language switch keeps it."""
    at = open_page("pages/profile.py", prov="58-63")
    assert [tab.label for tab in at.tabs] == ["Tóm tắt", "Biểu đồ và chi tiết từng chỉ tiêu"]
    assert "Tóm tắt: mọi chỉ tiêu của tỉnh" in [s.value for s in at.subheader]
    assert "Nhiệm vụ KH&CN được quản lý" in set(at.dataframe[0].value["Chỉ tiêu"])
    assert not at.get("plotly_chart") and not [m for m in at.markdown if m.value.startswith("#### ")]
    assert "tab" not in at.query_params  # the default leaves a shared link clean
    at.session_state["_url_widget_tab"] = "Biểu đồ và chi tiết từng chỉ tiêu"  # a click on the second tab
    at.run()
    assert not at.exception
    assert at.get("plotly_chart") and "#### Nhiệm vụ KH&CN được quản lý" in [m.value for m in at.markdown]
    assert "Tóm tắt: mọi chỉ tiêu của tỉnh" not in [s.value for s in at.subheader]
    assert at.query_params["tab"] == "details"
    at = ok(follow_switch(open_page, "pages/profile.py", at, "ov-lang"))  # the title block's "English"
    assert [tab.label for tab in at.tabs] == ["Summary", "Charts and details of each indicator"]
    assert at.get("plotly_chart") and "#### S&T tasks managed" in [m.value for m in at.markdown]
    at.session_state["_url_widget_tab"] = "Summary"
    at.run()
    assert not at.get("plotly_chart") and "tab" not in at.query_params
    # a link naming the details tab opens it, in either language
    shared = open_page("pages/profile.py", prov="58-63", tab="details", lang="en")
    assert shared.get("plotly_chart") and "#### S&T tasks managed" in [m.value for m in shared.markdown]
    assert "Summary: every indicator of the province" not in [s.value for s in shared.subheader]


def test_profile_charts_carry_title_and_sources(open_page):
    at = open_page("pages/profile.py", prov="58-63", tab="details")
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["layout"]["title"]["text"] == "Nhiệm vụ KH&CN được quản lý — Ninh Thuận"
    notes = " ".join(a.get("text", "") for a in spec["layout"].get("annotations", []))
    assert "Nguồn:" in notes
    assert "9 tháng đầu năm 2023" in json.dumps(spec["data"], ensure_ascii=False)


def test_profile_in_english(open_page):
    at = open_page("pages/profile.py", prov="58-63", lang="en")
    assert page_title(at) == "Province profile"
    assert "Ninh Thuan — merged into Khanh Hoa from 1 Jul 2025" in markdown(at)
    assert any("Period" in d.value.columns for d in at.dataframe)
    assert "Summary: every indicator of the province" in [s.value for s in at.subheader]


# --- Data and sources -------------------------------------------------------------------------

def test_data_page_lists_every_fact_a_page_at_a_time_with_downloads(warehouse_path, open_page):
    at = open_page("pages/data.py")
    total = len(queries.facts(db=warehouse_path))
    n = int(re.search(r"\*\*(\d+) số liệu \(trên tổng số (\d+)\)\*\*", markdown(at)).group(1))
    assert 100 < n <= total < 1000, "the fixture spans more than one page of 100 rows"
    first = at.dataframe[0].value
    # the count and the rows shown: one line beside the page control (speed45)
    assert len(first) == 100 and f"**{n} số liệu (trên tổng số {total})** · dòng 1–100" in markdown(at), \
        "the totals say nothing is missing"
    size = next(s for s in at.selectbox if s.key.endswith("-size"))
    assert size.label == "Số dòng mỗi trang" and size.value == 100
    assert not at.get("download_button"), "the downloads are drawn when their popover is opened"
    at = open_downloads(at)
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["⬇ Tải CSV", "⬇ Tải Excel"]
    assert f"Tệp tải về chứa đúng {n} dòng" in captions(at) and "UTF-8 có BOM" in captions(at)

    # the next page holds the rest, none twice; a row picked there opens that row's history
    at.pagination[0].select(2)
    at.run()
    second = at.dataframe[0].value
    assert len(second) == n - 100 and f"**{n} số liệu (trên tổng số {total})** · dòng 101–{n}" in markdown(at)
    assert not set(map(tuple, first.astype(str).values)) & set(map(tuple, second.astype(str).values))
    row = second.iloc[0]
    at.session_state[at.dataframe[0].key] = {"selection": {"rows": [0], "columns": []}}
    at.run()
    panel = next(e for e in at.expander if e.label.startswith("Lịch sử của một số liệu:"))
    assert panel.label.endswith(f"{row['Tỉnh']} · {row['Chỉ tiêu']} · {row['Kỳ']}")

    # 500 rows a page: every row on one page, no page control
    next(s for s in at.selectbox if s.key.endswith("-size")).select(500)
    at.run()
    assert len(at.dataframe[0].value) == n and not at.pagination
    assert f"**{n} số liệu (trên tổng số {total})** · dòng 1–{n}" in markdown(at)


def test_data_page_downloads_stop_at_what_a_file_holds_and_say_so(warehouse_path, open_page, monkeypatch):
    """A national warehouse's every fact (6.5 M rows at 10 M observations) is no Excel file (a sheet
    holds 1,048,576 rows) and no CSV to build in the server's memory: above the limits the buttons
    are off and the page says why; within them, the file holds exactly the rows shown."""
    n = int(re.search(r"\*\*(\d+) số liệu", markdown(open_page("pages/data.py"))).group(1))
    monkeypatch.setattr(tables, "EXCEL_MAX_ROWS", n - 1)
    at = open_downloads(open_page("pages/data.py"))
    buttons = {b.proto.label: b.proto.disabled for b in at.get("download_button")}
    assert buttons == {"⬇ Tải CSV": False, "⬇ Tải Excel": True}
    assert f"tệp Excel chứa tối đa {n - 1} dòng — hãy tải CSV" in captions(at)
    monkeypatch.setattr(tables, "CSV_MAX_ROWS", n - 1)
    at = open_downloads(open_page("pages/data.py", lang="en"))
    assert [b.proto.label for b in at.get("download_button")] == ["⬇ Download CSV", "⬇ Download Excel"]
    assert all(b.proto.disabled for b in at.get("download_button"))
    assert f"The filters show {n} rows: a CSV file holds at most {n - 1}" in captions(at)
    # a narrower filter fits: both files again, each holding exactly the rows shown
    at = open_downloads(open_page("pages/data.py", prov="14-63"))
    shown = int(re.search(r"\*\*(\d+) số liệu", markdown(at)).group(1))
    assert shown < n - 1 and not any(b.proto.disabled for b in at.get("download_button"))
    assert f"Tệp tải về chứa đúng {shown} dòng" in captions(at)


def _export_row_by_row(df: pd.DataFrame, others: dict, lang: str) -> pd.DataFrame:
    """The data page's export as it was first written, row by row (tables.export_frame's reference)."""
    fmt, periods, t = tables.fmt, tables.periods, tables.t
    out = pd.DataFrame({
        "province_code": df["province_code"], "frame": df["frame"],
        "province_name": [fmt.province_label(r["province_code"], r["frame"], lang) for _, r in df.iterrows()],
        "indicator": df["indicator"],
        "indicator_name": [registry.indicator(c).name(lang) for c in df["indicator"]],
        "period": df["period"], "period_label": [periods.label(p, lang) for p in df["period"]],
        "period_start": pd.to_datetime(df["period_start"]).dt.strftime("%Y-%m-%d"),
        "period_end": pd.to_datetime(df["period_end"]).dt.strftime("%Y-%m-%d"),
        "measure": df["measure"], "value": df["value"].astype(float),
        "unit": [registry.indicator(c).unit(lang) for c in df["indicator"]],
        "qualifier": [fmt.qualifier(fmt.text(q), lang) if fmt.text(q) else "" for q in df["qualifier"]],
        "status": df["status"], "source": df["source"].map(fmt.text), "quote": df["quote"].map(fmt.text),
        "note": df["note"].map(fmt.text), "alternatives": df["alternatives"].astype(int),
        "other_values": [" · ".join(f"{o['number']:g} ({o['source']})" for o in others.get(tables._key(r), []))
                         for _, r in df.iterrows()],
        "source_kind": df["source_kind"].map(fmt.text), "source_id": df["source_id"].map(fmt.text),
        "sheet": df["sheet"].map(fmt.text), "cell": df["cell"].map(fmt.text),
        "loaded_at": pd.to_datetime(df["loaded_at"]).dt.strftime("%Y-%m-%d %H:%M:%S"),
    }, columns=[c for c, _ in tables.EXPORT_COLUMNS])
    return out.rename(columns={c: t(k, lang) for c, k in tables.EXPORT_COLUMNS})


def test_export_column_by_column_equals_row_by_row(warehouse_path):
    everything = queries.facts(db=warehouse_path)
    some = everything.iloc[::3].copy()
    some.loc[some.index[:3], "quote"] = ["=cmd|' /C calc'!A0", "+1", None]  # formula text and a missing one
    for lang in ("vi", "en"):
        others = tables.other_values_map(queries.alternatives(db=warehouse_path), lang)
        assert any(tables._key(r) in others for _, r in some.iterrows()), "rows with other values reported"
        for rows in (everything, some, everything.iloc[:0]):
            want, got = _export_row_by_row(rows, others, lang), tables.export_frame(rows, others, lang)
            pd.testing.assert_frame_equal(got, want, check_dtype=len(rows) > 0, check_index_type=len(rows) > 0)
            assert tables.csv_bytes(got) == tables.csv_bytes(want)
    # the Excel file: formula text stays text, quote-prefixed; headers frozen
    export = tables.export_frame(some, {}, "vi")
    book = openpyxl.load_workbook(io.BytesIO(tables.excel_bytes(export, export.iloc[:0], "vi")))
    sheet = book["Số liệu"]
    assert sheet.freeze_panes == "A2" and sheet.max_row == len(some) + 1
    quoted = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith(("=", "+"))]
    assert quoted and all(c.data_type == "s" and c.quotePrefix for c in quoted)
    assert [c.value for c in sheet[2]][:4] == list(export.iloc[0])[:4]


def test_the_data_page_orders_every_fact_whatever_order_they_are_read_in(warehouse_path):
    """The data page reads every fact unordered (queries.every_fact) and orders them by rank."""
    ordered = queries.facts(db=warehouse_path)
    unordered = queries.every_fact(db=warehouse_path).sample(frac=1, random_state=7).reset_index(drop=True)
    key = ["province_code", "frame", "indicator", "period", "measure", "value"]
    first = ordered.iloc[tables.fact_positions(ordered, rank=tables.page_rank(ordered))][key]
    second = unordered.iloc[tables.fact_positions(unordered, rank=tables.page_rank(unordered))][key]
    assert len(first) == len(ordered) and first.reset_index(drop=True).equals(second.reset_index(drop=True))


def test_a_query_result_changed_by_its_caller_leaves_the_cached_one_alone(warehouse_path):
    first = queries.facts(["tasks_managed"], db=warehouse_path)
    value = first["value"].iloc[0]
    first.loc[first.index[0], "value"] = -1.0
    first["source"] = "đã sửa"
    again = queries.facts(["tasks_managed"], db=warehouse_path)
    assert again["value"].iloc[0] == value and "đã sửa" not in set(again["source"])


def test_data_page_filters_and_history(open_page):
    fact = "14-34|tasks_managed|2021/2025|actual"
    at = open_page("pages/data.py", prov="14-34", ind="tasks_managed", fact=fact)
    table = at.dataframe[0].value
    assert set(table["Tỉnh"]) == {"Sơn La (từ 1/7/2025)"} and set(table["Chỉ tiêu"]) == {"Nhiệm vụ KH&CN được quản lý"}
    assert f"{len(table)} số liệu" in markdown(at)
    # the value in use, with the other source's value beside it (never averaged)
    row = table[table["Kỳ"] == "Giai đoạn 2021–2025"].iloc[0]
    assert row["Giá trị"] == "68 nhiệm vụ" and row["Giá trị khác được báo cáo"].startswith("84 nhiệm vụ (Vietnam.vn")
    history = at.dataframe[-1].value
    assert list(history["Giá trị"]) == ["68 nhiệm vụ", "84 nhiệm vụ"]
    assert list(history["Trạng thái"]) == ["đang dùng", "giá trị khác"]
    # choosing nothing closes it, and the address bar no longer names the fact (it used to choose
    # the first fact again: Streamlit reads a cleared picker as its default option)
    at.selectbox(key="_url_widget_fact").set_value(None).run()
    assert not at.exception
    assert at.selectbox(key="_url_widget_fact").value is None and "fact" not in at.query_params
    assert not [e for e in at.expander if e.label.startswith("Lịch sử của một số liệu:")]


def test_data_page_search_ignores_diacritics_and_speaks_english(open_page):
    at = open_page("pages/data.py", q="tieng sec", lang="en")
    table = at.dataframe[0].value
    assert len(table) > 0 and "Province" in table.columns and "Other reported values" in table.columns
    assert all("tiếng Séc" in (n + s + q) for n, s, q in zip(table["Note"], table["Source"], table["Quote"]))
    assert not at.get("download_button")
    assert [b.proto.label for b in open_downloads(at).get("download_button")] == ["⬇ Download CSV", "⬇ Download Excel"]


def test_data_page_search_without_diacritics_finds_the_accented_rows(open_page):
    at = open_page("pages/data.py", q="nghiem thu")
    table = at.dataframe[0].value
    assert len(table) > 0
    folded = [tables.search_key(" ".join(r)) for r in zip(table["Chỉ tiêu"], table["Nguồn"], table["Trích dẫn"],
                                                          table["Ghi chú"].fillna(""))]
    assert all("nghiem" in h and "thu" in h for h in folded)
    assert any("nghiệm thu" in n for n in table["Chỉ tiêu"]), "the accented indicator name is what was found"
    # written with its diacritics, or in capitals, the same rows
    for q in ("nghiệm thu", "NGHIỆM THU"):
        other = open_page("pages/data.py", q=q).dataframe[0].value
        assert other.equals(table)


def _search_reference(df: pd.DataFrame, query: str) -> list[int]:
    """The search as it was first written: each row's texts joined, folded, every word in them."""
    words = tables.search_key(query).split()
    hay = [tables.search_key(" ".join([tables.fmt.text(r.quote), tables.fmt.text(r.source), tables.fmt.text(r.note),
                                       tables.fmt.text(r.province_name), registry.indicator(r.indicator).name_vi,
                                       registry.indicator(r.indicator).name_en]))
           for r in df.itertuples()]
    return [i for i, h in enumerate(hay) if all(w in h for w in words)]


def test_search_finds_the_same_rows_as_folding_each_row(warehouse_path):
    everything = queries.facts(db=warehouse_path)
    index = tables.SearchIndex.of(everything)
    for query in ("nghiem thu", "NGHIỆM THU", "đổi mới sáng tạo", "doi moi", "ninh thuan 2023", "vietnam.vn",
                  "tasks accepted", "khong co tu nay"):
        want = _search_reference(everything, query)
        for search in (None, index):  # built for the rows asked, or kept for the whole frame
            got = tables.fact_positions(everything, query=query, search=search)
            assert sorted(got) == want, query
    assert _search_reference(everything, "nghiem thu"), "the fixture has accented rows to find"
    # with another filter first: the index kept for every row answers for the rows left
    got = tables.fact_positions(everything, provinces=[("58", "63")], query="nhiem vu", search=index)
    assert sorted(got) == [i for i in _search_reference(everything, "nhiem vu")
                           if everything["province_code"].iloc[i] == "58" and everything["frame"].iloc[i] == "63"]


def test_rows_put_in_order_by_rank_equal_those_ordered_on_their_keys(warehouse_path):
    everything = queries.facts(db=warehouse_path)
    rank = tables.page_rank(everything)
    for filters in ({}, {"provinces": [("58", "63"), ("56", "34")]}, {"kinds": ["range", "year"], "years": (2020, 2024)},
                    {"query": "nhiem vu"}, {"indicators": ["tasks_managed", "st_budget"], "statuses": ["reported"]}):
        want = tables.fact_positions(everything, **filters)
        assert len(want) > 0, filters
        assert list(tables.fact_positions(everything, **filters, rank=rank)) == list(want), filters


def test_search_keys_fold_as_search_key_does():
    texts = ["Nghiệm thu", "NGHIỆM THU", "Đà Nẵng", "đường", "Ðồng" , "Thừa Thiên Huế",
             "nghie\u0302\u0323m thu",  # decomposed (NFD) input
             "Sở KH&CN (GIẢ LẬP)", "", None, float("nan"), "Quảng Ngãi — 12,5 %", "İstanbul ǅ ß Ω"]
    assert tables.search_keys(texts).to_pylist() == [tables.search_key(x) for x in texts]


# --- views.tables: unit tests on small inline frames ----------------------------------------

def facts_frame(rows) -> pd.DataFrame:
    """(period, kind, start, end, value, status[, measure]) -> a facts-shaped frame."""
    out = []
    for r in rows:
        period, kind, start, end, value, status, *rest = r
        out.append({"province_code": "58", "frame": "63", "province_name": "Ninh Thuận", "indicator": "tasks_managed",
                    "period": period, "period_kind": kind, "period_start": pd.Timestamp(start),
                    "period_end": pd.Timestamp(end), "measure": rest[0] if rest else "actual", "value": value,
                    "unit": "nhiệm vụ", "qualifier": "", "status": status, "source": f"nguồn {period}", "quote": "",
                    "alternatives": 0, "note": None})
    return pd.DataFrame(out)


NINE_2023 = ("2023-01/2023-09", "range", "2023-01-01", "2023-09-30", 27.0, "reported")
NINE_2022 = ("2022-01/2022-09", "range", "2022-01-01", "2022-09-30", 32.0, "reported")
YEAR_2022 = ("2022", "year", "2022-01-01", "2022-12-31", 40.0, "reported")
YEAR_2021 = ("2021", "year", "2021-01-01", "2021-12-31", 36.0, "reported")


def test_nine_months_are_compared_with_nine_months_never_with_a_year():
    df = facts_frame([NINE_2023, YEAR_2022, NINE_2022, YEAR_2021])
    row, uncertain = rules.latest(df)
    assert row["period"] == "2023-01/2023-09" and not uncertain
    assert rules.previous_comparable(df, row, stock=False)["period"] == "2022-01/2022-09"
    assert rules.previous_comparable(facts_frame([NINE_2023, YEAR_2022]), row, stock=False) is None
    c = tables.card(df, "58", "63", "tasks_managed")
    assert c.change == -5
    assert list(c.trend["period"]) == ["2022-01/2022-09", "2023-01/2023-09"]
    x = tables.card_texts(c, "vi")
    assert (x["period"], x["value"], x["delta"]) == ("9 tháng đầu năm 2023", "27 nhiệm vụ", "-5 nhiệm vụ")
    assert x["delta_description"] == "So với 9 tháng đầu năm 2022: 32 nhiệm vụ"


def test_years_and_spans_compare_only_with_their_own_length():
    five = [("2016/2020", "range", "2016-01-01", "2020-12-31", 79.0, "reported"),
            ("2021/2023", "range", "2021-01-01", "2023-12-31", 64.0, "reported"),
            ("2021/2025", "range", "2021-01-01", "2025-12-31", 68.0, "reported")]
    df = facts_frame(five)
    row, _ = rules.latest(df)
    assert row["period"] == "2021/2025"
    assert rules.previous_comparable(df, row, stock=False)["period"] == "2016/2020"  # not the 3-year span
    df = facts_frame([YEAR_2022, YEAR_2021])
    row, _ = rules.latest(df)
    assert rules.previous_comparable(df, row, stock=False)["period"] == "2021"
    assert tables.card(df, "58", "63", "tasks_managed").change == 4


def test_stocks_compare_with_the_previous_date_and_uncertain_values_step_aside():
    dates = [("2025-12-31", "date", "2025-12-31", "2025-12-31", 29.0, "uncertain"),
             ("2025-09-30", "date", "2025-09-30", "2025-09-30", 31.0, "reported"),
             ("2022-06-12", "date", "2022-06-12", "2022-06-12", 24.0, "reported")]
    df = facts_frame(dates)
    row, uncertain = rules.latest(df)
    assert row["period"] == "2025-09-30" and not uncertain  # the later uncertain value is not "latest"
    assert rules.previous_comparable(df, row, stock=True)["period"] == "2022-06-12"
    assert tables.compared_with(rules.previous_comparable(df, row, stock=True), "vi") == "so với ngày 12/06/2022"
    only_uncertain = facts_frame([dates[0]])
    row, uncertain = rules.latest(only_uncertain)
    assert row["value"] == 29 and uncertain
    c = tables.card(only_uncertain, "58", "63", "tasks_managed")
    assert c.uncertain and c.change is None
    assert "⚠ Chưa chắc chắn — chỉ có số liệu này" in tables.card_texts(c, "vi")["flags"]


def test_a_plan_is_shown_only_when_no_actual_exists_and_says_so():
    plan = ("2023", "year", "2023-01-01", "2023-12-31", 20.0, "reported", "plan")
    c = tables.card(facts_frame([plan]), "58", "63", "tasks_managed")
    assert c.plan_only and "Kế hoạch (chưa có số thực hiện)" in tables.card_texts(c, "vi")["flags"]
    c = tables.card(facts_frame([plan, YEAR_2021]), "58", "63", "tasks_managed")
    assert not c.plan_only and c.row["period"] == "2021"


def test_merger_history_both_ways():
    assert tables.merger_history("58", "63", "vi") == {
        "text": "Ninh Thuận — sáp nhập vào Khánh Hòa từ 01/7/2025", "links": [("Khánh Hòa (từ 1/7/2025)", "56-34")]}
    back = tables.merger_history("56", "34", "vi")
    assert back["text"] == "Khánh Hòa (từ 01/7/2025) gồm: Khánh Hòa, Ninh Thuận"
    assert back["links"] == [("Khánh Hòa", "56-63"), ("Ninh Thuận", "58-63")]
    assert "không sáp nhập" in tables.merger_history("14", "63", "vi")["text"]


def test_profile_table_in_the_merger_view_says_why_a_value_is_missing(warehouse_path):
    df = queries.facts_view(["tasks_managed"], ["56"], mode="today", db=warehouse_path)
    table = tables.profile_table(df, {}, "vi")
    row = table[table["Kỳ"] == "9 tháng đầu năm 2023"].iloc[0]
    assert row["Giá trị"] == "—" and row["Tình trạng"] == "Không so sánh được"  # never Ninh Thuận's 27 alone
    assert row["Ghi chú"].startswith("Thiếu số liệu của Khánh Hòa")


def test_filters_and_exports_keep_exactly_the_rows_shown(warehouse_path):
    everything = queries.facts(db=warehouse_path)
    shown = tables.filter_facts(everything, provinces=[("58", "63")], kinds=["range"], years=(2020, 2025),
                                query="nhiem vu")
    assert len(shown) > 0 and set(shown["province_code"]) == {"58"} and set(shown["period_kind"]) == {"range"}
    assert (shown["period_end"].dt.year >= 2020).all()
    others = tables.other_values_map(queries.alternatives(db=warehouse_path), "vi")
    export = tables.export_frame(shown, others, "vi")
    data = tables.csv_bytes(export)
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype={"Mã tỉnh": str, "Khung": str})
    assert len(back) == len(shown) == len(tables.screen_frame(shown, others, "vi"))
    assert list(back["Mã kỳ"]) == list(shown["period"]) and list(back["Giá trị"]) == list(shown["value"])
    assert set(back["Mã tỉnh"]) == {"58"}
    sources = tables.sources_frame(queries.sources_of(shown["source_id"], db=warehouse_path), "vi")
    book = openpyxl.load_workbook(io.BytesIO(tables.excel_bytes(export, sources, "vi")))
    assert book.sheetnames == ["Số liệu", "Nguồn"]
    assert book["Số liệu"].max_row == len(shown) + 1
    assert book["Nguồn"].max_row == shown["source_id"].nunique() + 1


def test_csv_numbers_stay_machine_readable_while_the_screen_is_vietnamese():
    df = facts_frame([("2021", "year", "2021-01-01", "2021-12-31", 1234.5, "reported")])
    for col in ("loaded_at",):
        df[col] = pd.Timestamp("2025-01-02 03:04:05")
    df["source_kind"], df["source_id"], df["sheet"], df["cell"] = "press", "s1", None, None
    df["indicator"] = "st_budget"  # 1 decimal
    screen = tables.screen_frame(df, {}, "vi")
    assert screen["Giá trị"].iloc[0] == "1.234,5 tỷ đồng"
    text = tables.csv_bytes(tables.export_frame(df, {}, "vi")).decode("utf-8-sig")
    assert ",1234.5," in text and "1.234,5" not in text


def test_history_includes_an_undone_upload(fresh_warehouse):
    from etl import ingest
    from tests.fixtures.workbooks import filled_template

    data = filled_template(values={"tasks_managed": 40})
    outcome = ingest.load(ingest.examine(data, "bao-cao.xlsx"), data, fresh_warehouse, by="kiểm thử")
    ingest.undo(outcome.upload_id, fresh_warehouse)
    hist = queries.fact_history("58", "63", "tasks_managed", "2021", "actual", db=fresh_warehouse)
    frame = tables.history_frame(hist, "vi")
    assert list(frame["Trạng thái"]) == ["đang dùng", "đã hoàn tác"]
    assert list(frame["Giá trị"]) == ["36 nhiệm vụ", "40 nhiệm vụ"]
    assert frame["Tệp tải lên"].iloc[1] == "bao-cao.xlsx" and frame["Hoàn tác lúc"].iloc[1] != ""


def test_profile_says_thua_thien_hue_became_the_city_of_hue():
    from views import tables
    text = tables.merger_history("46", "63", "vi")["text"]
    assert text.startswith("Thừa Thiên Huế — từ 01/01/2025 là thành phố Huế trực thuộc trung ương (Nghị quyết 175/2024/QH15).")
    assert "the centrally-run city of Hue from 1 Jan 2025 (Resolution 175/2024/QH15)" in tables.merger_history("46", "63", "en")["text"]


def test_overview_card_html_escapes_what_files_carry_and_colours_the_change_by_meaning():
    from views import cards

    texts = {"label": "Chỉ tiêu <b>", "help": "định nghĩa 'x'", "value": "32 nhiệm vụ", "period": "Năm 2023",
             "delta": "-4 nhiệm vụ", "delta_color": "inverse", "trend": [30.0, 36.0, 32.0]}
    html_ = cards.card_html(texts, ["Nguồn: <script>alert(1)</script>"])
    assert "<script>" not in html_ and "&lt;script&gt;" in html_ and "&lt;b&gt;" in html_
    assert "ov-good" in html_, "fewer is better here (inverse): a fall is good news"
    assert html_.count("class='ov-spark'") == 1 and "%3Cpolyline" in html_
    assert "ov-bad" in cards.card_html({**texts, "delta_color": "normal"}, [])
    assert "ov-spark" not in cards.card_html({**texts, "trend": [1.0]}, [])  # one point is no trend
