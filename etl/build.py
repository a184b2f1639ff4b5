"""`python -m etl.build [--db PATH]`: build the warehouse from data/ plus the kept uploads.

Idempotent: the file is built whole under a temporary name and then moved into place, so a
reader never sees half a build and a failed build leaves the old file untouched. Uploads are
never lost: they live beside the warehouse (see etl/uploads.py) and are replayed in order.
The work is etl.pipeline's; this module is its command line."""
from __future__ import annotations

import argparse
import sys

from etl.pipeline import WriteFailed, build, ensure, ensure_snapshot, write_failed  # noqa: F401  (this module's public names since the start)
from metrics import store
from metrics.store import WarehouseBusy


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etl.build", description=__doc__.splitlines()[0])
    ap.add_argument("--db", help=f"warehouse file (default: ${store.DB_ENV} or {store.DEFAULT_DB})")
    args = ap.parse_args(argv)
    try:
        result = build(args.db)
    except WarehouseBusy as exc:
        print(exc, file=sys.stderr)
        return 3
    except WriteFailed as exc:
        print(f"Không dựng được kho dữ liệu: {exc.message_vi}", file=sys.stderr)
        return 1
    except OSError as exc:  # the place itself: a folder that cannot be made, a lock file refused
        print(f"Không dựng được kho dữ liệu: {write_failed(exc, str(args.db or store.db_path())).message_vi}",
              file=sys.stderr)
        return 1
    print(f"Đã xây dựng kho dữ liệu {result['path']}: {result['curated_facts']} số liệu từ data/, "
          f"{result['uploads']} tệp tải lên ({result['upload_facts']} số liệu), {result['undone']} đã hoàn tác.")
    for note in result.get("notes", []):
        print(f"  - {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
