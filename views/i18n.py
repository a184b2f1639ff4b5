"""Interface text in Vietnamese (default) and English: one table, looked up by key."""
from __future__ import annotations


TEXT: dict[str, tuple[str, str]] = {
    # app
    "page_overview": ("Tổng quan", "Overview"),
    "page_compare": ("So sánh", "Compare"),
    "page_profile": ("Hồ sơ tỉnh", "Province profile"),
    "page_map": ("Bản đồ", "Map"),
    "page_coverage": ("Độ phủ dữ liệu", "Coverage"),
    "page_data": ("Dữ liệu & nguồn", "Data and sources"),
    "page_present": ("Trình chiếu", "Presentation"),
    "page_upload": ("Tải lên báo cáo", "Upload reports"),
    "page_text": ("Số liệu từ văn bản", "Figures from text"),
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
    "frame_63": ("63 tỉnh, trước 1/7/2025", "63 provinces, before 1 Jul 2025"),
    "frame_34": ("từ 1/7/2025", "from 1 Jul 2025"),
    "year": ("Năm", "Year"),
    "no_data": ("Chưa có số liệu cho lựa chọn này.", "No data for this selection."),
    "no_annual": ("Không có số liệu theo năm cho lựa chọn này; các số liệu cho kỳ khác được liệt kê bên dưới.",
                  "No annual values for this selection; values for other periods are listed below."),
    "sources": ("Nguồn", "Sources"),
    "sources_more": ("và {n} nguồn khác", "and {n} more"),
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
    "col_measure": ("Thực hiện hay kế hoạch", "Actual or plan"),
    "col_unit": ("Đơn vị", "Unit"),
    "col_cell": ("Ô", "Cell"),
    "col_alternatives": ("Giá trị khác", "Other values"),
    "col_rank": ("Hạng trong các tỉnh đang xem", "Rank among provinces shown"),
    "years": ("Giai đoạn", "Years"),
    "chart_type": ("Dạng biểu đồ", "Chart type"),
    "chart_line": ("Đường", "Line"),
    "chart_bar": ("Cột nhóm", "Grouped bars"),
    "chart_small": ("Biểu đồ nhỏ theo tỉnh", "Small multiples"),
    "indicators": ("Chỉ tiêu", "Indicators"),
    "numbers_drawn": ("Bảng số liệu trên biểu đồ", "The numbers drawn"),
    "download_csv": ("⬇ Tải bảng (CSV)", "⬇ Download table (CSV)"),
    "not_comparable_list": ("Không so sánh được theo 34 tỉnh hiện nay", "Not comparable in today's 34 provinces"),
    "disagree_note": ("⚠ {n} số liệu có nguồn khác ghi giá trị khác (xem cột “Giá trị khác” và trang Dữ liệu & nguồn).",
                      "⚠ {n} values have other sources reporting a different figure (see “Other values” and the Data page)."),
    "merger_mark": ("Sáp nhập tỉnh 1/7/2025", "Provinces merged 1 Jul 2025"),
    "about_indicator": ("Về chỉ tiêu này", "About this indicator"),
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
    # upload
    # figures from narrative text
    "text_title": ("Số liệu từ văn bản", "Figures from narrative documents"),
    "text_intro": (
        "Dán một bản tin hoặc chọn tệp (.txt, .docx, .pdf có lớp chữ, trang web .html). Hệ thống đề xuất các số liệu "
        "văn bản nêu, kèm câu trích dẫn; hãy đánh dấu những số liệu đúng, sửa kỳ hoặc tỉnh nếu cần, rồi lưu thành "
        "bản nháp của tỉnh. Không số liệu nào được lưu khi chưa được chọn, và chỉ được công bố khi đã phê duyệt.",
        "Paste a news item or choose files (.txt, .docx, .pdf with a text layer, saved .html). The facts the text "
        "states are proposed with their sentence; tick the right ones, edit the period or province if needed, then "
        "save them as a draft of your province. Nothing is saved unless ticked, nor public until approved."),
    "text_paste": ("Dán văn bản", "Paste text"),
    "text_files": ("Hoặc chọn tệp", "Or choose files"),
    "text_province": ("Tỉnh (khi văn bản không ghi)", "Province (when the text does not say)"),
    "text_published": ("Ngày đăng (khi văn bản không ghi)", "Publication date (when the text has none)"),
    "text_url": ("Địa chỉ trang (nếu có)", "Page address (if any)"),
    "text_pasted_name": ("văn bản dán vào", "pasted text"),
    "text_doc": ("{file}: {n} số liệu đề xuất", "{file}: {n} proposed facts"),
    "text_doc_meta": ("Tiêu đề: {title} · ngày đăng: {published}", "Title: {title} · published: {published}"),
    "text_none": ("Không tìm thấy số liệu nào của danh mục chỉ tiêu trong văn bản này.",
                  "No fact of the registry's indicators was found in this text."),
    "text_unreadable": ("Không đọc được tệp: {error}", "The file could not be read: {error}"),
    "text_period": ("Kỳ (ví dụ 2023, 2023-S1, 2023-12-31)", "Period (e.g. 2023, 2023-S1, 2023-12-31)"),
    "text_no_period": ("chưa rõ kỳ — hãy ghi kỳ", "no period — please give one"),
    "text_measure_plan": ("kế hoạch", "plan"),
    "text_confidence": ("độ tin cậy {c}", "confidence {c}"),
    "text_load": ("Lưu {n} số liệu đã chọn thành bản nháp", "Save the {n} selected facts as a draft"),
    "text_saved_draft": ("{file}: đã lưu bản nháp {facts} số liệu. Số liệu chưa công bố: hãy gửi duyệt ở trang "
                         "Tải lên báo cáo, mục “Báo cáo của tỉnh”.",
                         "{file}: saved a draft of {facts} facts. Not public yet: submit it for review on the "
                         "Upload reports page, under “Reports of your provinces”."),
    "text_to_my_uploads": ("Gửi duyệt, theo dõi hoặc hoàn tác: Báo cáo của tỉnh",
                           "Submit, follow or undo: reports of your provinces"),
    "text_refused": ("{file}: không nạp, không ghi gì:", "{file}: not loaded, nothing written:"),
    "text_unknown": ("không rõ", "unknown"),
    "upload_title": ("Tải lên báo cáo", "Upload reports"),
    "upload_intro": (
        "Chọn tệp báo cáo (Excel .xlsx hoặc .xls, OpenDocument .ods, hoặc .csv dạng bảng). Hệ thống đọc mọi chỉ tiêu, cho xem trước từng số liệu và từng dòng bỏ qua; "
        "tệp có lỗi bị từ chối toàn bộ, không ghi gì.",
        "Choose report files (Excel .xlsx or .xls, OpenDocument .ods, or a tidy .csv). Every indicator is read and previewed with every ignored row; "
        "a file with any problem is refused whole and nothing is written."),
    "template_download": ("⬇ Tải mẫu báo cáo (Excel)", "⬇ Download the report template (Excel)"),
    "save_drafts": ("Lưu {n} tệp hợp lệ thành bản nháp", "Save {n} accepted file(s) as drafts"),
    "saved_draft": ("{file}: đã lưu bản nháp ({facts} số liệu). Số liệu chưa công bố: hãy gửi duyệt ở mục “Báo cáo của tỉnh” bên dưới.",
                    "{file}: saved as a draft ({facts} facts). Not public yet: submit it for review under “Reports of your provinces” below."),
    "my_uploads": ("Báo cáo của tỉnh (bản nháp, chờ duyệt, đã duyệt)", "Reports of your provinces (drafts, submitted, approved)"),
    "submit_review": ("Gửi duyệt", "Submit for review"),
    "submitted_msg": ("{file}: đã gửi duyệt.", "{file}: submitted for review."),
    "returned_note": ("Người duyệt trả lại: {comment}", "Returned by the reviewer: {comment}"),
    "file_unsafe": ("{file}: tệp này không thể đọc một cách an toàn, nên đã bị từ chối; không có gì được ghi. "
                    "Hãy mở tệp bằng Excel, lưu lại thành .xlsx rồi tải lên lại.",
                    "{file}: this file could not be read safely and was refused; nothing was written. "
                    "Open it in Excel, save it again as .xlsx and upload it again."),
    "hint_province": ("Tỉnh (chỉ khi tệp không ghi)", "Province (only if the file does not say)"),
    "hint_help": ("Tệp ghi tỉnh thì theo tệp; nếu lựa chọn khác với tệp, tệp sẽ bị từ chối để kiểm tra lại.",
                  "The file's own statement wins; if your choice disagrees, the file is refused for checking."),
    "hint_period": ("Kỳ báo cáo (chỉ khi tệp không ghi)", "Period (only if the file does not say)"),
    "hint_period_help": ("Ví dụ: 2024, 2024-S1 (6 tháng đầu năm), 2020/2023 (giai đoạn).",
                         "E.g. 2024, 2024-S1 (first half), 2020/2023 (multi-year)."),
    "from_file": ("— theo tệp —", "— as in the file —"),
    "choose_files": ("Chọn tệp báo cáo", "Choose report files"),
    "file_ok": ("{file}: hợp lệ — {facts} số liệu, {ignored} dòng bỏ qua.", "{file}: accepted — {facts} facts, {ignored} rows ignored."),
    "file_refused": ("{file}: bị từ chối toàn bộ, không ghi gì — {problems} lỗi cần sửa:",
                     "{file}: refused whole, nothing written — {problems} problems to fix:"),
    "facts_found": ("Số liệu đọc được", "Facts found"),
    "rows_ignored": ("Dòng bỏ qua và lý do", "Rows ignored and why"),
    "loaded": ("{file}: đã nạp {facts} số liệu (thay {replaced} giá trị cũ). Biểu đồ đã cập nhật.",
               "{file}: loaded {facts} facts ({replaced} earlier values replaced). Charts are updated."),
    "unchanged": ("{file}: tệp này đã được nạp trước đó, không thay đổi gì.", "{file}: already loaded; nothing changed."),
    "no_uploads": ("Chưa có báo cáo nào được tải lên.", "No reports uploaded yet."),
    "undo": ("Hoàn tác", "Undo"),
    "undone": ("đã hoàn tác", "undone"),
    "active": ("đang dùng", "active"),
    "facts_word": ("số liệu", "facts"),
    "undone_msg": ("Đã hoàn tác {file}: gỡ {facts} số liệu, các giá trị trước đó được khôi phục.",
                   "Undid {file}: {facts} facts removed, the earlier values are back."),
    "derived": ("tổng tính từ các cấp", "sum of the levels"),
    # labels matched by meaning: suggestions and learned labels
    "suggestions_head": ("Cần xác nhận chỉ tiêu ({n} dòng) — chưa lấy số liệu nào từ các dòng này",
                         "Please confirm the indicator ({n} rows) — nothing is taken from these rows yet"),
    "suggestion_line": ("Dòng {row} · ‘{label}’ → {indicator} · độ tin cậy {score}",
                        "Row {row} · ‘{label}’ → {indicator} · confidence {score}"),
    "suggestion_confirm": ("Xác nhận", "Confirm"),
    "suggestion_reject": ("Bỏ qua", "Skip"),
    "suggestion_confirmed": ("Đã ghi nhớ: ‘{label}’ là “{indicator}” — áp dụng ngay cho lần đọc này và các lần tải lên sau.",
                             "Remembered: ‘{label}’ means “{indicator}” — applied now and to later uploads."),
    "suggestion_confirmed_scoped": ("Đã ghi nhớ: ‘{label}’ là “{indicator}” — áp dụng ngay cho tỉnh của bạn; "
                                    "áp dụng cho mọi tỉnh khi người duyệt chấp thuận nhãn này.",
                                    "Remembered: ‘{label}’ means “{indicator}” — applied now for your province(s); "
                                    "for every province once a reviewer approves the label."),
    "suggestion_rejected": ("Đã ghi nhớ: ‘{label}’ không phải “{indicator}”; sẽ không gợi ý lại.",
                            "Remembered: ‘{label}’ is not “{indicator}”; it will not be suggested again."),
    "learned_head": ("Nhãn đã học", "Learned labels"),
    "learned_intro": ("Các nhãn người tải lên đã xác nhận hoặc bỏ qua, lưu cạnh kho dữ liệu. Nhãn do biên tập viên "
                      "xác nhận chỉ áp dụng cho tỉnh của họ cho đến khi được duyệt; sau khi duyệt, áp dụng cho mọi tỉnh. "
                      "Quản trị viên gỡ một nhãn sai và tải danh sách đã duyệt (TOML) để gộp vào metrics/indicators.toml.",
                      "Labels uploaders confirmed or rejected, kept beside the warehouse. A label an editor confirmed "
                      "applies to their province(s) only until it is approved; once approved, to every province. "
                      "An administrator removes a wrong one and downloads the approved ones (TOML) to merge into "
                      "metrics/indicators.toml."),
    "learned_approve": ("Duyệt", "Approve"),
    "learned_approved": ("Đã duyệt nhãn ‘{label}’: áp dụng cho mọi tỉnh.", "Approved the label ‘{label}’: it applies to every province."),
    "learned_waiting": ("chờ duyệt (chỉ tỉnh {provinces})", "awaiting approval (only {provinces})"),
    "learned_in_force": ("áp dụng cho mọi tỉnh", "applies to every province"),
    "col_scope": ("Phạm vi", "Scope"),
    "learned_none": ("Chưa có nhãn nào được học.", "No learned labels yet."),
    "learned_remove": ("Gỡ", "Remove"),
    "learned_removed": ("Đã gỡ nhãn ‘{label}’.", "Removed the label ‘{label}’."),
    "learned_export": ("⬇ Tải danh sách nhãn đã duyệt (TOML)", "⬇ Download approved labels (TOML)"),
    "decision_confirmed": ("đã xác nhận", "confirmed"),
    "decision_rejected": ("đã bỏ qua", "rejected"),
    "col_label": ("Nhãn trong báo cáo", "Label in the report"),
    "col_decision": ("Trả lời", "Answer"),
    "col_by": ("Người trả lời", "By"),
    "col_when": ("Lúc", "When"),
    "col_file": ("Tệp", "File"),
    "col_frame": ("Khung", "Frame"),
    "col_sheet": ("Trang tính", "Sheet"),
    "col_rule": ("Quy tắc", "Rule"),
    "col_message": ("Lỗi", "Problem"),
    "col_row": ("Dòng", "Row"),
    "col_text": ("Nội dung", "Text"),
    "col_reason": ("Lý do", "Reason"),
    # --- accounts and login (views/auth.py) ---
    "auth_no_accounts": (
        "Chưa có tài khoản nào trên máy chủ này, nên chưa ai tải lên được. Quản trị viên máy chủ tạo tài khoản quản trị "
        "đầu tiên bằng lệnh sau (lệnh sẽ hỏi mật khẩu, ít nhất 12 ký tự), rồi tạo tài khoản cho từng Sở trên trang quản trị "
        "hoặc bằng cùng lệnh với --role editor --province MÃ_TỈNH:",
        "There is no account on this server yet, so nobody can upload. The server's administrator creates the first "
        "administrator account with this command (it asks for a password of at least 12 characters), then one account "
        "per department with the same command and --role editor --province CODE:"),
    "auth_no_accounts_hint": ("Thay TÊN bằng tên đăng nhập. Trong tập lệnh, mật khẩu đọc từ biến môi trường ST_DASHBOARD_PASSWORD.",
                              "Replace TÊN with the login name. In scripts the password is read from ST_DASHBOARD_PASSWORD."),
    "auth_needed": ("Trang này dành cho cán bộ của Sở và người duyệt: hãy đăng nhập. Xem số liệu đã duyệt không cần đăng nhập.",
                    "This page is for department staff and reviewers: please log in. Viewing approved figures needs no login."),
    "auth_expired": ("Phiên làm việc đã hết hạn; vui lòng đăng nhập lại.", "Your session has expired; please log in again."),
    "auth_name": ("Tên đăng nhập", "Login name"),
    "auth_password": ("Mật khẩu", "Password"),
    "auth_login": ("Đăng nhập", "Log in"),
    "auth_logout": ("Đăng xuất", "Log out"),
    "auth_oidc": ("Đăng nhập bằng tài khoản của cơ quan", "Log in with your organisation's account"),
    "auth_wrong": ("Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong login name or password."),
    "auth_tries_left": ("Còn {n} lần thử trước khi tài khoản bị tạm khóa.", "{n} tries left before the account is locked."),
    "auth_locked": ("Tài khoản tạm khóa {minutes} phút vì nhập sai mật khẩu nhiều lần (đến {until}). "
                    "Quản trị viên có thể đặt lại mật khẩu để mở sớm.",
                    "The account is locked for {minutes} minutes after repeated wrong passwords (until {until}). "
                    "An administrator can reset the password to open it sooner."),
    "auth_no_role": ("{name} đã đăng nhập ở nhà cung cấp định danh nhưng chưa được cấp vai trò nào ở đây "
                     "(claim st_role hoặc nhóm st-editor / st-reviewer / st-admin).",
                     "{name} is logged in at the identity provider but has no role here "
                     "(claim st_role or group st-editor / st-reviewer / st-admin)."),
    "auth_disabled": ("Tài khoản này đã bị khóa; liên hệ quản trị viên.", "This account is disabled; ask an administrator."),
    "auth_as": ("Đăng nhập: **{name}** — {role} — {scope}", "Logged in: **{name}** — {role} — {scope}"),
    "auth_not_allowed": ("Tài khoản {name} ({role}) không có quyền dùng trang này.",
                         "Account {name} ({role}) may not use this page."),
    "role_editor": ("biên tập của Sở", "department editor"),
    "role_reviewer": ("người duyệt", "reviewer"),
    "role_admin": ("quản trị viên", "administrator"),
    # --- the reporting workflow ---
    "wf_state_draft": ("bản nháp", "draft"),
    "wf_state_submitted": ("chờ duyệt", "submitted"),
    "wf_state_approved": ("đã duyệt", "approved"),
    "wf_state_returned": ("bị trả lại", "returned"),
    "page_review": ("Duyệt báo cáo", "Review reports"),
    "page_audit": ("Nhật ký", "Audit log"),
    "review_title": ("Duyệt báo cáo của các Sở", "Review department reports"),
    "review_intro": (
        "Báo cáo đã gửi duyệt của các tỉnh bạn phụ trách, mỗi báo cáo với các khác biệt so với số liệu đang công bố. "
        "Phê duyệt thì số liệu được công bố và kỳ báo cáo của tỉnh bị khóa; trả lại thì cần ghi lý do.",
        "Submitted reports of the provinces assigned to you, each with its differences from the published figures. "
        "Approving publishes the figures and locks that province-period; returning needs a comment."),
    "review_empty": ("Không có báo cáo nào chờ duyệt.", "Nothing waits for review."),
    "review_head": ("{file} — {provinces} — gửi bởi {by}, {at} — {n} số liệu: {new} mới, {changed} thay đổi, {same} không đổi",
                    "{file} — {provinces} — submitted by {by}, {at} — {n} facts: {new} new, {changed} changed, {same} unchanged"),
    "change_new": ("mới", "new"),
    "change_changed": ("thay đổi {old} → {new}", "changed {old} → {new}"),
    "change_unchanged": ("không đổi", "unchanged"),
    "col_change": ("Khác biệt", "Difference"),
    "col_current": ("Đang công bố", "Published now"),
    "review_comment": ("Nhận xét (bắt buộc khi trả lại)", "Comment (required to return)"),
    "approve": ("Phê duyệt và công bố", "Approve and publish"),
    "return": ("Trả lại", "Return"),
    "approved_msg": ("{file}: đã phê duyệt; số liệu đã công bố và kỳ báo cáo đã khóa.",
                     "{file}: approved; the figures are public and the period is locked."),
    "returned_msg": ("{file}: đã trả lại cho người tải lên.", "{file}: returned to the uploader."),
    "locks_title": ("Kỳ báo cáo đang khóa", "Locked province-periods"),
    "locks_none": ("Không có kỳ báo cáo nào đang khóa.", "No province-period is locked."),
    "unlock": ("Mở khóa", "Unlock"),
    "unlock_reason": ("Lý do mở khóa", "Reason for unlocking"),
    "unlocked_msg": ("Đã mở khóa {province}, {period}.", "Unlocked {province}, {period}."),
    "pending_title": ("Số liệu chưa công bố (bản nháp và chờ duyệt) — chỉ bạn thấy", "Figures not yet public (drafts and submissions) — visible to you only"),
    "audit_title": ("Nhật ký hoạt động", "Audit log"),
    "audit_intro": ("Mọi thao tác: đăng nhập (cả lần sai), tải lên, gửi duyệt, phê duyệt, trả lại, mở khóa, hoàn tác, thay đổi tài khoản.",
                    "Every action: logins (failed ones too), uploads, submissions, approvals, returns, unlocks, undos, account changes."),
    "audit_person": ("Người", "Person"),
    "audit_province": ("Tỉnh", "Province"),
    "audit_dates": ("Từ ngày – đến ngày", "From – to"),
    "audit_all": ("Tất cả", "All"),
    "audit_count": ("{n} mục", "{n} entries"),
    "audit_csv": ("⬇ Tải nhật ký (CSV)", "⬇ Download the log (CSV)"),
    "col_at": ("Thời điểm (UTC)", "Time (UTC)"),
    "col_actor": ("Người thực hiện", "By"),
    "col_action": ("Thao tác", "Action"),
    "col_target": ("Đối tượng", "Target"),
    "col_detail": ("Chi tiết", "Detail"),
    "dx_in_use_line": ("Đang dùng: {value} — nạp bởi {by} lúc {at}", "In use: {value} — loaded by {by} at {at}"),
    "dx_approved_line": ("duyệt bởi {by} lúc {at}", "approved by {by} at {at}"),
    "dx_approved_by": ("Người duyệt", "Approved by"),
    "dx_approved_at": ("Duyệt lúc", "Approved at"),
    "dx_replaced_by": ("Được thay bằng", "Replaced by"),
    # --- overview ---
    "ov_title": ("Tổng quan các chỉ tiêu chính", "Overview of the core indicators"),
    "ov_intro": (
        "Số liệu mới nhất của từng chỉ tiêu chính cho các tỉnh đã chọn, kèm kỳ số liệu, thay đổi so với kỳ trước cùng loại và nguồn. "
        "Nguồn: báo cáo của các Sở KH&CN, văn bản và báo chí địa phương.",
        "The latest value of each core indicator for the chosen provinces, with its period, the change against the previous "
        "comparable period, and its source. Sources: provincial S&T departments' reports, official documents and local press."),
    "ov_vs": ("so với", "vs"),
    "ov_date": ("ngày", ""),
    "ov_points": ("điểm %", "pp"),
    "ov_approx": ("xấp xỉ, vì số liệu có kèm “gần/trên/khoảng”", "approximate: a value is qualified"),
    "ov_plan_only": ("Kế hoạch (chưa có số thực hiện)", "Plan (no actual figure yet)"),
    "ov_uncertain_flag": ("⚠ Chưa chắc chắn — chỉ có số liệu này", "⚠ Uncertain — the only figure available"),
    "ov_no_prev": ("Thay đổi: — (chưa có kỳ trước cùng loại để so sánh)", "Change: — (no earlier comparable period)"),
    "ov_trend": ("Xu hướng", "Trend"),
    "ov_no_trend": ("Xu hướng: chưa đủ số liệu cùng loại kỳ", "Trend: not enough values for the same kind of period"),
    "ov_missing": ("Chưa có số liệu", "No data yet"),
    "ov_no_value": ("Không có giá trị so sánh được", "No comparable value"),
    "ov_open_profile": ("Hồ sơ tỉnh", "Province profile"),
    "ov_pick": ("Chọn ít nhất một tỉnh.", "Choose at least one province."),
    "ov_about": ("Về các số liệu này", "About this data"),
    "ov_about_rules": (
        "Mỗi thẻ là số liệu mới nhất (đã báo cáo hoặc ước thực hiện) của chỉ tiêu; số liệu chưa chắc chắn chỉ hiện khi không có số nào khác, "
        "và được đánh dấu. Thay đổi chỉ so với kỳ cùng loại và cùng độ dài (ví dụ 9 tháng với 9 tháng, năm với năm, giai đoạn 5 năm với "
        "giai đoạn 5 năm; số lũy kế với thời điểm trước đó), không bao giờ so 9 tháng với cả năm. Đường xu hướng nhỏ vẽ các kỳ cùng loại đó.",
        "Each card is the indicator's latest value (reported or estimated); an uncertain value shows only when there is no other, "
        "and is flagged. The change compares only with a period of the same kind and length (9 months with 9 months, a year with "
        "a year, a 5-year span with a 5-year span; a stock with its previous date) — never 9 months with a whole year. "
        "The sparkline draws those same periods."),
    # --- province profile ---
    "pf_title": ("Hồ sơ tỉnh", "Province profile"),
    "pf_intro": (
        "Mọi chỉ tiêu của một tỉnh theo thời gian; mỗi giá trị kèm nguồn, trích dẫn, ghi chú và các giá trị khác đã được báo cáo.",
        "Every indicator of one province over time; each value with its source, quote, note and the other values reported."),
    "pf_province": ("Tỉnh", "Province"),
    "pf_history": ("Lịch sử hành chính", "Administrative history"),
    "pf_merged_into": ("{name} — sáp nhập vào {successor} từ {date}", "{name} — merged into {successor} from {date}"),
    "pf_renamed": ("{name} — từ {date} là {kind} {new} trực thuộc trung ương ({basis}).",
                   "{name} — the centrally-run city of {new} from {date} ({basis})."),
    "pf_continues": ("{name} — từ {date} tiếp tục là {successor} (giữ nguyên địa giới, không sáp nhập)",
                     "{name} — continues as {successor} from {date} (same territory, not merged)"),
    "pf_made_of": ("{name} (từ {date}) gồm: {names}", "{name} (from {date}) is made of: {names}"),
    "pf_no_history": ("Không thay đổi địa giới trong dữ liệu của bảng điều khiển.", "No boundary change in the dashboard's data."),
    "pf_no_data": ("Chưa có số liệu nào của tỉnh này.", "No data for this province yet."),
    "pf_no_data_34": ("Tỉnh mới (từ 01/7/2025) chưa có số liệu riêng; chọn “Theo 34 tỉnh hiện nay” để xem số liệu dựng lại từ các tỉnh cũ, "
                      "hoặc mở hồ sơ từng tỉnh cũ ở trên.",
                      "This province (from 1 Jul 2025) has no figures of its own yet; choose “Today's 34 provinces” to see values rebuilt "
                      "from its predecessors, or open each predecessor's profile above."),
    "pf_today_63": ("Cách xem “Theo 34 tỉnh hiện nay” áp dụng cho tỉnh mới; đây là số liệu của tỉnh cũ như đã báo cáo.",
                    "The “today's 34 provinces” view applies to the new provinces; these are the old province's figures as reported."),
    "pf_counts": ("{n} chỉ tiêu, {v} số liệu", "{n} indicators, {v} values"),
    "pf_disagree": ("⚠ Các nguồn ghi khác nhau — mọi giá trị được liệt kê, không lấy trung bình",
                    "⚠ Sources disagree — every value is listed, never averaged"),
    "pf_role": ("Vai trò", "Role"),
    "pf_in_use": ("đang dùng", "in use"),
    "pf_other": ("giá trị khác", "other value"),
    "pf_core": ("Chỉ tiêu chính", "Core indicators"),
    "pf_more": ("Các chỉ tiêu khác", "Other indicators"),
    # --- map ---
    "map_title": ("Bản đồ chỉ tiêu theo tỉnh", "Map of an indicator by province"),
    "map_intro": (
        "Một chỉ tiêu, một kỳ, trên bản đồ các tỉnh. Tỉnh chưa có số liệu tô xám, không tính là 0. "
        "Ranh giới: Natural Earth (phạm vi công cộng), có quần đảo Hoàng Sa và Trường Sa.",
        "One indicator for one period, province by province. Provinces without data are grey, never zero. "
        "Boundaries: Natural Earth (public domain), with the Hoàng Sa and Trường Sa archipelagos."),
    "map_period": ("Kỳ số liệu", "Period"),
    "map_period_help": (
        "Chỉ các kỳ có số liệu của chỉ tiêu này. Số liệu 6 tháng, nhiều năm hay lũy kế đến một ngày là kỳ riêng, "
        "không gộp vào năm.",
        "Only periods this indicator has values for. A half year, a multi-year span or a stock at a date is a "
        "period of its own, never merged into a year."),
    "map_no_values": ("Chỉ tiêu này chưa có số liệu thực hiện.", "This indicator has no actual values yet."),
    "map_frame_63": ("63 tỉnh, thành phố (trước 1/7/2025)", "63 provinces (before 1 Jul 2025)"),
    "map_frame_34": ("34 tỉnh, thành phố (từ 1/7/2025)", "34 provinces (from 1 Jul 2025)"),
    "map_no_data": ("chưa có số liệu", "no data yet"),
    "map_legend_no_data": ("Chưa có số liệu", "No data yet"),
    "map_legend_uncertain": ("Số liệu chưa chắc chắn (không tô màu)", "Uncertain value (not coloured)"),
    "map_scale_better": ("màu đậm hơn là tốt hơn", "darker is better"),
    "map_count": ("{n}/{total} tỉnh có số liệu cho kỳ này; {coloured} tỉnh được tô màu theo giá trị.",
                  "{n}/{total} provinces have a value for this period; coloured by value: {coloured}."),
    "map_other_frame": (
        "{n} số liệu của kỳ này được báo cáo theo khung tỉnh khác, không vẽ trên bản đồ này; xem ở trang Dữ liệu & nguồn.",
        "{n} values for this period were reported in the other province frame and are not drawn here; see Data and sources."),
    "map_today_note": (
        "Theo 34 tỉnh hiện nay: số liệu trước 1/7/2025 dựng lại từ các tỉnh cũ; tỉnh không dựng lại được tô tím, "
        "di chuột để xem lý do.",
        "Today's 34 provinces: values before 1 Jul 2025 are rebuilt from the predecessors; a province that cannot "
        "be rebuilt is purple — hover for the reason."),
    "map_table": ("Số liệu trên bản đồ", "Values on the map"),
    "map_download": ("⬇ Tải bảng số liệu (CSV)", "⬇ Download the values (CSV)"),
    "map_col_code": ("Mã tỉnh", "Province code"),
    "map_col_number": ("Số", "Number"),
    "map_boundaries": (
        "Ranh giới tỉnh: Natural Earth 1:10m Admin-1 (phạm vi công cộng), ghép theo mã thống kê; 34 tỉnh mới là hợp "
        "của các tỉnh cũ. Quần đảo Hoàng Sa (Đà Nẵng) và Trường Sa (Khánh Hòa) được thêm vào và phóng to để nhìn thấy; "
        "diện tích đảo trên bản đồ không đúng tỷ lệ. Bản đồ không tải gì từ Internet.",
        "Province boundaries: Natural Earth 1:10m Admin-1 (public domain), joined by statistics code; the 34 new "
        "provinces are unions of their predecessors. The Hoàng Sa (Đà Nẵng) and Trường Sa (Khánh Hòa) archipelagos are "
        "added and enlarged to be visible; island areas are not to scale. The map loads nothing from the Internet."),
    "map_credit": ("Ranh giới: Natural Earth (phạm vi công cộng)", "Boundaries: Natural Earth (public domain)"),
    "map_colour_note": (
        "Thang màu: màu đậm hơn là tốt hơn (với thứ hạng, số nhỏ hơn là tốt hơn nên thang màu đảo ngược).",
        "Colour scale: darker is better (for ranks, smaller is better, so the scale is reversed)."),
    # --- coverage ---
    "cov_title": ("Độ phủ dữ liệu", "Data coverage"),
    "cov_intro": (
        "Tỉnh nào đã báo cáo chỉ tiêu nào, năm nào. Số liệu một phần năm, nhiều năm hay lũy kế được ghi riêng, "
        "không tính là cả năm. Chỉ tính số liệu thực hiện, không tính kế hoạch.",
        "Which province has reported which indicator for which year. Values for part of a year, several years or a "
        "stock at a date are marked as such, never as a full year. Actual values only, not plans."),
    "cov_indicators": ("Chỉ tiêu", "Indicators"),
    "cov_indicators_placeholder": ("Tất cả chỉ tiêu có số liệu", "All indicators with data"),
    "cov_years": ("Khoảng năm", "Years"),
    "cov_cat_reported": ("báo cáo", "reported"),
    "cov_cat_estimated": ("ước thực hiện", "estimated"),
    "cov_cat_partial": ("một phần năm", "part of year"),
    "cov_cat_stock": ("lũy kế", "stock"),
    "cov_cat_multi": ("nhiều năm", "multi-year"),
    "cov_cat_uncertain": ("chưa chắc chắn", "uncertain"),
    "cov_cat_incomplete": ("thiếu tỉnh cũ", "predecessor missing"),
    "cov_cat_missing": ("chưa có", "missing"),
    "cov_missing_pred": ("thiếu {names}", "no {names}"),
    "cov_old_name": ("{name} cũ", "former {name}"),
    "cov_help_reported": ("số liệu cả năm đã báo cáo", "a full year's value, reported"),
    "cov_help_estimated": ("số liệu cả năm, ước thực hiện", "a full year's value, estimated"),
    "cov_help_partial": ("chỉ có số liệu cho một phần năm (6 tháng, 9 tháng…)", "only a value for part of the year"),
    "cov_help_stock": ("số liệu lũy kế tính đến một ngày trong năm", "a stock at a date within the year"),
    "cov_help_multi": ("số liệu cho cả giai đoạn nhiều năm có năm này", "a value for a multi-year span including this year"),
    "cov_help_uncertain": ("có số liệu nhưng chưa chắc chắn về kỳ hoặc nội dung", "a value whose period or meaning is uncertain"),
    "cov_help_incomplete": ("tỉnh hợp nhất: có tỉnh cũ chưa có số liệu (ghi tên tỉnh thiếu)",
                            "merged province: some predecessor has no value (named)"),
    "cov_help_missing": ("chưa có số liệu", "no value"),
    "cov_legend": ("Chú giải", "Legend"),
    "cov_today_note": (
        "Theo 34 tỉnh hiện nay: với tỉnh hợp nhất, các năm trước 1/7/2025 được tính từ các tỉnh cũ; ô ghi rõ tỉnh cũ nào "
        "chưa có số liệu (ví dụ “thiếu Ninh Thuận”).",
        "Today's 34 provinces: for a merged province, years before 1 Jul 2025 come from its predecessors; a cell names "
        "the predecessor with no value (e.g. “no Ninh Thuận”)."),
    "cov_summary": ("Tóm tắt theo tỉnh", "Summary by province"),
    "cov_col_any": ("Chỉ tiêu có số liệu", "Indicators with any value"),
    "cov_col_full_year": ("Chỉ tiêu có số liệu cả năm", "Indicators with a full-year value"),
    "cov_col_gaps": ("Ô chưa có hoặc thiếu tỉnh cũ", "Cells missing or incomplete"),
    "cov_grid": ("Bảng độ phủ: chỉ tiêu × tỉnh × năm", "Coverage: indicator × province × year"),
    "cov_download": ("⬇ Tải bảng độ phủ (CSV)", "⬇ Download the coverage grid (CSV)"),
    "cov_details": ("Chi tiết từng ô (số liệu và kỳ)", "Cell details (values and periods)"),
    "cov_col_year": ("Năm", "Year"),
    "cov_col_cell": ("Ô", "Cell"),
    "cov_col_detail": ("Số liệu", "Values"),
    "cov_no_provinces": ("Chọn ít nhất một tỉnh.", "Choose at least one province."),
    "cov_sources": (
        "Nguồn: các báo cáo và tệp tải lên trong kho dữ liệu (xem trang Dữ liệu & nguồn).",
        "Sources: the reports and uploads in the warehouse (see Data and sources)."),
    "cov_about_title": ("Về dữ liệu này", "About this data"),
    "cov_about": (
        "Mỗi ô cho biết điều tốt nhất đã biết về một tỉnh, một chỉ tiêu, một năm: số liệu cả năm (báo cáo hoặc ước tính) "
        "đứng trước số liệu một phần năm, lũy kế, nhiều năm, rồi số liệu chưa chắc chắn. Một số liệu nhiều năm được tính "
        "cho mọi năm trong giai đoạn; số lũy kế cho năm của ngày chốt số.",
        "Each cell shows the best thing known for one province, indicator and year: a full year's value (reported or "
        "estimated) before a part-year value, a stock, a multi-year value, then an uncertain one. A multi-year value "
        "counts for every year of its span; a stock for the year of its date."),
    # --- data and sources ---
    "dx_title": ("Dữ liệu và nguồn", "Data and sources"),
    "dx_intro": (
        "Mọi số liệu trong kho, như đã báo cáo, mỗi số kèm nguồn, trích dẫn, ghi chú, các giá trị khác và lịch sử. Lọc rồi tải về đúng các dòng đang hiển thị.",
        "Every fact in the warehouse, as reported, each with its source, quote, note, other values and history. Filter, then download exactly the rows shown."),
    "dx_other_reported": ("Giá trị khác được báo cáo", "Other reported values"),
    "dx_filters": ("Bộ lọc", "Filters"),
    "dx_all": ("tất cả", "all"),
    "dx_indicators": ("Chỉ tiêu", "Indicators"),
    "dx_kinds": ("Loại kỳ", "Kind of period"),
    "dx_years": ("Năm", "Years"),
    "dx_statuses": ("Tình trạng", "Status"),
    "dx_source_kinds": ("Loại nguồn", "Kind of source"),
    "dx_search": ("Tìm trong trích dẫn, nguồn, ghi chú", "Search quotes, sources and notes"),
    "dx_search_help": ("Gõ có dấu hoặc không dấu; mọi từ phải xuất hiện.", "With or without diacritics; every word must appear."),
    "dx_count": ("{n} số liệu (trên tổng số {total})", "{n} facts (of {total})"),
    "dx_none": ("Không có số liệu nào khớp với bộ lọc.", "No fact matches the filters."),
    "dx_csv": ("⬇ Tải CSV", "⬇ Download CSV"),
    "dx_xlsx": ("⬇ Tải Excel", "⬇ Download Excel"),
    "dx_csv_caption": (
        "Tệp tải về chứa đúng {n} dòng đang hiển thị. CSV mã hóa UTF-8 có BOM (Excel mở được tiếng Việt); số viết dạng máy đọc "
        "(dấu chấm thập phân, không phân cách hàng nghìn, tỷ lệ tính bằng %); ngày theo ISO (yyyy-mm-dd). Tệp Excel có trang “Số liệu” và trang “Nguồn”.",
        "The download holds exactly the {n} rows shown. CSV in UTF-8 with a BOM (Excel opens it); numbers machine-readable "
        "(dot decimal, no thousands separator, rates in %); dates ISO (yyyy-mm-dd). The Excel file has a “Facts” sheet and a “Sources” sheet."),
    "dx_history": ("Lịch sử của một số liệu", "History of one fact"),
    "dx_pick_fact": ("Chọn số liệu", "Choose a fact"),
    "dx_pick_fact_help": ("Mọi giá trị từng được nạp cho số liệu này, kể cả giá trị bị thay và tệp tải lên đã hoàn tác.",
                          "Every value ever loaded for this fact, including replaced values and undone uploads."),
    "dx_pick_placeholder": ("Chọn một dòng trong bảng…", "Choose a row of the table…"),
    "dx_state": ("Trạng thái", "State"),
    "dx_state_undone": ("đã hoàn tác", "undone"),
    "dx_loaded_at": ("Nạp lúc", "Loaded at"),
    "dx_loaded_by": ("Người nạp", "Loaded by"),
    "dx_upload": ("Tệp tải lên", "Uploaded file"),
    "dx_undone_at": ("Hoàn tác lúc", "Undone at"),
    "dx_sources": ("Nguồn của các số liệu đang hiển thị", "Sources of the facts shown"),
    "dx_sheet_facts": ("Số liệu", "Facts"),
    "dx_sheet_sources": ("Nguồn", "Sources"),
    "dx_province_code": ("Mã tỉnh", "Province code"),
    "dx_indicator_code": ("Mã chỉ tiêu", "Indicator code"),
    "dx_period_code": ("Mã kỳ", "Period code"),
    "dx_start": ("Từ ngày", "Start"),
    "dx_end": ("Đến ngày", "End"),
    "dx_qualifier": ("Mức (gần, trên, khoảng, ít nhất)", "Qualifier (nearly, over, about, at least)"),
    "dx_alternatives": ("Số giá trị khác", "Number of other values"),
    "dx_source_kind": ("Loại nguồn", "Source kind"),
    "dx_source_id": ("Mã nguồn", "Source id"),
    "dx_publisher": ("Cơ quan đăng", "Publisher"),
    "dx_title_col": ("Tiêu đề", "Title"),
    "dx_url": ("Địa chỉ", "URL"),
    "dx_published": ("Ngày đăng", "Published"),
    "dx_language": ("Ngôn ngữ", "Language"),
    "dx_machine_translated": ("Bản dịch máy", "Machine-translated"),
    "dx_document": ("Tài liệu", "Document"),
    "dx_kind_year": ("Năm", "Year"),
    "dx_kind_half": ("6 tháng", "Half year"),
    "dx_kind_quarter": ("Quý", "Quarter"),
    "dx_kind_month": ("Tháng", "Month"),
    "dx_kind_range": ("Khoảng khác (nhiều tháng, nhiều năm)", "Other span (months, several years)"),
    "dx_kind_date": ("Tính đến một thời điểm", "As of a date"),
    "dx_src_report": ("Báo cáo của Sở (tải lên)", "Department report (uploaded)"),
    "dx_src_narrative": ("Tin bài, thông báo của cơ quan nhà nước", "Government news item or notice"),
    "dx_src_press": ("Báo chí", "Press"),
    # --- presentation ---
    "present_title": ("Trình chiếu", "Presentation"),
    "present_intro": (
        "Chọn trước các trang chiếu — mỗi trang một biểu đồ có nguồn — rồi trình chiếu toàn màn hình. "
        "Cả bộ nằm trong liên kết: gửi liên kết là gửi bộ trình chiếu.",
        "Choose the slides beforehand — one sourced chart each — then present full screen. "
        "The whole deck lives in the link: sharing the link shares the deck."),
    "slide_word": ("Trang", "Slide"),
    "deck_broken": ("Không mở được bộ trình chiếu trong liên kết này.", "This presentation link cannot be opened."),
    "deck_damaged": ("Liên kết bị hỏng hoặc bị cắt ngắn (mã kiểm tra không khớp). Hãy xin lại liên kết đầy đủ.",
                     "The link is damaged or cut short (its checksum does not match). Ask for the full link again."),
    "deck_other_version": ("Liên kết được tạo bởi phiên bản khác của trang ({value}), phiên bản này không đọc được.",
                           "The link was made by another version of this page ({value}) and cannot be read here."),
    "deck_unreadable_slide": ("không đọc được nội dung trang chiếu.", "its content cannot be read."),
    "deck_empty": ("Bộ trình chiếu chưa có trang nào.", "The deck has no slides."),
    "deck_too_many_slides": ("bộ trình chiếu có quá {n} trang.", "the deck has more than {n} slides."),
    "deck_bad_indicator": ("không có chỉ tiêu “{value}”.", "there is no indicator “{value}”."),
    "deck_no_provinces": ("chưa chọn tỉnh nào.", "no province chosen."),
    "deck_too_many_provinces": ("quá {n} tỉnh.", "more than {n} provinces."),
    "deck_bad_province": ("không có tỉnh mã “{value}”.", "there is no province “{value}”."),
    "deck_today_frame": ("tỉnh “{value}” không thuộc 34 tỉnh hiện nay.", "province “{value}” is not one of today's 34."),
    "deck_bad_years": ("khoảng năm “{value}” không hợp lệ.", "the years “{value}” are not valid."),
    "deck_bad_chart": ("kiểu biểu đồ “{value}” không hợp lệ.", "chart type “{value}” is not valid."),
    "deck_bad_view": ("cách xem “{value}” không hợp lệ.", "view “{value}” is not valid."),
    "deck_bad_name": ("Tên bộ trình chiếu cần có chữ cái hoặc chữ số.", "A deck name needs letters or digits."),
    "deck_store_full": ("Đã lưu quá {n} bộ trình chiếu; hãy xóa bớt trước khi lưu.",
                        "More than {n} decks are saved; delete some first."),
    "deck_start_new": ("Tạo bộ trình chiếu mới", "Start a new deck"),
    "present_chart_type": ("Kiểu biểu đồ", "Chart type"),
    "present_chart_line": ("biểu đồ đường", "line chart"),
    "present_chart_bar": ("biểu đồ cột", "bar chart"),
    "present_years_range": ("Khoảng năm", "Years"),
    "present_new_slide": ("Trang chiếu mới", "New slide"),
    "present_editing": ("Sửa trang {n}", "Editing slide {n}"),
    "present_add": ("Thêm trang", "Add slide"),
    "present_update": ("Cập nhật trang {n}", "Update slide {n}"),
    "present_cancel": ("Hủy sửa", "Cancel"),
    "present_slides": ("Các trang chiếu ({n})", "Slides ({n})"),
    "present_no_slides": ("Chưa có trang nào. Chọn chỉ tiêu, tỉnh, khoảng năm rồi bấm “Thêm trang”.",
                          "No slides yet. Choose an indicator, provinces and years, then “Add slide”."),
    "present_move_up": ("Chuyển lên", "Move up"),
    "present_move_down": ("Chuyển xuống", "Move down"),
    "present_remove": ("Xóa", "Remove"),
    "present_edit": ("Sửa", "Edit"),
    "present_start": ("Bắt đầu trình chiếu", "Start presenting"),
    "present_link": ("Liên kết của bộ trình chiếu (gửi hoặc lưu lại để mở đúng bộ này)",
                     "Link to this deck (share or bookmark it to open exactly this deck)"),
    "present_save_title": ("Lưu và mở bộ trình chiếu", "Save and open decks"),
    "present_save_name": ("Tên bộ trình chiếu", "Deck name"),
    "present_save_help": ("Lưu trên máy chủ, cạnh kho dữ liệu, để mở lại từ danh sách bên dưới. Tên đã có không bị ghi đè.",
                          "Saved on the server beside the warehouse, to open again from the list below. An existing name is never overwritten."),
    "present_save": ("Lưu bộ này", "Save this deck"),
    "present_saved": ("Đã lưu “{name}”.", "Saved “{name}”."),
    "present_deleted": ("Đã xóa “{name}”.", "Deleted “{name}”."),
    "present_name_taken": ("Đã có bộ trình chiếu tên “{name}”; hãy chọn tên khác.",
                           "A deck named “{name}” already exists; choose another name."),
    "present_saved_decks": ("Bộ đã lưu", "Saved decks"),
    "present_load": ("Mở bộ đã chọn", "Open the chosen deck"),
    "present_delete": ("Xóa bộ đã chọn", "Delete the chosen deck"),
    "present_no_saved": ("Chưa lưu bộ nào.", "No saved decks yet."),
    "present_prev": ("Trước", "Previous"),
    "present_next": ("Sau", "Next"),
    "present_autoplay": ("Tự chuyển trang", "Auto-advance"),
    "present_seconds": ("Giây mỗi trang", "Seconds per slide"),
    "present_exit": ("Sửa bộ trình chiếu", "Edit the deck"),
    "present_fullscreen": ("Toàn màn hình", "Full screen"),
    "present_keys": ("Phím → hoặc Page Down: trang sau · ← hoặc Page Up: trang trước (bút trình chiếu dùng được).",
                     "→ or Page Down: next · ← or Page Up: previous (presentation clickers work)."),
    "present_qr": ("Quét để mở trang này trên điện thoại", "Scan to open this slide on your phone"),
    "present_localhost_only": (
        "Máy chủ đang chỉ nhận kết nối từ chính máy này (server.address = {addr}), nên điện thoại của người xem "
        "chưa mở được mã QR. Chạy lại với --server.address 0.0.0.0 trong mạng nội bộ.",
        "The server only accepts connections from this machine (server.address = {addr}), so attendees' phones "
        "cannot open the QR link yet. Restart it with --server.address 0.0.0.0 on the local network."),
    "slide_other_spans": ("Số liệu cho kỳ khác, không vẽ trên biểu đồ:", "Values for other periods, not drawn:"),
    "slide_uncertain": ("{n} số liệu chưa chắc chắn không được vẽ.", "{n} uncertain values are not drawn."),
    "slide_disagree": ("Các nguồn ghi khác nhau ở {n} số liệu trên biểu đồ.", "Sources disagree on {n} values drawn."),
    # --- merger switch and shared ---
    "scope_everything": ("tất cả các tỉnh", "all provinces"),
    "view_mode": ("Cách xem theo sáp nhập tỉnh 2025", "View across the 2025 merger"),
    "view_reported": ("Như đã báo cáo", "As reported"),
    "view_today": ("Theo 34 tỉnh hiện nay", "Today's 34 provinces"),
    "view_help": (
        "“Như đã báo cáo”: mỗi kỳ theo tỉnh đã báo cáo kỳ đó (63 tỉnh trước 1/7/2025). “Theo 34 tỉnh hiện nay”: kỳ trước "
        "1/7/2025 được dựng lại từ các tỉnh cũ — chỉ cộng số đếm khi mọi tỉnh cũ đều có số liệu; tỷ lệ, chỉ số, thứ hạng không cộng.",
        "“As reported”: each period in the provinces that reported it (63 before 1 Jul 2025). “Today's 34 provinces”: "
        "earlier periods rebuilt from the predecessors — counts summed only when every predecessor reported; rates, "
        "indices and ranks never summed."),
    "not_comparable": ("Không so sánh được", "Not comparable"),
}


DEFAULT_LANG = "vi"


def t(key: str, lang: str = "vi") -> str:
    """The interface text `key` in `lang` (Vietnamese unless "en")."""
    return pick(*TEXT[key], lang)


def pick(vi, en, lang: str):
    """One of a Vietnamese/English pair that comes with the data rather than from TEXT: a
    problem's message, a reason, an official name. The one place a language is chosen."""
    return en if lang == "en" else vi


def lang_param(lang: str) -> dict:
    """The query parameter a link carries for `lang`: none for Vietnamese, the default."""
    return {} if lang == DEFAULT_LANG else {"lang": lang}
