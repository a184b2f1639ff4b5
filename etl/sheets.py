"""What every reader gives (.xlsx, .xls, .ods, .csv): a plain Workbook of sheets, cell values as
they were saved, with merges, %-formats, error values and formulas saved without a value.
Nothing here reads or interprets; etl.workbook dispatches to the readers, etl.walk interprets."""
from __future__ import annotations

from dataclasses import dataclass, field


class Unreadable(ValueError):
    """Not a workbook we can read; the message says why (Vietnamese)."""


@dataclass
class Sheet:
    name: str
    hidden: bool
    rows: list[list]                       # cached values, 0-based rows and columns
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1 inclusive
    formats: dict[tuple[int, int], str] = field(default_factory=dict)     # only non-General formats we need
    errors: dict[tuple[int, int], str] = field(default_factory=dict)      # cells whose value is an error (#DIV/0!)
    # errors of formulas over blank cells only ("=M11/M10" in a month not yet reported): see etl.walk
    blank_errors: set[tuple[int, int]] = field(default_factory=set)
    # formulas saved without a value: the formula text until etl.recalc computes it, then either
    # `computed` (the value is in `rows`) or `no_cache` (why it could not be computed: vi, en)
    pending: dict[tuple[int, int], object] = field(default_factory=dict)
    computed: dict[tuple[int, int], str] = field(default_factory=dict)
    no_cache: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)
    # rows and columns the workbook hides (0-based): a person reading the report does not see them
    # (drafts, working figures); formulas may still refer to them
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    # text cells indented by their alignment (Increase Indent) -> the indent: a part of the row above
    # shown by indentation alone, where another report writes "- " (.xlsx, .xls, .ods)
    indents: dict[tuple[int, int], int] = field(default_factory=dict)
    # a second or later table of the sheet (etl.walk._tables): only its caption may be another
    # period's; the lines above a sheet's first table are its title's and subtitles
    later_table: bool = False
    # the workbook counts its date serials from 1 January 1904 (Mac Excel's "1904 date system",
    # workbookPr date1904, an .xls's datemode 1): a whole number standing for a date is 1,462 days
    # later than the same number in the 1900 system (etl.walk reads serials by it, mend27a)
    date1904: bool = False

    def value(self, r: int, c: int):
        if r < len(self.rows) and c < len(self.rows[r]):
            return self.rows[r][c]
        return None

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


@dataclass
class Workbook:
    file_name: str
    sheets: list[Sheet]


def excel_epoch(sheet: Sheet):
    """The day an Excel serial of this sheet's workbook counts from (serial 0): 1/1/1904 in the 1904
    date system (serial 0 is 1 January 1904), 30/12/1899 in the 1900 one (with its phantom 29/02/1900)."""
    from datetime import date

    return date(1904, 1, 1) if sheet.date1904 else date(1899, 12, 30)
