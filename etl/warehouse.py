"""The writer side of the warehouse: the exclusive writer lock and the schema (DDL).

Where the file is and how readers open it: `metrics.store`. Writers (build, ingest, undo) first
take an exclusive lock file, waiting briefly, then say "busy, try again" (WarehouseBusy) instead
of crashing; inside one process they share the readers' lock so threads never mix modes.
"""
from __future__ import annotations

import contextlib
import os
import fcntl
import signal
import time

from metrics.store import WAIT_SECONDS, WarehouseBusy, connection, db_path


def fault(point: str) -> None:
    """Fault-injection point for the crash tests (ST_DASHBOARD_FAULT=<point> kills the process
    here, as a power cut or the OOM killer would). Does nothing otherwise."""
    if os.environ.get("ST_DASHBOARD_FAULT") == point:
        os.kill(os.getpid(), signal.SIGKILL)


def _waiting_file(p) -> os.PathLike:
    return p.parent / f".{p.name}.waiting"


@contextlib.contextmanager
def writer_lock(path: str | os.PathLike | None = None, wait: float | None = None, announce: bool = True):
    """The exclusive right to write this warehouse (and its uploads folder), across processes.

    A writer that finds the lock taken says so while it waits (`announce`): it holds a shared lock
    on `.<name>.waiting` until it gets the writer lock, so that the compaction of the snapshot
    (etl.compact), which works only while nobody waits, stops after the province it is rewriting
    (writer_waiting). A shared flock goes with its process: a waiter that died announces nothing."""
    p = db_path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    lock_file = p.parent / f".{p.name}.lock"
    deadline = time.monotonic() + (WAIT_SECONDS if wait is None else wait)
    with open(lock_file, "a+") as fh, contextlib.ExitStack() as waiting:
        announced = False
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise WarehouseBusy(p) from None
                if announce and not announced:
                    sign = waiting.enter_context(open(_waiting_file(p), "a+"))
                    fcntl.flock(sign, fcntl.LOCK_SH)
                    announced = True
                time.sleep(0.05)
        waiting.close()  # (its file closed: the shared lock goes with it)
        try:
            yield p
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def writer_waiting(path: str | os.PathLike | None = None) -> bool:
    """Whether a writer is waiting for the writer lock of this warehouse now (writer_lock's
    announcement): the compaction asks between two provinces."""
    p = db_path(path)
    try:
        with open(_waiting_file(p), "a+") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            fcntl.flock(fh, fcntl.LOCK_UN)
            return False
    except OSError:
        return False


@contextlib.contextmanager
def writer(path: str | os.PathLike | None = None, wait: float | None = None):
    """A read-write connection under the writer lock; the caller manages its transaction."""
    with writer_lock(path, wait) as p:
        with connection(p, False, time.monotonic() + (WAIT_SECONDS if wait is None else wait)) as con:
            yield con


SCHEMA = """
CREATE TABLE provinces (
    code VARCHAR NOT NULL, frame VARCHAR NOT NULL, name_vi VARCHAR NOT NULL, name_ascii VARCHAR,
    name_en VARCHAR, kind VARCHAR, region VARCHAR, iso_3166_2 VARCHAR, valid_from DATE, valid_to DATE,
    successor_code VARCHAR, renamed_on DATE, renamed_vi VARCHAR, PRIMARY KEY (code, frame));

CREATE TABLE indicators (
    code VARCHAR PRIMARY KEY, name_vi VARCHAR, name_en VARCHAR, unit_vi VARCHAR, unit_en VARCHAR,
    kind VARCHAR, additive BOOLEAN, min DOUBLE, max DOUBLE, higher_is_better BOOLEAN,
    decimals INTEGER, temporal VARCHAR, parent VARCHAR, definition_vi VARCHAR, definition_en VARCHAR);

-- kind: report (a department's own uploaded report) > narrative (a department's or a provincial
-- office's narrative document) > press. rank orders them for the current-value rule.
CREATE TABLE sources (
    source_id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, rank INTEGER NOT NULL, title VARCHAR,
    publisher VARCHAR, url VARCHAR, published VARCHAR, published_on DATE, language VARCHAR,
    machine_translated BOOLEAN, document VARCHAR, note VARCHAR, upload_id VARCHAR);

-- state: draft -> submitted -> approved | returned (etl.workflow). Only approved uploads are
-- public; command-line loads without --as are approved when loaded. account: who uploaded (NULL
-- for the command line acting as administrator).
CREATE TABLE uploads (
    upload_id VARCHAR PRIMARY KEY, sha256 VARCHAR NOT NULL, file_name VARCHAR NOT NULL,
    uploaded_at TIMESTAMP NOT NULL, uploaded_by VARCHAR, province_hint VARCHAR, period_hint VARCHAR,
    facts INTEGER, undone_at TIMESTAMP, undone_by VARCHAR,
    state VARCHAR NOT NULL DEFAULT 'approved', account VARCHAR,
    submitted_at TIMESTAMP, submitted_by VARCHAR, reviewed_at TIMESTAMP, reviewed_by VARCHAR,
    review_comment VARCHAR,
    CHECK (state IN ('draft', 'submitted', 'approved', 'returned')));

-- Every workflow step: who, when, why.
CREATE TABLE transitions (
    upload_id VARCHAR NOT NULL, action VARCHAR NOT NULL, acted_at TIMESTAMP NOT NULL, acted_by VARCHAR NOT NULL,
    comment VARCHAR);

-- A reviewer's approval locks each province-period it covers until an administrator unlocks it.
CREATE TABLE locks (
    province_code VARCHAR NOT NULL, frame VARCHAR NOT NULL, period VARCHAR NOT NULL,
    locked_at TIMESTAMP NOT NULL, locked_by VARCHAR NOT NULL, upload_id VARCHAR NOT NULL,
    unlocked_at TIMESTAMP, unlocked_by VARCHAR, unlock_reason VARCHAR);

CREATE SEQUENCE observation_ids;

-- Every value any source gave, never deleted: undoing an upload only deactivates its rows.
CREATE TABLE observations (
    observation_id BIGINT PRIMARY KEY DEFAULT nextval('observation_ids'),
    province_code VARCHAR NOT NULL, frame VARCHAR NOT NULL, indicator VARCHAR NOT NULL,
    period VARCHAR NOT NULL, period_start DATE NOT NULL, period_end DATE NOT NULL,
    period_kind VARCHAR NOT NULL, measure VARCHAR NOT NULL, value DOUBLE NOT NULL,
    unit VARCHAR NOT NULL, qualifier VARCHAR NOT NULL DEFAULT '', status VARCHAR NOT NULL,
    source_id VARCHAR NOT NULL, sheet VARCHAR, cell VARCHAR, quote VARCHAR, note VARCHAR,
    published_on DATE, loaded_at TIMESTAMP NOT NULL, loaded_by VARCHAR, upload_id VARCHAR,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CHECK (measure IN ('actual', 'plan')),
    CHECK (status IN ('reported', 'estimated', 'uncertain')),
    CHECK (frame IN ('63', '34')));

-- How a value's source is cited on screen (the upload's file, sheet, cell and day for a report).
CREATE MACRO source_text(kind, file_name, sheet, cell, uploaded_at, publisher, title, url, document, published) AS
       CASE WHEN kind = 'report'
            THEN concat_ws(', ', 'Báo cáo của Sở tải lên: ' || file_name,
                           'trang tính ' || sheet, 'ô ' || cell,
                           'ngày ' || strftime(uploaded_at, '%d/%m/%Y'))
            ELSE concat_ws(', ', publisher, title, nullif(url, ''),
                           CASE WHEN document IS NOT NULL AND document <> '' THEN 'tài liệu ' || document END,
                           nullif(published, ''))
       END;

-- One row per public observation (curated, or from an approved upload), ranked within its fact:
-- current = 1. The rule (README): a department's report beats a narrative document, which beats
-- press; among equals a source in its original language beats a machine translation; then the
-- later publication or upload wins.
CREATE VIEW ranked_observations AS
SELECT o.*, s.kind AS source_kind, s.rank AS source_rank,
       source_text(s.kind, u.file_name, o.sheet, o.cell, u.uploaded_at, s.publisher, s.title, s.url, s.document,
                   s.published) AS source,
       row_number() OVER (
           PARTITION BY o.province_code, o.frame, o.indicator, o.period, o.measure
           ORDER BY s.rank DESC, coalesce(s.machine_translated, FALSE) ASC, o.published_on DESC NULLS LAST,
                    o.loaded_at DESC, o.observation_id DESC
       ) AS position
FROM observations o
JOIN sources s USING (source_id)
LEFT JOIN uploads u ON u.upload_id = o.upload_id
WHERE o.active AND coalesce(u.state, 'approved') = 'approved';

-- Values waiting for review (drafts, submissions, returned files): seen by their editors and the
-- reviewers only, never by the public views.
CREATE VIEW pending_observations AS
SELECT o.*, u.state, u.account, u.file_name, u.uploaded_at, u.submitted_at, u.review_comment
FROM observations o JOIN uploads u ON u.upload_id = o.upload_id
WHERE o.active AND u.undone_at IS NULL AND u.state <> 'approved';

-- A stock whose source gives no date ("to date" in an undated article) is stored with the span its
-- date lies in (always uncertain). It disagrees with a dated value of the same stock inside that
-- span when the two differ (Sơn La: 29 "to date" in 2025 against 31 at 2025-09-30): such pairs are
-- disagreements, shown beside each other, not two quiet points of one series.
CREATE VIEW stock_disagreements AS
SELECT a.province_code, a.frame, a.indicator, a.period, a.measure, b.period AS other_period,
       b.value, b.unit, b.qualifier, b.status, b.source, b.quote, b.note
FROM ranked_observations a
JOIN indicators i ON i.code = a.indicator AND i.temporal = 'stock'
JOIN ranked_observations b
  ON b.province_code = a.province_code AND b.frame = a.frame AND b.indicator = a.indicator
 AND b.measure = a.measure AND b.period <> a.period AND b.value <> a.value AND b.position = 1
 AND ((b.period_kind <> 'date' AND a.period_kind = 'date' AND a.period_end BETWEEN b.period_start AND b.period_end)
   OR (a.period_kind <> 'date' AND b.period_kind = 'date' AND b.period_end BETWEEN a.period_start AND a.period_end))
WHERE a.position = 1;

-- The rule, computed from every observation: etl.readmodel materializes it as `current_facts`
-- (and the `facts` view reads that table) when data changes.
CREATE VIEW computed_facts AS
WITH crossed AS (
    SELECT province_code, frame, indicator, period, measure, count(DISTINCT (other_period, value)) AS n_other
    FROM stock_disagreements GROUP BY ALL)
SELECT r.province_code, r.frame,
       -- the name on the period's first day (Thừa Thiên Huế is the city of Huế from 2025-01-01)
       CASE WHEN r.period_start >= p.renamed_on THEN p.renamed_vi ELSE p.name_vi END AS province_name,
       r.indicator, r.period,
       r.period_start, r.period_end, r.period_kind, r.measure, r.value, r.unit, r.qualifier,
       r.status, r.source, r.quote, CAST(r.n_values - 1 + coalesce(x.n_other, 0) AS INTEGER) AS alternatives,
       r.note, r.loaded_at, r.source_kind, r.source_id, r.sheet, r.cell, r.upload_id
-- a window, not a GROUP BY: a filter on the fact key reaches the observations below it
FROM (SELECT *, count(DISTINCT value) OVER (PARTITION BY province_code, frame, indicator, period, measure) AS n_values
      FROM ranked_observations) r
LEFT JOIN crossed x USING (province_code, frame, indicator, period, measure)
JOIN provinces p ON p.code = r.province_code AND p.frame = r.frame
WHERE r.position = 1;
"""
