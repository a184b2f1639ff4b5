"""Serve the dashboard: `python3 -m tools.serve [Streamlit's options]` runs `streamlit run app.py`
with those options, and one difference.

NOTE: Streamlit decides once per process, at its first session, whether the app uses the old
`pages/` folder discovery (the folder exists: ours holds the page files that app.py lists in
st.navigation). That first session is then routed by the folder, where "/ban-do" names no page:
a person opening a shared link or a QR code's page as the first visitor of a fresh server saw an
English "Page not found" box over the right page (streamlit/streamlit#9992; every later session is
routed by st.navigation, which clears the flag). Clearing it before the first session routes that
one by st.navigation too. Should a later Streamlit drop the flag, this changes nothing, and
tests/test_browser_pages.py says so."""
from __future__ import annotations

import sys
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

APP = Path(__file__).resolve().parent.parent / "app.py"


def main(argv: list[str] | None = None) -> None:
    PagesManager.uses_pages_directory = False
    sys.argv = ["streamlit", "run", str(APP), *(sys.argv[1:] if argv is None else argv)]
    cli.main()


if __name__ == "__main__":
    main()
