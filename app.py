"""The dashboard's entry point: builds the warehouse if absent, then routes to the pages."""
import os

import streamlit as st

from etl import build
from metrics import queries, snapshot, store
from views import auth, cache, config_sections, ui
from views.i18n import t


def main() -> None:
    config_sections.install()  # the theme every run's first message carries, without a scan of all options
    cache.install_html_check()  # st.html's style-only check told once per shared block, not in every run
    # NOTE: an emoji favicon is drawn locally; a ":material/…:" one is fetched from a font CDN.
    st.set_page_config(page_title="Thống kê KH&CN các tỉnh", page_icon="📊", layout="wide")

    # the language's radio is drawn below, on every page but the overview (a link there: a widget
    # is paid in every visitor's run, and a conference hall opens the overview all at once)
    lang = ui.language_switch(draw=False)
    # a reader replica (deploy/compose.yaml): serves the published snapshot, never writes, no uploads
    read_only = os.environ.get("ST_DASHBOARD_READ_ONLY") == "1"
    # the published snapshot's version, read once for the whole run (a stat of its manifest; ""
    # when nothing is published): the page's cache.version() returns it (views.cache.run_slot)
    version = queries.version()
    if not version:
        if read_only:
            st.error(t("no_snapshot_yet", lang))
            st.stop()
        if not store.db_path().exists():  # first start: build it from data/ (and any kept uploads)
            with st.spinner(t("building_db", lang)):
                build.ensure()
        if not snapshot.exists(store.db_path()):  # a warehouse from before snapshots: publish one
            with st.spinner(t("building_db", lang)):
                build.ensure_snapshot()
        version = queries.version()
    if cache.synthetic(version):  # bench.synth's warehouse: say so on every page
        st.warning(t("synthetic_banner", lang))

    user = auth.current_user()
    with st.sidebar:  # a local login's cookie, so a reload of the page keeps it (views/auth.py)
        auth.keep_session_cookie()
    admin = user is not None and user.is_admin
    # the page objects depend only on the language, the kind of process and the role: built once
    # (st.Page resolves and stats its file, ~5 % of a burst's server CPU) and shared; the run calls
    # its own copy of the page st.navigation chose (views.ui.own_page)
    page = ui.own_page(st.navigation(ui.shared_pages((lang, read_only, admin), lambda: _pages(lang, read_only, admin)),
                                     position="sidebar"))
    # the overview offers the switch as a link (views.cards), the analysis pages in their title block
    # (ui.page_header); the writers' and editors' pages keep the radio in the sidebar
    if page.url_path not in _LINKED_SWITCHES:
        ui.language_switch()
    try:
        with cache.run_slot(version):  # at most a few page runs at once per process: early arrivals finish early
            page.run()
    finally:
        ui.finish_header()  # the page's title block, with the links of the address the run leaves
    cache.settle_heap(page.url_path)  # once per page and process: what serving it loaded, out of the collector's walks


# the pages whose language switch is a link: the overview's block, the others' title blocks (ui.page_header)
_LINKED_SWITCHES = {"", "so-sanh", "ho-so-tinh", "ban-do", "do-phu", "du-lieu"}


def _pages(lang: str, read_only: bool, admin: bool) -> list:
    pages = [
        # served at the root; its url_path only names it inside Streamlit (NOTE: not "overview", the
        # file's own name: AppTest then dropped the URL's query from the second run on)
        st.Page("pages/overview.py", title=t("page_overview", lang), icon=":material/home:", url_path="trang-chu", default=True),
        # the overview's own name in a link, a slide or a QR code: Streamlit serves the default page
        # at the root only and showed its English "Page not found" box for "/tong-quan"
        st.Page(_to_overview, title=t("page_overview", lang), url_path="tong-quan", visibility="hidden"),
        st.Page("pages/compare.py", title=t("page_compare", lang), icon=":material/show_chart:", url_path="so-sanh"),
        st.Page("pages/profile.py", title=t("page_profile", lang), icon=":material/badge:", url_path="ho-so-tinh"),
        st.Page("pages/map.py", title=t("page_map", lang), icon=":material/map:", url_path="ban-do"),
        st.Page("pages/coverage.py", title=t("page_coverage", lang), icon=":material/grid_on:", url_path="do-phu"),
        st.Page("pages/data.py", title=t("page_data", lang), icon=":material/table_view:", url_path="du-lieu"),
        st.Page("pages/present.py", title=t("page_present", lang), icon=":material/slideshow:", url_path="trinh-chieu"),
        st.Page("pages/review.py", title=t("page_review", lang), icon=":material/fact_check:", url_path="duyet"),
    ]
    if not read_only:  # uploads, documents and reviews go to the writer only
        pages[-1:-1] = [
            st.Page("pages/upload.py", title=t("page_upload", lang), icon=":material/upload_file:", url_path="tai-len"),
            st.Page("pages/text_upload.py", title=t("page_text", lang), icon=":material/article:", url_path="van-ban")]
    else:
        pages.pop()
    if admin:  # the audit log is for administrators; nobody else is shown it
        pages.append(st.Page("pages/audit.py", title=t("page_audit", lang), icon=":material/history:", url_path="nhat-ky"))
    return pages


def _to_overview() -> None:
    """Open the overview at the app's root, keeping the link's provinces, view and language."""
    st.switch_page("pages/overview.py",
                   query_params=[(key, value) for key in st.query_params for value in st.query_params.get_all(key)])


# Streamlit runs this script as the module "__main__". multiprocessing re-runs the main module in
# every process it starts (the upload workers of etl.sandbox and their forkserver import it as
# "__mp_main__"): without this guard each worker would run the app — build the warehouse with the
# environment it inherited, draw pages in bare mode — before reading its file.
if __name__ == "__main__":
    main()
