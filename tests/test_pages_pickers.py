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
