"""What examine() reads from every fixture workbook, as one digest per file, to compare two codes.

    python3 tools/examine_digest.py OUT.json [--worker]

Written for ingest33 (speed work that must change no reading): run it on main's code and on the
changed code, then `diff` the two files — status, facts (values, dtypes and value types), set-aside
cells, problems, suggestions, questions and the answers applied, per fixture file (the corpus, the
layouts, the Excel fixtures, and the 100,000-row tidy workbook of bench/ingest_bench.py).
`--worker` reads each file through the upload worker (etl.sandbox) instead of in process."""
from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".docx", ".pdf", ".txt"}


def _files() -> list[Path]:
    base = ROOT / "tests" / "fixtures"
    return sorted(p for p in base.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


def digest(result) -> dict:
    facts = result.facts
    rows = facts.astype(object).where(facts.notna(), None).to_dict("records")
    return {
        "status": result.status,
        "dtypes": {c: str(t) for c, t in facts.dtypes.items()},
        "facts": [[repr(v) + ":" + type(v).__name__ for v in r.values()] for r in rows],
        "ignored": [repr(x) for x in result.ignored],
        "problems": [repr(x) for x in result.problems],
        "suggestions": [repr(x) for x in result.suggestions],
        "questions": [repr(x) for x in result.questions],
        "labels_applied": repr(result.labels_applied),
        "answers_applied": repr(result.answers_applied),
    }


def main() -> None:
    out, worker = Path(sys.argv[1]), "--worker" in sys.argv
    from etl import ingest, sandbox
    from tests.fixtures.excel.make_tidy_large import make_tidy_workbook

    examine = sandbox.examine if worker else ingest.examine
    if worker:
        sandbox.start()
    files = [(str(p.relative_to(ROOT)), p.read_bytes()) for p in _files()]
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "tidy_synthetic.xlsx"
        make_tidy_workbook(big, 100_000)
        files.append(("(tidy 100,000 rows)", big.read_bytes()))
    digests = {}
    for name, data in files:
        try:
            d = digest(examine(data, Path(name).name))
        except Exception as exc:  # a file examine() cannot read is part of what it does
            d = {"error": f"{type(exc).__name__}: {exc}"}
        digests[name] = hashlib.sha256(json.dumps(d, ensure_ascii=False).encode()).hexdigest()[:16]
        if "--full" in sys.argv:
            digests[name] = d
    out.write_text(json.dumps(digests, ensure_ascii=False, indent=0, sort_keys=True))
    print(f"{len(digests)} files -> {out}")


if __name__ == "__main__":
    main()
