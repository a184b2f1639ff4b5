"""The downloadable Excel template: the classic report form ("Biểu"), in Vietnamese, with every
indicator of the registry and its unit. The ingest reads it back exactly (tested)."""
from __future__ import annotations

import io

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from metrics import registry

HEADER_ROW = 8
FIRST_DATA_ROW = 10


def layout_rows() -> list[tuple[str, str, registry.Indicator | None]]:
    """(STT, label, indicator or None for a section heading), as they appear in the form."""
    rows, used = [], set()
    # the sections and their order: metrics/display.toml
    for section in registry.display().report_sections:
        roman, title = section.roman, section.title
        members = [i for i in registry.indicators().values() if i.code not in used and section.takes(i)]
        if not members:
            continue
        rows.append((roman, title, None))
        for n, ind in enumerate(members, 1):
            used.add(ind.code)
            rows.append((str(n), ind.name_vi, ind))
    return rows


def build(province_name: str = "", year: int | str = "") -> bytes:
    """The template as .xlsx bytes; province and year filled when given (else dotted blanks)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Biểu 01"
    wb.properties.title = "Mẫu báo cáo chỉ tiêu KH&CN"
    bold = Font(bold=True)
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = f"UBND TỈNH {province_name.upper()}" if province_name else "UBND TỈNH ……………"
    ws["A2"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A3"] = "Số: …/BC-SKHCN"
    ws["A5"] = "BÁO CÁO"
    ws["A6"] = f"Kết quả thực hiện các chỉ tiêu khoa học và công nghệ năm {year}" if year else \
        "Kết quả thực hiện các chỉ tiêu khoa học và công nghệ năm …… (ghi năm, hoặc “6 tháng đầu năm 2025”)"
    for cell in ("A1", "A2", "D1", "D2", "A5"):
        ws[cell].font = bold
    ws.merge_cells("A5:F5")
    ws.merge_cells("A6:F6")
    for cell in ("A5", "A6"):
        ws[cell].alignment = Alignment(horizontal="center")
    headers = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Ghi chú"]
    for c, text in enumerate(headers, 1):
        ws.cell(HEADER_ROW, c, text).font = bold
        ws.cell(HEADER_ROW, c).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.cell(HEADER_ROW, c).border = box
        ws.cell(HEADER_ROW, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.cell(HEADER_ROW + 1, c, f"({c})").alignment = Alignment(horizontal="center")
    r = FIRST_DATA_ROW
    for stt, label, ind in layout_rows():
        ws.cell(r, 1, stt)
        ws.cell(r, 2, label)
        if ind is None:
            ws.cell(r, 1).font = bold
            ws.cell(r, 2).font = bold
        else:
            ws.cell(r, 3, ind.unit_vi)
            for c in (4, 5):
                ws.cell(r, c).number_format = "#,##0.0" if ind.decimals else "#,##0"
        for c in range(1, 7):
            ws.cell(r, c).border = box
        r += 1
    r += 1
    ws.cell(r, 1, "Ghi chú: để trống hoặc ghi “-” nếu chưa có số liệu (không ghi 0). Tỷ lệ ghi theo %, ví dụ 87,5.")
    ws.cell(r + 2, 2, "NGƯỜI LẬP BIỂU").font = bold
    ws.cell(r + 2, 5, "GIÁM ĐỐC").font = bold
    for c, width in enumerate([6, 60, 16, 14, 14, 24], 1):
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = ws.cell(FIRST_DATA_ROW, 3)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def value_cells() -> dict[str, tuple[str, str]]:
    """indicator -> (plan cell, actual cell) in the template."""
    out = {}
    r = FIRST_DATA_ROW
    for _, _, ind in layout_rows():
        if ind is not None:
            out[ind.code] = (f"D{r}", f"E{r}")
        r += 1
    return out
