"""Streamlit's config options of one section, found through an index instead of a scan of all of them.

NOTE: every script run's first message (new_session) carries the theme: Streamlit reads six theme
sections with `config.get_options_for_section`, and each call walks all ~370 config options and
reads every one's value to keep the few of that section — ~0.4 ms of the server's CPU per run, as
much as an empty page's whole script, paid by each visitor of a crowd before their page runs
(a 60-session burst on the overview: ~15 % of the server's CPU per session). Which options belong
to a section is fixed once the config is parsed; only their values may change, and Streamlit
changes a value only by giving its option a new value function (ConfigOption.set_value: a
closure over the value; the config files, the environment and the flags all go through it). So
the options of each section are listed once per parsed config (the options dict Streamlit makes
anew when it parses again), and a section's values are read again whenever any of its options'
value functions is not the one they were read through: the same dict, in the same order, never
a stale value. (The values are kept only where every function is such a closure; an option whose
default is computed is read at every call, as before.)"""
from __future__ import annotations

import threading

from streamlit import config

_original = getattr(config, "get_options_for_section", None)
_lock = threading.Lock()
_index: tuple[object, int, dict[str, list]] | None = None  # (the options dict, its size, section → options)
_values: dict[str, tuple[tuple, dict]] = {}  # section → (its options' value functions, their values)


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
        _values.clear()
    return by_section


def _constant(function) -> bool:
    """A value function of ConfigOption.set_value: a closure returning the value it was given."""
    code = getattr(function, "__code__", None)
    return (code is not None and code.co_name == "<lambda>" and code.co_filename.endswith("config_option.py")
            and not code.co_argcount and bool(function.__closure__))


def get_options_for_section(section: str) -> dict:
    """What `streamlit.config.get_options_for_section` returns (name → current value, in the
    options' order), through the index."""
    with config._config_lock:
        members = _sections(config.get_config_options()).get(section, ())
        functions = tuple(option._get_val_func for option in members)
        kept = _values.get(section)
        if kept is not None and kept[0] == functions:  # functions compare by identity
            return dict(kept[1])
        values = {option.name: option.value for option in members}
        if all(_constant(function) for function in functions):
            _values[section] = (functions, values)
        return dict(values)


def install() -> None:
    """Serve Streamlit's section reads through the index (once per process; a no-op when this
    Streamlit has no such function or no config lock to share: then its own scan stays)."""
    if _original is None or not hasattr(config, "_config_lock") or not hasattr(config, "get_config_options"):
        return
    config.get_options_for_section = get_options_for_section
