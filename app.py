"""The dashboard's entry point: builds the warehouse if absent, then routes to the pages."""
import streamlit as st

from etl import build, warehouse
from metrics import ui
from metrics.i18n import t

st.set_page_config(page_title="Thống kê KH&CN các tỉnh", page_icon="📊", layout="wide")


@st.cache_resource(show_spinner=False)
def _warehouse_ready(path: str) -> bool:
    return build.ensure(path)


lang = ui.language_switch()
if not warehouse.db_path().exists():
    with st.spinner(t("building_db", lang)):
        _warehouse_ready(str(warehouse.db_path()))

pages = [
    st.Page("pages/compare.py", title=t("page_compare", lang), icon="📈", url_path="so-sanh", default=True),
]
st.navigation(pages, position="sidebar").run()
