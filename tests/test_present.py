"""Trình chiếu (Presentation): the deck in a link, each slide's chart, link and QR code, the page."""
import io
import json
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from PIL import Image

from metrics import queries
from views import decks, slides
from views.decks import DeckError, Slide


TASKS = Slide("tasks_managed", (("58", "63"), ("14", "63")), (2016, 2025), "line")
OCOP = Slide("ocop_products", (("58", "63"), ("14", "63"), ("60", "63")), (2018, 2025), "bar")
TODAY = Slide("tasks_managed", (("56", "34"), ("14", "34")), (2016, 2025), "line", "today")


# --- the deck as text --------------------------------------------------------------------------


def test_a_deck_survives_the_round_trip_through_a_link():
    text = decks.encode([TASKS, OCOP, TODAY])
    assert quote(text, safe="") == text  # nothing but URL-safe characters: the link needs no escaping
    assert text.startswith("v1~tasks_managed.58-63_14-63.2016-2025.line~")
    assert decks.decode(text) == [TASKS, OCOP, TODAY]
    assert len(text) < 200, "a short link makes a QR code a phone can read from the back of a hall"


@pytest.mark.parametrize("tamper", [
    lambda s: s.replace("58-63", "59-63"),           # someone edits a province by hand
    lambda s: s[:-1],                                 # the checksum cut short
    lambda s: s.rsplit("~", 2)[0],                    # a messaging app dropped the end of the link
    lambda s: s.replace("line", "pie"),
    lambda s: s + "<script>",
    lambda s: "",
])
def test_a_tampered_or_truncated_deck_is_refused_with_a_clear_message(tamper):
    with pytest.raises(DeckError) as err:
        decks.decode(tamper(decks.encode([TASKS, OCOP])))
    assert str(err.value).startswith("Không mở được bộ trình chiếu trong liên kết này.")
    assert err.value.problems


def test_a_link_from_another_version_says_so():
    with pytest.raises(DeckError) as err:
        decks.decode("v2~tasks_managed.58-63.2016-2025.line~abcdef")
    assert "phiên bản khác" in str(err.value) and "v2" in str(err.value)


def test_a_well_formed_deck_naming_unknown_things_lists_every_problem():
    body = "v1~no_such_indicator.58-63.2016-2025.line~tasks_managed.99-63.2030-2020.line"
    with pytest.raises(DeckError) as err:
        decks.decode(f"{body}~{decks._checksum(body)}", "en")
    text = " ".join(err.value.problems)
    assert "Slide 1" in text and "no_such_indicator" in text
    assert "Slide 2" in text and "99-63" in text and "2030–2020" in text


def test_a_bad_slide_is_never_written():
    with pytest.raises(DeckError):
        decks.encode([Slide("tasks_managed", (), (2016, 2025))])
    with pytest.raises(DeckError):  # today's-34 view takes frame-34 provinces only
        decks.encode([Slide("tasks_managed", (("58", "63"),), (2016, 2025), "line", "today")])


def test_slide_numbers_from_the_url_stay_in_range():
    assert [decks.clamp_slide(v, 3) for v in ("2", "0", "9", "abc", None)] == [2, 1, 3, 1, 1]


def test_reordering_and_removing_slides():
    deck = [TASKS, OCOP, TODAY]
    assert decks.move(deck, 0, 1) == [OCOP, TASKS, TODAY]
    assert decks.move(deck, 0, -1) == deck  # the first cannot go further up
    assert decks.remove(deck, 1) == [TASKS, TODAY]


# --- the shareable link and its QR code --------------------------------------------------------


def test_the_link_uses_the_address_attendees_can_reach():
    # opened through the network name: that name is what phones use too
    assert slides.network_base("10.0.0.5:8501", "http://10.0.0.5:8501/trinh-chieu", "192.168.1.9", 8501) == "http://10.0.0.5:8501"
    assert slides.network_base("st.example.vn", "https://st.example.vn/trinh-chieu", None, 8501) == "https://st.example.vn"
    # opened on the presenter's laptop as localhost: the LAN address and the server's port instead
    for host in ("localhost:8501", "127.0.0.1:8501", "[::1]:8501", None):
        assert slides.network_base(host, "http://localhost:8501/", "192.168.1.9", 8502) == "http://192.168.1.9:8502"
    assert slides.network_base("localhost:8501", None, "192.168.1.9", 8501, "/kh-cn/") == "http://192.168.1.9:8501/kh-cn"


def test_a_slide_link_opens_that_slide_of_that_deck():
    deck = decks.encode([TASKS, OCOP])
    url = slides.link("http://192.168.1.9:8501", deck, 2, "en")
    parts = urlsplit(url)
    assert parts.path == "/trinh-chieu"
    assert parse_qs(parts.query) == {"deck": [deck], "slide": ["2"], "lang": ["en"]}
    assert "lang" not in slides.link("http://h:1", deck, 1, "vi")


def test_a_long_deck_puts_only_its_slide_in_the_qr_code():
    base = "http://192.168.1.9:8501"
    short = [TASKS, OCOP]
    assert slides.qr_link(base, short, 2) == slides.link(base, decks.encode(short), 2)
    long = [Slide("tasks_managed", ((f"{c:02d}", "63"),), (2016, 2025)) for c in (1, 2, 4, 6, 8, 10, 11, 12, 14, 15)]
    url = slides.qr_link(base, long, 9)
    assert len(url) <= slides.QR_LINK_MAX
    assert parse_qs(urlsplit(url).query)["deck"] == [decks.encode([long[8]])]


class _FakeSocket:
    """A UDP socket whose route is decided by the test: {probe address: local address or None}."""
    routes: dict = {}

    def __init__(self, *args):
        self.local = None

    def connect(self, address):
        local = self.routes.get(address[0])
        if local is None:
            raise OSError("Network is unreachable")
        self.local = local

    def getsockname(self):
        return (self.local, 40000)

    def close(self):
        pass


@pytest.mark.parametrize("routes, expected", [
    ({"10.255.255.255": "192.168.1.9"}, "192.168.1.9"),                                  # a LAN
    ({"10.255.255.255": "127.0.0.1", "192.168.255.255": "10.1.2.3"}, "10.1.2.3"),        # loopback skipped
    ({}, None),                                                                           # no network at all
    ({"10.255.255.255": "127.0.1.1", "172.31.255.255": "0.0.0.0"}, None),                # only loopback
])
def test_lan_ip_is_the_routed_address_or_nothing(monkeypatch, routes, expected):
    monkeypatch.setattr(_FakeSocket, "routes", routes)
    monkeypatch.setattr(slides.socket, "socket", _FakeSocket)
    assert slides.lan_ip() == expected


def test_the_qr_code_is_a_png_image():
    png = slides.qr_png(slides.link("http://192.168.1.9:8501", decks.encode([TASKS, OCOP, TODAY]), 3))
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size[0] == image.size[1] >= 250


# --- each slide's chart ------------------------------------------------------------------------


def test_a_slide_chart_is_readable_on_a_projector_and_carries_its_source(warehouse_path):
    df = queries.facts_view(["tasks_managed"], TASKS.provinces, db=warehouse_path)
    fig, line = slides.figure(df, TASKS)
    spec = json.loads(fig.to_json())
    assert spec["layout"]["font"]["size"] >= 18
    assert spec["layout"]["xaxis"]["tickfont"]["size"] >= 18 and spec["layout"]["yaxis"]["tickfont"]["size"] >= 18
    assert line.startswith("Nguồn: ") and "http" not in line  # web addresses are no use on a slide
    assert spec["layout"]["annotations"][-1]["text"].replace("<br>", " ") == line  # inside, for the PNG
    assert "Nhiệm vụ KH&CN được quản lý" in spec["layout"]["title"]["text"]
    labels = [tr["text"][0] for tr in spec["data"] if tr.get("mode") == "text"]
    assert "9 tháng đầu năm 2022: 32 nhiệm vụ" in labels  # a part-year value says which part
    # a count summed over several years is not drawn on a time axis, but it is listed, with its span
    notes = " ".join(slides.notes(df, TASKS, fig))
    assert "Ninh Thuận — Giai đoạn 1992–2017: 285 nhiệm vụ" in notes
    assert "chưa chắc chắn" in notes


def test_a_bar_slide_writes_each_value_on_its_bar_and_leaves_missing_years_empty(warehouse_path):
    df = queries.facts_view(["ocop_products"], OCOP.provinces, db=warehouse_path)
    fig, _ = slides.figure(df, OCOP)
    bars = {tr.name: dict(zip(tr.x, tr.y)) for tr in fig.data if tr.type == "bar"}
    ninh_thuan = bars["Ninh Thuận"]
    assert list(ninh_thuan) == [str(y) for y in range(2018, 2026)]
    assert ninh_thuan["2022"] == 65 and ninh_thuan["2019"] is None  # no bar, never a 0
    assert any("65" in (tr.text or ()) for tr in fig.data if tr.name == "Ninh Thuận")


def test_slide_words():
    assert slides.subtitle(TASKS) == "Ninh Thuận, Sơn La · Giai đoạn 2016–2025"
    assert slides.subtitle(TODAY, "en").endswith("Today's 34 provinces")
    assert slides.describe(OCOP).endswith("biểu đồ cột")


# --- saved decks -------------------------------------------------------------------------------


def test_deck_names_become_safe_file_names():
    assert decks.slug("Hội nghị vùng Tây Nguyên 2025") == "hoi-nghi-vung-tay-nguyen-2025"
    assert decks.slug("../../etc/passwd") == "etc-passwd"
    with pytest.raises(DeckError):
        decks.slug("  ///  ")


def test_a_named_deck_is_saved_beside_the_warehouse_and_listed(tmp_path):
    db = tmp_path / "w.duckdb"
    text = decks.encode([TASKS, OCOP])
    assert decks.save_deck("Hội nghị Đà Lạt", text, db=db) == "hoi-nghi-da-lat"
    assert (tmp_path / "decks" / "hoi-nghi-da-lat.json").exists()
    saved = decks.saved_decks(db=db)
    assert [(d["name"], d["deck"]) for d in saved] == [("Hội nghị Đà Lạt", text)]
    with pytest.raises(DeckError, match="Đã có"):  # nobody overwrites someone else's deck
        decks.save_deck("hoi nghi da lat", decks.encode([OCOP]), db=db)
    with pytest.raises(DeckError):
        decks.save_deck("hỏng", text[:-2], db=db)
    (tmp_path / "decks" / "junk.json").write_text("{not json")
    assert len(decks.saved_decks(db=db)) == 1


# --- the page ----------------------------------------------------------------------------------


def _spec(at) -> dict:
    return json.loads(at.get("plotly_chart")[0].proto.spec)


def _html(at) -> str:
    return " ".join(m.value for m in at.markdown)


def test_a_deck_link_opens_on_slide_one_with_its_chart_and_sources(open_page):
    at = open_page("pages/present.py", deck=decks.encode([TASKS, OCOP]))
    assert at.title[0].value == "Nhiệm vụ KH&CN được quản lý"
    assert "Ninh Thuận, Sơn La · Giai đoạn 2016–2025" in _html(at)
    spec = _spec(at)
    assert any(tr.get("name") == "Sơn La" for tr in spec["data"])
    assert "Nguồn:" in spec["layout"]["annotations"][-1]["text"]
    assert 'class="slide-source">Nguồn: ' in _html(at)  # and in large type under the chart
    assert "1 / 2" in _html(at)
    assert at.get("image"), "a QR code is shown"
    assert "/trinh-chieu?deck=v1~" in _html(at) and "slide=1" in _html(at)  # its link under it
    css = " ".join(h.proto.body for h in at.get("html"))
    assert '[data-testid="stSidebar"]' in css and "display: none" in css  # full screen: no sidebar


def test_next_and_previous_move_through_the_deck_and_the_url_follows(open_page):
    at = open_page("pages/present.py", deck=decks.encode([TASKS, OCOP]))
    at.button(key="next").click().run()
    assert at.title[0].value == "Sản phẩm OCOP được công nhận"
    assert at.query_params["slide"] == "2"
    assert any(tr["type"] == "bar" for tr in _spec(at)["data"])
    assert at.button(key="next").disabled  # the last slide
    at.button(key="prev").click().run()
    assert at.title[0].value == "Nhiệm vụ KH&CN được quản lý"
    at.button(key="exit").click().run()  # back to the editor, the deck kept
    assert at.title[0].value == "Trình chiếu" and at.subheader[1].value == "Các trang chiếu (2)"


def test_a_slide_number_in_the_link_opens_that_slide(open_page):
    at = open_page("pages/present.py", deck=decks.encode([TASKS, OCOP]), slide="2")
    assert at.title[0].value == "Sản phẩm OCOP được công nhận"


def test_a_broken_link_shows_a_vietnamese_message_not_a_traceback(open_page):
    broken = decks.encode([TASKS, OCOP])[:-3]
    at = open_page("pages/present.py", deck=broken)
    assert "Không mở được bộ trình chiếu trong liên kết này." in at.error[0].value
    assert "bị hỏng hoặc bị cắt ngắn" in at.error[0].value
    assert not at.get("plotly_chart")
    at.button[0].click().run()  # "start a new deck" leads to the editor
    assert "deck" not in at.query_params
    assert at.title[0].value == "Trình chiếu"


def test_english(open_page):
    at = open_page("pages/present.py", lang="en", deck=decks.encode([TASKS]))
    assert at.title[0].value == "S&T tasks managed"
    assert at.button(key="next").label == "Next"
    at = open_page("pages/present.py", lang="en", deck="v1~x~000000")
    assert "This presentation link cannot be opened." in at.error[0].value


def test_building_a_deck_in_the_editor(open_page):
    at = open_page("pages/present.py")
    assert at.title[0].value == "Trình chiếu"
    at.selectbox(key="ed_ind").set_value("tasks_managed")
    at.multiselect(key="ed_prov_reported").set_value(["58-63", "14-63"])
    at.button(key="ed_submit").click().run()
    at.selectbox(key="ed_ind").set_value("ocop_products")
    at.get("button_group")[0].set_value("bar")
    at.button(key="ed_submit").click().run()
    assert not at.exception
    deck = decks.decode(at.query_params["deck"])
    assert [(s.indicator, s.chart) for s in deck] == [("tasks_managed", "line"), ("ocop_products", "bar")]
    assert deck[0].provinces == (("58", "63"), ("14", "63"))
    at.button(key="down_0").click().run()
    assert [s.indicator for s in decks.decode(at.query_params["deck"])] == ["ocop_products", "tasks_managed"]
    at.button(key="edit_1").click().run()  # load slide 2 into the form, change it, update it
    at.get("button_group")[0].set_value("bar")
    at.button(key="ed_submit").click().run()
    assert [s.chart for s in decks.decode(at.query_params["deck"])] == ["bar", "bar"]
    at.button(key="remove_0").click().run()
    assert [s.indicator for s in decks.decode(at.query_params["deck"])] == ["tasks_managed"]
    assert "/trinh-chieu?deck=v1~" in " ".join(c.value for c in at.code)  # the shareable link
    at.button(key="start").click().run()
    assert at.title[0].value == "Nhiệm vụ KH&CN được quản lý" and at.get("plotly_chart")


def test_saving_and_opening_a_named_deck(fresh_warehouse, open_page):
    text = decks.encode([TASKS, OCOP])
    at = open_page("pages/present.py", db=fresh_warehouse, deck=text, edit="1")
    at.text_input(key="save_name").set_value("Hội nghị Tây Nguyên")
    at.button(key="save").click().run()
    assert any("Đã lưu" in s.value for s in at.success)
    at = open_page("pages/present.py", db=fresh_warehouse)
    assert at.selectbox(key="saved_pick").value == "hoi-nghi-tay-nguyen"
    at.button(key="load").click().run()
    assert at.query_params["deck"] == text


def test_timed_advance_moves_on_when_the_time_is_up(open_page):
    at = open_page("pages/present.py", deck=decks.encode([TASKS, OCOP]))
    at.toggle(key="present_autoplay").set_value(True).run()
    assert at.title[0].value == "Nhiệm vụ KH&CN được quản lý"  # just switched on: the slide stays
    at.session_state["present_shown_at"] -= 60  # a minute later
    at.run()
    assert at.title[0].value == "Sản phẩm OCOP được công nhận"
