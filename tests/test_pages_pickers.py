"""The pickers' search box (views/ui.py search_box) in AppTest: what a person typing a name sees — the
picker's options narrowed to the names holding it however it is typed, a name found alone chosen,
the chips as written, the choice in the URL by code. The browser's side: tests/test_browser_pickers.py."""
from views import ui


def _names(picker) -> list[str]:
    return list(picker.options)  # as the picker shows them


def test_typed_without_accents_a_province_found_alone_is_chosen_and_kept_by_code(open_page):
    at = open_page("pages/compare.py", prov="14-63")
    at.text_input(key="_find_prov").input("ninh thuan").run()
    picker = at.multiselect(key="_url_widget_prov")
    assert [ui.province_label(o, "vi") for o in picker.value] == ["Sơn La", "Ninh Thuận"]
    assert at.query_params["prov"] == ["14-63", "58-63"]
    assert at.text_input(key="_find_prov").value == "", "the box emptied for the next name"
    assert len(picker.options) > 60, "every province offered again"


def test_a_text_several_names_hold_narrows_the_picker_to_them(open_page):
    at = open_page("pages/compare.py", prov="14-63")
    for typed, names in [("dak lak", ["Sơn La", "Đắk Lắk", "Đắk Lắk (từ 1/7/2025)"]),
                         ("KHÁNH", ["Sơn La", "Khánh Hòa", "Khánh Hòa (từ 1/7/2025)"]),
                         ("thuan", ["Sơn La", "Ninh Thuận", "Bình Thuận"])]:
        at.text_input(key="_find_prov").input(typed).run()
        picker = at.multiselect(key="_url_widget_prov")
        assert _names(picker) == names, typed
        assert [ui.province_label(o, "vi") for o in picker.value] == ["Sơn La"], "nothing chosen for the person"


def test_a_text_no_name_holds_says_so_and_offers_every_name(open_page):
    at = open_page("pages/compare.py", prov="14-63")
    at.text_input(key="_find_prov").input("xyz").run()
    assert "Không tên nào khớp." in [c.value for c in at.caption]
    assert len(at.multiselect(key="_url_widget_prov").options) > 60


def test_an_indicator_in_english_and_the_map_s_single_picker(open_page):
    at = open_page("pages/compare.py", lang="en")
    at.text_input(key="_find_ind").input("completed and acc").run()
    assert at.multiselect(key="_url_widget_ind").value == ["tasks_managed", "tasks_accepted"]
    assert at.query_params["ind"] == ["tasks_managed", "tasks_accepted"]
    at = open_page("pages/map.py")
    at.text_input(key="_find_ind").input("nghiem thu").run()
    box = at.selectbox(key="_url_widget_ind")
    assert box.value == "tasks_managed" and box.options[0] == "Nhiệm vụ KH&CN được quản lý"
    assert all("nghiệm thu" in o for o in box.options[1:]) and len(box.options) == 4


# --- the editors' pickers (ui.find_select): the same names as written, the same search box -------

import pytest  # noqa: E402

from tests.fixtures.accounts import add_account, log_in, no_login_delay  # noqa: E402


@pytest.fixture()
def editors(fresh_warehouse, monkeypatch):
    """A warehouse with an administrator and a Khánh Hòa editor (test accounts)."""
    no_login_delay(monkeypatch)
    add_account(fresh_warehouse, "admin", "admin")
    add_account(fresh_warehouse, "kh-editor", "editor", ("56",))
    return fresh_warehouse


def _no_search_key(names):
    # the search key ui31 took out of the public pickers: "Khánh Hòa · khanh hoa" looked like a bug
    assert not [n for n in names if n.endswith(("khanh hoa", "ninh thuan", "son la"))], names


def test_the_upload_hint_shows_names_as_written_and_finds_one_typed_without_accents(editors, open_page):
    at = log_in(open_page("pages/upload.py", db=editors), "admin")
    hint = at.selectbox(key="hint_province")
    assert hint.value is None and hint.options[0] == "— theo tệp —"
    assert "56 · Khánh Hòa" in hint.options and "58 · Ninh Thuận" in hint.options
    _no_search_key(hint.options)
    at.text_input(key="_find_hint_province").input("ninh thuan").run()
    assert at.selectbox(key="hint_province").value == "58", "found alone: chosen, kept by code"
    assert at.text_input(key="_find_hint_province").value == ""
    at.text_input(key="_find_hint_province").input("dak").run()
    names = at.selectbox(key="hint_province").options
    assert names[0] == "58 · Ninh Thuận" and all("Đắk" in n for n in names[1:]) and len(names) == 3, names


def test_the_text_page_s_provinces_show_names_as_written_and_are_found_however_typed(editors, open_page):
    from tests.test_pages_text import PARAGRAPH, paste
    at = log_in(open_page("pages/text_upload.py", db=editors), "kh-editor")
    hint = at.selectbox(key="text_province")
    assert hint.value == "56" and hint.options == ["không rõ", "56 · Khánh Hòa", "58 · Ninh Thuận"]
    paste(at, PARAGRAPH)
    at.checkbox[0].check().run()
    fact = [s for s in at.selectbox if s.key.startswith("prov-")]
    assert len(fact) == 1 and fact[0].value == "56" and "58 · Ninh Thuận" in fact[0].options
    _no_search_key(fact[0].options)
    at.text_input(key="_find_" + fact[0].key).input("NINH THUAN").run()
    assert at.selectbox(key=fact[0].key).value == "58", "a fact's province found typed without accents"
    at.text_input(key="_find_" + fact[0].key).input("thuan").run()
    assert at.selectbox(key=fact[0].key).options == ["58 · Ninh Thuận", "60 · Bình Thuận"]
    at.text_input(key="_find_" + fact[0].key).input("khánh").run()
    assert at.selectbox(key=fact[0].key).value == "56", "Khánh Hòa again, typed with its accents, in part"


def test_the_presentation_editor_finds_a_province_and_an_indicator_typed_without_accents(open_page):
    at = open_page("pages/present.py")
    picker = at.multiselect(key="ed_prov_reported")
    before = list(picker.value)
    _no_search_key(picker.options)
    at.text_input(key="_find_ed_prov").input("binh dinh").run()
    picker = at.multiselect(key="ed_prov_reported")
    assert picker.value == [*before, "52-63"] and "52-63" not in before
    assert [ui.province_label(o, "vi") for o in picker.value][-1] == "Bình Định"
    at.text_input(key="_find_ed_prov").input("dak lak").run()
    assert at.multiselect(key="ed_prov_reported").options[-2:] == ["Đắk Lắk", "Đắk Lắk (từ 1/7/2025)"]
    box = at.selectbox(key="ed_ind")
    assert box.value == "tasks_managed" and box.options[0] == "Nhiệm vụ KH&CN được quản lý"
    at.text_input(key="_find_ed_ind").input("nghiem thu").run()
    box = at.selectbox(key="ed_ind")
    assert len(box.options) == 4 and all("nghiệm thu" in o for o in box.options[1:]), box.options
    at.text_input(key="_find_ed_ind").input("khcn duoc nghiem").run()
    assert at.selectbox(key="ed_ind").value == "tasks_accepted"
    at.button(key="ed_submit").click().run()
    assert not at.exception, [e.message for e in at.exception]
    from views import decks
    slide = decks.decode(at.query_params["deck"])[0]
    assert slide.indicator == "tasks_accepted" and ("52", "63") in slide.provinces


def test_the_presentation_editor_at_its_most_provinces_adds_none_found(open_page):
    from views import decks
    at = open_page("pages/present.py")
    options = at.multiselect(key="ed_prov_reported").options
    full = [o for o in ui.province_options("reported") if ui.province_label(o, "vi") != "Ninh Thuận"][:decks.MAX_PROVINCES]
    at.multiselect(key="ed_prov_reported").set_value(full).run()
    at.text_input(key="_find_ed_prov").input("ninh thuan").run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.multiselect(key="ed_prov_reported").value == full, "twelve at most: nothing added"
    assert len(options) > 60


def test_the_audit_page_finds_a_province_typed_without_accents(editors, open_page):
    at = log_in(open_page("pages/review.py", db=editors), "admin")
    at.switch_page("pages/audit.py")
    at.run()
    at.text_input(key="_find_audit_province").input("dak lak").run()
    assert at.selectbox(key="audit_province").options == ["Tất cả", "Đắk Lắk", "Đắk Lắk (từ 1/7/2025)"]
    at.text_input(key="_find_audit_province").input("ninh thuan").run()
    assert at.selectbox(key="audit_province").value == "58-63"
    assert not at.exception, [e.message for e in at.exception]
