"""A fact's history is one click from every chart and table (AppTest): a point on the profile's
chart, a row of its tables, a province on the map or a row of the map's table, an overview card's
"history of this value" link — each opens the one history panel (views.history), in Vietnamese or English. A click is
the selection event Streamlit stores under the chart's or table's key; the fact a point carries is
read from the figure the page drew, so a chart that loses its fact ids fails here."""
import html
import json
import re
from urllib.parse import unquote

from metrics import rules


def ok(at):
    assert not at.exception, [e.message for e in at.exception]
    return at


def history_panels(at) -> list:
    return [e for e in at.expander if e.label.startswith(("Lịch sử của một số liệu:", "History of one fact:"))]


def texts(block) -> str:
    return "\n".join([m.value for m in block.markdown] + [c.value for c in block.caption])


def click_point(at, key: str, fact: str):
    at.session_state[key] = {"selection": {"points": [{"customdata": fact}], "point_indices": [0], "box": [],
                                           "lasso": []}}
    return ok(at.run())


def pick_row(at, key: str, row: int):
    at.session_state[key] = {"selection": {"rows": [row], "columns": []}}
    return ok(at.run())


def test_profile_chart_point_opens_that_values_history(open_page):
    at = open_page("pages/profile.py", prov="58-63", tab="details")
    assert not history_panels(at), "nothing opens before a click"
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    drawn = [f for tr in spec["data"] for f in (tr.get("customdata") or []) if f]
    fact = "58-63|tasks_managed|2021|actual"
    assert fact in drawn, "each point carries its fact"
    click_point(at, "chart-58-63-tasks_managed", fact)
    [panel] = history_panels(at)
    assert panel.label == "Lịch sử của một số liệu: Ninh Thuận · Nhiệm vụ KH&CN được quản lý · Năm 2021"
    history = panel.dataframe[0].value
    assert "36 nhiệm vụ" in set(history["Giá trị"]) and "đang dùng" in set(history["Trạng thái"])
    assert "Đang dùng: 36 nhiệm vụ" in texts(panel)


def test_profile_table_row_opens_its_history_in_english(open_page):
    at = open_page("pages/profile.py", prov="14-34", lang="en", tab="details")
    table = next(d for d in at.dataframe if d.key == "table-14-34-tasks_managed")
    row = list(table.value["Period"]).index("2021–2025")
    pick_row(at, "table-14-34-tasks_managed", row)
    [panel] = history_panels(at)
    assert panel.label == "History of one fact: Son La (from 1 Jul 2025) · S&T tasks managed · 2021–2025"
    history = panel.dataframe[0].value
    # both sources' values, the one in use first; never averaged
    assert list(history["Value"]) == ["68 tasks", "84 tasks"]
    assert list(history["State"]) == ["in use", "other value"]


def test_map_province_click_opens_its_values_history_and_a_rebuilt_value_shows_its_parts(open_page):
    at = open_page("pages/map.py", view="today", period="2021")
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    facts = {loc: f for tr in spec["data"] for loc, f in zip(tr["locations"], tr.get("customdata") or [])}
    assert facts["56"] == "56-34|tasks_managed|2021|actual", "a province with a value carries its fact"
    assert facts["01"] == "", "a province without data carries none"
    click_point(at, "map-tasks_managed-2021-34", facts["56"])
    [panel] = history_panels(at)
    assert panel.label.startswith("Lịch sử của một số liệu: Khánh Hòa (từ 1/7/2025) · Nhiệm vụ KH&CN được quản lý")
    # Khánh Hòa (34) in 2021 is rebuilt from the provinces of that time: each one's own history
    said = texts(panel)
    assert "dựng lại từ các tỉnh trước sáp nhập" in said
    assert "Khánh Hòa · Nhiệm vụ KH&CN được quản lý · Năm 2021" in said
    assert "Ninh Thuận · Nhiệm vụ KH&CN được quản lý · Năm 2021" in said
    assert "Kho dữ liệu không lưu giá trị nào cho số liệu này." in said  # Khánh Hòa reported none
    assert "36 nhiệm vụ" in set(panel.dataframe[0].value["Giá trị"])  # Ninh Thuận's


def test_map_table_row_opens_the_same_history(open_page):
    at = open_page("pages/map.py")
    table = next(d for d in at.dataframe if d.key == "map-table-tasks_managed-2023-63")
    assert table.value.iloc[0]["Tỉnh"] == "Ninh Thuận"
    pick_row(at, "map-table-tasks_managed-2023-63", 0)
    [panel] = history_panels(at)
    assert panel.label == "Lịch sử của một số liệu: Ninh Thuận · Nhiệm vụ KH&CN được quản lý · Năm 2023"
    assert "32 nhiệm vụ" in set(panel.dataframe[0].value["Giá trị"])


def history_links(at) -> dict[str, str]:
    """Each overview card's "Lịch sử số liệu này" link: its fact id -> the link's query."""
    return {unquote(m.group(2)): html.unescape(m.group(1)) for block in at.get("html") for m in
            re.finditer(r"<a class='ov-hist' href='\./\?((?:[^']*&amp;)?fact=([^'&]*))' target='_self'>", block.proto.body)}


def test_overview_card_value_opens_and_closes_its_history_from_its_link(open_page):
    """Each card links to its value's history (a page load, no widget in a visitor's first run);
    the link opens one picker of every card's value with that value chosen and its history open."""
    at = open_page("pages/overview.py", lang="en")
    fact = "58-63|tasks_managed|2023|actual"
    links = history_links(at)
    assert links[fact] == "lang=en&fact=58-63%7Ctasks_managed%7C2023%7Cactual", "the link keeps the language"
    assert any(f.startswith("14-63|") for f in links), "every province's cards"
    assert not at.selectbox and not history_panels(at), "nothing drawn before a person asks"
    at = open_page("pages/overview.py", fact=fact)
    # the title above the picker, once (not again inside the cards' block)
    assert at.title[0].value == "Tổng quan các chỉ tiêu chính"
    assert not any("class='ov-title'" in block.proto.body for block in at.get("html"))
    picker = at.selectbox(key="history-overview")
    assert picker.label == "Lịch sử của một số liệu trên thẻ" and picker.value == fact
    assert "Ninh Thuận · Nhiệm vụ KH&CN được quản lý · Năm 2023" in picker.options  # every card
    assert any(o.startswith("Sơn La · ") for o in picker.options)  # of every province, in one picker
    [panel] = history_panels(at)
    assert panel.label == "Lịch sử của một số liệu: Ninh Thuận · Nhiệm vụ KH&CN được quản lý · Năm 2023"
    assert "Đang dùng: 32 nhiệm vụ" in texts(panel)
    ok(at.selectbox(key="history-overview").set_value(None).run())
    assert not history_panels(at), "choosing nothing closes it"
    assert at.selectbox(key="history-overview"), "the picker stays for the session"


def test_a_frame_34_value_before_the_merger_stands_for_its_predecessors():
    assert rules.stored_facts("51", "34", "ocop_products", "2024", "actual") == [
        ("51", "63", "ocop_products", "2024", "actual"), ("62", "63", "ocop_products", "2024", "actual")]
    # after the merger, and in frame 63, a value is its own fact
    assert rules.stored_facts("51", "34", "ocop_products", "2025-09-30", "actual") == [
        ("51", "34", "ocop_products", "2025-09-30", "actual")]
    assert rules.stored_facts("58", "63", "ocop_products", "2023", "actual") == [
        ("58", "63", "ocop_products", "2023", "actual")]


def test_compare_tables_rows_open_their_history(open_page):
    at = open_page("pages/compare.py", widgets={"ind": ["tfp_contribution"]})
    other = next(d for d in at.dataframe if d.key == "other-tfp_contribution")
    row = list(other.value["Tỉnh"]).index("Ninh Thuận")
    pick_row(at, "other-tfp_contribution", row)
    [panel] = history_panels(at)
    assert panel.label.startswith("Lịch sử của một số liệu: Ninh Thuận · ") and "Giai đoạn 2020–2023" in panel.label
    assert "33\u00a0%" in set(panel.dataframe[0].value["Giá trị"])

    at = open_page("pages/compare.py", prov=["58-63"])
    # the numbers drawn: under their expander's label, drawn when a person opens it (ui.drawn_when_open)
    assert any(e.label.startswith("Bảng số liệu trên biểu đồ — ") for e in at.expander)
    assert not [d for d in at.dataframe if d.key == "drawn-tasks_managed"]
    at.session_state["drawn-open-tasks_managed"] = True  # the person opens it
    ok(at.run())
    drawn = next(d for d in at.dataframe if d.key == "drawn-tasks_managed")
    row = list(drawn.value["Năm"]).index(2021)
    pick_row(at, "drawn-tasks_managed", row)
    [panel] = history_panels(at)
    assert panel.label == "Lịch sử của một số liệu: Ninh Thuận · Nhiệm vụ KH&CN được quản lý · Năm 2021"


def test_profile_summary_row_opens_the_history_of_the_value_it_shows(open_page):
    at = open_page("pages/profile.py", prov="58-63")
    summary = next(d for d in at.dataframe if d.key == "summary-reported-58-63").value
    row = list(summary["Chỉ tiêu"]).index("Nhiệm vụ KH&CN được quản lý")
    shown, period = summary["Số liệu mới nhất"].iloc[row], summary["Kỳ"].iloc[row]
    pick_row(at, "summary-reported-58-63", row)
    [panel] = history_panels(at)
    assert panel.label == f"Lịch sử của một số liệu: Ninh Thuận · Nhiệm vụ KH&CN được quản lý · {period}"
    assert shown in set(panel.dataframe[0].value["Giá trị"]), "the history holds the value the row shows"


def test_profile_disagreement_row_opens_that_facts_history_with_every_value(open_page):
    at = open_page("pages/profile.py", prov="14-34", lang="en")
    table = next(d for d in at.dataframe if d.key == "disagreements-reported-14-34").value
    rows = [i for i, (name, period) in enumerate(zip(table["Indicator"], table["Period"]))
            if name == "S&T tasks managed" and period == "2021–2025"]
    assert len(rows) == 2, "the value in use and the other one"
    pick_row(at, "disagreements-reported-14-34", rows[1])   # the other value's row: the same fact
    [panel] = history_panels(at)
    assert panel.label == "History of one fact: Son La (from 1 Jul 2025) · S&T tasks managed · 2021–2025"
    assert list(panel.dataframe[0].value["Value"]) == ["68 tasks", "84 tasks"]


def test_profile_summary_goes_a_page_at_a_time_and_a_row_of_a_later_page_opens_its_own_history(
        open_page, warehouse_path, monkeypatch):
    # a national warehouse gives a province ~1,300 indicators and tens of thousands of
    # disagreements: the page sends one page of each table. Pages of 2/5/10 rows make the
    # fixture's summary long enough to page.
    from metrics import queries
    from views import ui
    monkeypatch.setattr(ui, "PAGE_SIZES", (2, 5, 10))
    n = queries.facts((), [("58", "63")], db=warehouse_path)["indicator"].nunique()
    assert n > 5
    at = open_page("pages/profile.py", prov="58-63")
    summary = next(d for d in at.dataframe if d.key == "summary-reported-58-63").value
    assert len(summary) == 5 and f"Dòng 1–5 trong {n} dòng" in texts(at), "a page, and how many rows there are"
    next(p for p in at.pagination if p.key.startswith("summary-reported-58-63")).select(2)
    ok(at.run())
    second = next(d for d in at.dataframe if d.key == "summary-reported-58-63@5").value
    assert len(second) == min(5, n - 5) and not set(second["Chỉ tiêu"]) & set(summary["Chỉ tiêu"])
    assert f"Dòng 6–{min(10, n)} trong {n} dòng" in texts(at)
    name, shown, period = second["Chỉ tiêu"].iloc[0], second["Số liệu mới nhất"].iloc[0], second["Kỳ"].iloc[0]
    pick_row(at, "summary-reported-58-63@5", 0)
    [panel] = history_panels(at)
    assert panel.label == f"Lịch sử của một số liệu: Ninh Thuận · {name} · {period}", "page 2's row, not page 1's"
    assert shown in set(panel.dataframe[0].value["Giá trị"])


def test_profile_disagreements_say_how_many_and_go_a_page_of_facts_at_a_time(open_page, monkeypatch):
    # a national province has ~18 k disagreeing facts: the page says how many and reads one page
    # of them (with their other values) at a time. Pages of 2 facts make the fixture's 5 page.
    from views import ui
    monkeypatch.setattr(ui, "PAGE_SIZES", (1, 2, 10))
    at = open_page("pages/profile.py", prov="14-34")
    assert any("Các nguồn ghi khác nhau ở 5 số liệu" in w.value for w in at.warning), "the count of them all"
    assert "Số liệu 1–2 trong 5 số liệu" in texts(at)
    first = next(d for d in at.dataframe if d.key == "disagreements-reported-14-34").value
    facts_1 = set(zip(first["Chỉ tiêu"], first["Kỳ"]))
    assert len(facts_1) == 2 and list(first["Vai trò"]).count("đang dùng") == 2, "two facts, each with its values"
    next(p for p in at.pagination if p.key.startswith("disagreements-reported-14-34")).select(2)
    ok(at.run())
    assert "Số liệu 3–4 trong 5 số liệu" in texts(at)
    second = next(d for d in at.dataframe if d.key == "disagreements-reported-14-34@2").value
    facts_2 = set(zip(second["Chỉ tiêu"], second["Kỳ"]))
    assert len(facts_2) == 2 and not facts_1 & facts_2, "the next two facts, not the first page again"
    assert {"đang dùng", "giá trị khác"} <= set(second["Vai trò"]), "each with the value in use and the other"
    name, period = second["Chỉ tiêu"].iloc[0], second["Kỳ"].iloc[0]
    pick_row(at, "disagreements-reported-14-34@2", 0)
    [panel] = history_panels(at)
    assert panel.label.startswith("Lịch sử của một số liệu: Sơn La") and panel.label.endswith(f"{name} · {period}"), \
        "page 2's fact, not page 1's"
    assert not panel.dataframe[0].value.empty
    every = set()
    for page in (1, 2, 3):
        next(p for p in at.pagination if p.key.startswith("disagreements-reported-14-34")).select(page)
        ok(at.run())
        key = "disagreements-reported-14-34" + ("" if page == 1 else f"@{2 * (page - 1)}")
        table = next(d for d in at.dataframe if d.key == key).value
        every |= set(zip(table["Chỉ tiêu"], table["Kỳ"]))
    assert len(every) == 5, "the three pages hold the 5 disagreeing facts"


def test_a_slide_bar_click_opens_that_values_history_under_the_slide(open_page):
    from views import decks
    from views.decks import Slide

    ocop = Slide("ocop_products", (("58", "63"), ("14", "63")), (2018, 2025), "bar")
    at = open_page("pages/present.py", deck=decks.encode([ocop]))
    assert not history_panels(at), "nothing opens before a click"
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    ninh_thuan = next(tr for tr in spec["data"] if tr.get("name") == "Ninh Thuận")
    bars = dict(zip(ninh_thuan["x"], ninh_thuan["customdata"]))
    assert bars["2019"] == "", "a missing year has no bar and no fact"
    fact = bars["2022"]
    assert fact.startswith("58-63|ocop_products|2022"), "each bar carries the fact it draws"
    click_point(at, "slide_chart_1", fact)
    [panel] = history_panels(at)
    assert panel.label.startswith("Lịch sử của một số liệu: Ninh Thuận · ")
    assert "65" in " ".join(panel.dataframe[0].value["Giá trị"])
