"""Interface text in Vietnamese (default) and English: one table, looked up by key."""
from __future__ import annotations

LANGS = ("vi", "en")

TEXT: dict[str, tuple[str, str]] = {
    # app
    "app_title": ("Thống kê Khoa học và Công nghệ các tỉnh", "Provincial Science & Technology Statistics"),
    "language": ("Ngôn ngữ", "Language"),
    "page_compare": ("So sánh", "Compare"),
    "page_upload": ("Tải lên báo cáo", "Upload reports"),
    "building_db": ("Đang xây dựng kho dữ liệu lần đầu…", "Building the database for the first time…"),
    "db_busy": ("Kho dữ liệu đang bận, vui lòng thử lại sau ít phút.", "The database is busy; please try again in a moment."),
    # compare
    "compare_title": ("So sánh chỉ tiêu giữa các tỉnh", "Compare an indicator across provinces"),
    "compare_intro": (
        "Chọn một chỉ tiêu và các tỉnh. Mỗi đường là một tỉnh; năm không có số liệu để trống, không tính là 0.",
        "Choose an indicator and provinces. One line per province; a year without data is a gap, never a zero."),
    "indicator": ("Chỉ tiêu", "Indicator"),
    "provinces": ("Tỉnh", "Provinces"),
    "provinces_help": ("Gõ tên tỉnh, có dấu hoặc không dấu.", "Type a province name, with or without diacritics."),
    "frame_63": ("trước 1/7/2025", "before 1 Jul 2025"),
    "frame_34": ("từ 1/7/2025", "from 1 Jul 2025"),
    "year": ("Năm", "Year"),
    "no_data": ("Chưa có số liệu cho lựa chọn này.", "No data for this selection."),
    "no_annual": ("Không có số liệu theo năm cho lựa chọn này; các số liệu cho kỳ khác được liệt kê bên dưới.",
                  "No annual values for this selection; values for other periods are listed below."),
    "sources": ("Nguồn", "Sources"),
    "other_periods": ("Số liệu cho kỳ không phải một năm", "Values for periods other than a calendar year"),
    "other_periods_help": (
        "Các số liệu này thuộc một phần năm, nhiều năm hoặc tính đến một thời điểm, nên không vẽ như số liệu của một năm.",
        "These values cover part of a year, several years, or a point in time, so they are not drawn as a year's value."),
    "uncertain_values": ("Số liệu chưa xác định rõ kỳ hoặc nội dung (không vẽ lên biểu đồ)",
                         "Values whose period or meaning is uncertain (not charted)"),
    "plan": ("Kế hoạch", "Plan"),
    "actual": ("Thực hiện", "Actual"),
    "estimated": ("ước thực hiện", "estimated"),
    "disagree": ("Các nguồn ghi khác nhau", "Sources disagree"),
    "other_values": ("giá trị khác được báo cáo", "other reported values"),
    "col_province": ("Tỉnh", "Province"),
    "col_period": ("Kỳ", "Period"),
    "col_value": ("Giá trị", "Value"),
    "col_source": ("Nguồn", "Source"),
    "col_quote": ("Trích dẫn", "Quote"),
    "col_note": ("Ghi chú", "Note"),
    "col_status": ("Tình trạng", "Status"),
    "col_indicator": ("Chỉ tiêu", "Indicator"),
    "col_measure": ("Loại", "Measure"),
    "col_unit": ("Đơn vị", "Unit"),
    "col_cell": ("Ô", "Cell"),
    "col_alternatives": ("Giá trị khác", "Other values"),
    "merger_mark": ("Sáp nhập tỉnh 1/7/2025", "Provinces merged 1 Jul 2025"),
    "about_indicator": ("Về chỉ tiêu này", "About this indicator"),
    "definition": ("Định nghĩa", "Definition"),
    "unit": ("Đơn vị", "Unit"),
    "aggregation": ("Cách cộng gộp khi sáp nhập tỉnh", "How it aggregates across merged provinces"),
    "additive_yes": ("Cộng được giá trị các tỉnh sáp nhập (khi tất cả các tỉnh đều có số liệu).",
                     "Values of merged provinces may be summed (when every predecessor reported)."),
    "additive_no": ("Không cộng, không lấy trung bình giữa các tỉnh sáp nhập.",
                    "Never summed or averaged across merged provinces."),
    "temporal_flow": ("Số liệu phát sinh trong kỳ.", "A flow over a period."),
    "temporal_stock": ("Số liệu lũy kế tính đến một thời điểm.", "A stock at a date (cumulative to date)."),
    "status_reported": ("đã báo cáo", "reported"),
    "status_estimated": ("ước thực hiện", "estimated"),
    "status_uncertain": ("chưa chắc chắn", "uncertain"),
}


def t(key: str, lang: str = "vi") -> str:
    vi, en = TEXT[key]
    return vi if lang != "en" else en
