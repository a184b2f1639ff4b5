"""Write the counts of curated facts (per province and per indicator) into data/CURATION.md.

`python tools/curation_counts.py` builds a scratch warehouse from data/ and replaces the text
between the COUNTS markers of data/CURATION.md, so the counts there are always the true ones."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from etl import build  # noqa: E402

CURATION = ROOT / "data" / "CURATION.md"
BEGIN, END = "<!-- COUNTS:BEGIN (tools/curation_counts.py) -->", "<!-- COUNTS:END -->"


def counts_markdown(db: Path) -> str:
    con = duckdb.connect(str(db), read_only=True)
    try:
        total, observations = con.execute(
            "SELECT (SELECT count(*) FROM facts), (SELECT count(*) FROM observations)").fetchone()
        pii = con.execute("SELECT count(DISTINCT (province_code, frame)) FROM facts WHERE indicator LIKE 'pii_%'").fetchone()[0]
        by_prov = con.execute(
            "SELECT province_code, frame, province_name, count(*) AS n, "
            "count(*) FILTER (WHERE status = 'uncertain') AS u, count(*) FILTER (WHERE measure = 'plan') AS p "
            "FROM facts GROUP BY ALL ORDER BY frame DESC, province_code").fetchall()
        by_ind = con.execute(
            "SELECT indicator, count(*) AS n, count(DISTINCT (province_code, frame)) AS provinces "
            "FROM facts GROUP BY ALL ORDER BY indicator").fetchall()
    finally:
        con.close()
    lines = [BEGIN, "",
             f"The built `facts` view: **{total} facts** (current values) from {observations} observations; "
             f"PII values for **{pii} provinces** (code and frame).", "",
             "| province | frame | facts | uncertain | plans |", "|---|---|---|---|---|"]
    lines += [f"| {name} ({code}) | {frame} | {n} | {u} | {p} |" for code, frame, name, n, u, p in by_prov]
    lines += ["", "| indicator | facts | provinces |", "|---|---|---|"]
    lines += [f"| `{ind}` | {n} | {k} |" for ind, n, k in by_ind]
    return "\n".join(lines + ["", END])


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "counts.duckdb"
        build.build(db)
        block = counts_markdown(db)
    text = CURATION.read_text(encoding="utf-8")
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n## Counts\n\n" + block + "\n"
    CURATION.write_text(text, encoding="utf-8")
    print(block.splitlines()[2])
    return 0


if __name__ == "__main__":
    sys.exit(main())
