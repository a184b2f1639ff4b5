"""A page run reads the data version once (views.cache.run_slot): the app reads it at the run's
start and every cache.version() of that run returns it; metrics.queries.version() looks at the
published snapshot's manifest once per call. In a crowd each look (a stat) lets go of the GIL and
hands it to another thread and back, so they are counted here, not timed."""
import pytest

from metrics import queries, snapshot
from views import cache


def test_a_run_returns_the_version_read_at_its_start(monkeypatch):
    calls = []
    monkeypatch.setattr(queries, "version", lambda db=None: calls.append(db) or "now")
    assert cache.version() == "now" and len(calls) == 1  # outside a page run: read when asked
    with cache.run_slot("at-start"):
        assert cache.version() == "at-start"
        assert cache.version() == "at-start"
    assert len(calls) == 1  # the run's callers did not read it again
    assert cache.version() == "now"  # the run is over: read again
    with pytest.raises(RuntimeError):  # a run that ends in an exception (st.stop, st.rerun …)
        with cache.run_slot("stopped"):
            raise RuntimeError
    assert cache.version() == "now"  # does not leave its version to the thread's next run


def test_version_looks_at_the_manifest_once(warehouse_path, monkeypatch):
    queries.version(warehouse_path)  # the snapshot installed in this process
    stamps = []
    real = snapshot.Snapshot._stamp

    def counted(self):
        stamps.append(self.folder)
        return real(self)

    monkeypatch.setattr(snapshot.Snapshot, "_stamp", counted)
    v = queries.version(warehouse_path)
    assert v and v == snapshot.key(warehouse_path)
    assert len(stamps) == 2  # the call above: one; snapshot.key: one


def test_no_snapshot_no_version(tmp_path):
    assert queries.version(tmp_path / "none.duckdb") == ""
