"""Streamlit's config options of one section, found through an index instead of a scan of all of them.

NOTE: every script run's first message (new_session) carries the theme: Streamlit reads six theme
sections with `config.get_options_for_section`, and each call walks all ~370 config options and
reads every one's value to keep the few of that section — ~0.4 ms of the server's CPU per run, as
much as an empty page's whole script, paid by each visitor of a crowd before their page runs
(a 60-session burst on the overview: ~15 % of the server's CPU per session). Which options belong
to a section is fixed once the config is parsed; only their values may change. So the options of
each section are listed once per parsed config (the options dict Streamlit makes anew when it
parses again), and their values are read when asked, exactly as before: the same dict, in the
same order, never a stale value."""
from __future__ import annotations

import threading

from streamlit import config

_original = getattr(config, "get_options_for_section", None)
_lock = threading.Lock()
_index: tuple[object, int, dict[str, list]] | None = None  # (the options dict, its size, section → options)


def _sections(options: dict) -> dict[str, list]:
    global _index
    index = _index
    if index is not None and index[0] is options and index[1] == len(options):
        return index[2]
    with _lock:
        by_section: dict[str, list] = {}
        for option in options.values():
            by_section.setdefault(option.section, []).append(option)
        _index = (options, len(options), by_section)
    return by_section


def get_options_for_section(section: str) -> dict:
    """What `streamlit.config.get_options_for_section` returns (name → current value, in the
    options' order), through the index."""
    with config._config_lock:
        options = config.get_config_options()
        return {option.name: option.value for option in _sections(options).get(section, ())}


def install() -> None:
    """Serve Streamlit's section reads through the index (once per process; a no-op when this
    Streamlit has no such function or no config lock to share: then its own scan stays)."""
    if _original is None or not hasattr(config, "_config_lock") or not hasattr(config, "get_config_options"):
        return
    config.get_options_for_section = get_options_for_section
