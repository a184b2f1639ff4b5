"""CSV bytes -> a Workbook of one sheet (named after the file), for the same reading path as Excel.

A tidy CSV comes out of many programs: UTF-8 with or without a byte-order mark (Excel's "CSV
UTF-8", LibreOffice, web exports), UTF-16 (Excel's "Unicode text", tab-separated) and, from old
Vietnamese Windows, Windows-1258, which writes a tone mark as a separate combining character
("ệ" as "ê" + U+0323): the text is composed to NFC after decoding. The separator is a comma, a
semicolon (Excel in a locale whose decimal mark is a comma, as in Vietnam) or a tab; it is chosen
by which one splits the first lines into the same number of columns.

Cells stay text, except whole numbers written plainly ("2023", "36"): the layout reads text numbers
with the same Vietnamese rules as a text cell in a workbook ("1.250", "12,5", "87,5%")."""
from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections import Counter

from etl import limits
from etl.sheets import Sheet, Unreadable, Workbook
from metrics.names import nfc

SEPARATORS = (",", ";", "\t")
_WHOLE = re.compile(r"^-?(?:0|[1-9]\d{0,14})$")


def decode(data: bytes) -> str:
    """The text of a CSV file in any of the encodings above, NFC; Unreadable for anything else."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[3:], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16")
    # NOTE: UTF-16 without a byte-order mark: Vietnamese and ASCII text has a NUL in every
    # other byte (the high byte of "A" is 0); which half says the byte order.
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) >= len(sample) // 4:
        if sample[1::2].count(0) > sample[0::2].count(0):
            return _decode(data, "utf-16-le")
        return _decode(data, "utf-16-be")
    if b"\x00" in sample:
        raise Unreadable("Tệp không phải là tệp văn bản CSV (có ký tự nhị phân).")
    try:
        return unicodedata.normalize("NFC", data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    # NOTE: not UTF-8: old Vietnamese Windows saves "Windows-1258" (Python's cp1258). Its bytes
    # 0x80-0xFF are letters (and five tone marks, combining), so a file in another 8-bit encoding
    # also decodes; undefined bytes (0x81, 0x8A…) do not, and such a file is refused.
    return _decode(data, "cp1258")


def _decode(data: bytes, encoding: str) -> str:
    try:
        return unicodedata.normalize("NFC", data.decode(encoding))
    except UnicodeDecodeError as exc:
        raise Unreadable(f"Không đọc được bảng mã của tệp CSV (thử {encoding}: byte lỗi ở vị trí {exc.start}); "
                         "hãy lưu lại dưới dạng “CSV UTF-8”.") from exc


def separator(text: str) -> str:
    """The separator that splits the first non-empty lines into one consistent number of columns."""
    lines = [line for line in text.splitlines()[:60] if line.strip()][:30]
    best, best_score = ",", (0, 0.0)
    for sep in SEPARATORS:
        try:
            widths = [len(r) for r in csv.reader(lines, delimiter=sep)]
        except csv.Error:
            continue
        if not widths:
            continue
        width, n = Counter(widths).most_common(1)[0]
        score = (1 if width > 1 else 0, n / len(widths) * width)
        if score > best_score:
            best, best_score = sep, score
    return best


def read(data: bytes, file_name: str) -> Workbook:
    limits.check_file_size(len(data))
    text = decode(data)
    sep = separator(text)
    sheet_name = nfc(file_name.rsplit("/", 1)[-1]) or "CSV"
    rows: list[list] = []
    width = 0
    try:
        for r, fields in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=sep)):
            if len(fields) > width:
                width = len(fields)
            if r + 1 > limits.MAX_ROWS or width > limits.MAX_COLUMNS or (r + 1) * width > limits.MAX_CELLS:
                limits.check_extent(sheet_name, r, width - 1)   # raises, naming the far cell
            rows.append([_value(v) for v in fields])
    except csv.Error as exc:
        raise Unreadable(f"Tệp CSV bị hỏng ở dòng {len(rows) + 1}: {exc}.") from exc
    return Workbook(file_name, [Sheet(sheet_name, False, rows)])


def _value(v: str):
    v = v.strip()
    if not v:
        return None
    if _WHOLE.match(v):
        return int(v)
    return nfc(v)
