"""The Compare page never swaps an indicator silently: a link (or a choice) naming an indicator with
no public data says so on the page — in Vietnamese, or English — and the address names what is drawn."""
import pytest

from metrics import queries, registry


@pytest.fixture()
def without_data(warehouse_path):
    """A declared indicator the test warehouse holds no public value of."""
    with_data = set(queries.indicators_with_data(warehouse_path))
    return next(c for c in registry.shown_indicators() if c not in with_data)


def _warnings(at):
    return " ".join(w.value for w in at.warning)


def test_a_link_to_an_indicator_without_public_data_says_so_and_names_what_is_drawn(open_page, without_data):
    at = open_page("pages/compare.py", ind=[without_data])
    said = _warnings(at)
    name = registry.indicator(without_data).name("vi")
    assert f"Chưa có số liệu công khai cho “{name}”" in said
    assert "đang hiển thị: “Nhiệm vụ KH&CN được quản lý”" in said
    assert at.get("plotly_chart"), "the indicator shown instead is drawn"
    # the address names what is drawn (the default), not the indicator it could not draw
    assert without_data not in at.query_params.get("ind", [])
    # the rerun that follows (here: the chart type changed) goes on saying it
    at.radio(key="_url_widget_chart").set_value("bar").run()
    assert f"“{name}”" in _warnings(at)
    # once the person chooses again, the notice has done its work
    at.multiselect(key="_url_widget_ind").set_value(["tasks_accepted"]).run()
    assert "Chưa có số liệu công khai" not in _warnings(at)


def test_in_english_and_beside_an_indicator_with_data(open_page, without_data):
    at = open_page("pages/compare.py", lang="en", ind=["tasks_managed", without_data])
    said = _warnings(at)
    assert f"No public data yet for “{registry.indicator(without_data).name('en')}”" in said
    assert "shown instead: “S&T tasks managed”" in said
    assert at.query_params.get("ind", []) in ([], ["tasks_managed"], "tasks_managed")


def test_a_mistyped_indicator_is_named_as_written(open_page):
    at = open_page("pages/compare.py", ind=["khong_co"])
    assert "Chưa có số liệu công khai cho “khong_co”" in _warnings(at)


def test_a_link_to_an_indicator_with_data_says_nothing(open_page):
    at = open_page("pages/compare.py", ind=["tasks_managed"])
    assert not at.warning
