"""The server process settles its heap once per page (views.cache.settle_heap): what serving a
page loaded is collected and frozen out of later garbage collections, once, never in a test
process (AppTest) or twice for the same page."""
import gc
import threading

from views import cache


def test_a_page_settles_the_heap_once_and_only_in_a_server(monkeypatch):
    timers = []

    class Timer:  # records what would run, runs it at once
        def __init__(self, delay, fn):
            timers.append(delay)
            self.fn, self.daemon = fn, False

        def start(self):
            assert self.daemon, "a settling timer must not keep the server from exiting"
            self.fn()

    monkeypatch.setattr(threading, "Timer", Timer)
    monkeypatch.setattr(cache, "_settled", set())
    monkeypatch.setattr(cache, "_serving", lambda: True)
    frozen = gc.get_freeze_count()
    thresholds = gc.get_threshold()
    try:
        cache.settle_heap("")
        assert len(timers) == 1 and timers[0] == cache.SETTLE_AFTER
        assert gc.get_freeze_count() > frozen  # what was alive is out of the collector's walks
        # and the young generation is collected every YOUNG_GC objects, not every 700
        assert gc.get_threshold() == (cache.YOUNG_GC, *thresholds[1:]) and cache.YOUNG_GC > thresholds[0]
        cache.settle_heap("")  # the same page again: nothing more
        assert len(timers) == 1
        cache.settle_heap("so-sanh")  # another page's first run: once more
        assert len(timers) == 2
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
    monkeypatch.setattr(cache, "_serving", lambda: False)  # AppTest, bare mode: never
    cache.settle_heap("ban-do")
    assert len(timers) == 2


def test_a_script_run_by_apptest_is_not_a_server():
    from streamlit.testing.v1 import AppTest

    def script():
        import streamlit as st

        from views import cache

        st.write(f"serving={cache._serving()}")

    at = AppTest.from_function(script).run()
    assert [m.value for m in at.markdown] == ["serving=False"]
