"""The ingest scored on the workbook corpus (tests/fixtures/corpus) the way the held-out reports
are scored: a fresh warehouse per file, `python -m etl.ingest FILE --db DB --json`, the `facts`
view before and after. See tests/fixtures/corpus/score.py and README "Labels matched by meaning".

    python bench/workbook_corpus.py [--corpus DIR] [--jobs N] [--in-process] [--batch N] [--write-every N] [-v]"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fixtures.corpus.score import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
