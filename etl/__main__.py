"""`python -m etl COMMAND ...`: one entry point to the writer's command lines.

Each command is the module of the same name, run with the rest of the arguments: its flags,
`--json` output and exit codes are exactly those of `python -m etl.<module>`, which stay as they
are (scripts rely on them). `python -m etl` alone lists the commands."""
from __future__ import annotations

import importlib
import sys

# command -> (module, what it does); the one list of the writer's command lines
COMMANDS = {
    "build": ("etl.build", "build the warehouse from data/ and replay the kept uploads"),
    "ingest": ("etl.ingest", "examine and load Excel reports"),
    "undo": ("etl.undo", "take back whole uploads"),
    "check": ("etl.check", "do the upload log, the kept files and the warehouse agree? (--repair)"),
    "accounts": ("etl.accounts", "accounts and roles: add, list, set-role, disable, enable, reset-password"),
    "extract-text": ("etl.extract_text", "propose facts from narrative documents, with their quotes"),
    "ingest-text": ("etl.ingest_text", "load the confirmed facts of a narrative document"),
    "backup": ("etl.backup", "copy warehouse, kept uploads and accounts with a checksum manifest"),
    "restore": ("etl.restore", "restore a backup after verifying it"),
    "compact": ("etl.compact", "fold the readers' snapshot's overlays into whole province files (cron)"),
}


def usage() -> str:
    width = max(map(len, COMMANDS))
    lines = ["usage: python -m etl COMMAND [ARGS...]   (python -m etl COMMAND --help: its options)", "",
             "commands:"]
    lines += [f"  {name.ljust(width)}  {about}  [python -m {module}]" for name, (module, about) in COMMANDS.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] in ("-h", "--help"):
        print(usage())
        return 0
    if not argv or argv[0] not in COMMANDS:
        if argv:
            print(f"python -m etl: lệnh không có: {argv[0]} (unknown command)", file=sys.stderr)
        print(usage(), file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[argv[0]][0])  # imported on demand: a command loads only its own code
    return module.main(argv[1:])


if __name__ == "__main__":
    sys.exit(main())
