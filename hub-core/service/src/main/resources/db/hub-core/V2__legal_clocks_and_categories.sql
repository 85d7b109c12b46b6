-- The hub's kinds of items and their legal clocks (national law, the same in every province):
-- clock rules with their legal basis, and the categories citizens choose from.

INSERT INTO clock_rule (code, name_vi, name_en, day_type, first_response_days, resolution_days, extension_days, legal_basis) VALUES
('PAKN_10WD', 'Phản ánh, kiến nghị', 'Report or suggestion', 'WORKING', 3, 10, 0, 'Nghị định 20/2008/NĐ-CP, sửa đổi bởi Nghị định 92/2017/NĐ-CP. Tỉnh tự quy định thời hạn trả lời: 10 ngày làm việc là giá trị mặc định, cấu hình được (provinces set the deadline, configurable).'),
('INFO_SIMPLE_3WD', 'Yêu cầu cung cấp thông tin đơn giản, có sẵn', 'Simple request for available information', 'WORKING', 3, 3, 0, 'Luật Tiếp cận thông tin 104/2016/QH13: yêu cầu qua mạng, thông tin đơn giản, có sẵn - 3 ngày làm việc (qua bưu điện, fax: 5 ngày làm việc).'),
('INFO_COMPLEX_15WD', 'Yêu cầu cung cấp thông tin phức tạp', 'Complex request for information', 'WORKING', 3, 15, 15, 'Luật Tiếp cận thông tin 104/2016/QH13: thông báo trong 3 ngày làm việc, cung cấp trong 15 ngày làm việc, gia hạn một lần tối đa 15 ngày có thông báo.'),
('COMPLAINT_30D', 'Khiếu nại lần đầu', 'First-time complaint', 'CALENDAR', 10, 30, 15, 'Luật Khiếu nại 2011: thụ lý trong 10 ngày (Điều 27), giải quyết lần đầu không quá 30 ngày kể từ ngày thụ lý, vụ việc phức tạp 45 ngày, vùng sâu vùng xa thêm 15 ngày (Điều 28).'),
('LEGAL_DOC_15D', 'Góp ý, phản ánh về văn bản quy phạm pháp luật', 'Feedback on legal documents', 'CALENDAR', 15, 15, 0, 'Công điện 89/CĐ-TTg ngày 16/6/2025 của Thủ tướng Chính phủ: trả lời trong 15 ngày.');

INSERT INTO category (code, name_vi, name_en, kind, clock_code) VALUES
('ROAD_DAMAGE', 'Hư hỏng đường, cầu giao thông', 'Damaged roads and bridges', 'REPORT', 'PAKN_10WD'),
('STREET_LIGHT', 'Đèn chiếu sáng công cộng hư hỏng', 'Broken street lights', 'REPORT', 'PAKN_10WD'),
('FLOOD_DRAINAGE', 'Ngập úng, thoát nước', 'Flooding and drainage', 'REPORT', 'PAKN_10WD'),
('WASTE_SANITATION', 'Rác thải, vệ sinh môi trường', 'Garbage and sanitation', 'REPORT', 'PAKN_10WD'),
('POLLUTION', 'Ô nhiễm môi trường', 'Environmental pollution', 'REPORT', 'PAKN_10WD'),
('ILLEGAL_CONSTRUCTION', 'Xây dựng trái phép, sai phép', 'Illegal or non-compliant construction', 'REPORT', 'PAKN_10WD'),
('LAND', 'Đất đai, giấy chứng nhận quyền sử dụng đất', 'Land and land-use certificates', 'REPORT', 'PAKN_10WD'),
('TRAFFIC_SAFETY', 'Trật tự, an toàn giao thông', 'Traffic safety and order', 'REPORT', 'PAKN_10WD'),
('PUBLIC_ORDER', 'An ninh, trật tự, tiếng ồn', 'Public order and noise', 'REPORT', 'PAKN_10WD'),
('FOOD_SAFETY', 'An toàn thực phẩm', 'Food safety', 'REPORT', 'PAKN_10WD'),
('HEALTH_SERVICES', 'Dịch vụ y tế, khám chữa bệnh', 'Health services', 'REPORT', 'PAKN_10WD'),
('SCHOOLS', 'Trường học, giáo dục', 'Schools and education', 'REPORT', 'PAKN_10WD'),
('ADMIN_PROCEDURE', 'Thủ tục hành chính, quy định hành chính', 'Administrative procedures and regulations', 'SUGGESTION', 'PAKN_10WD'),
('INFO_REQUEST', 'Yêu cầu cung cấp thông tin', 'Request for information', 'INFORMATION_REQUEST', 'INFO_SIMPLE_3WD'),
('COMPLAINT', 'Khiếu nại', 'Complaint', 'COMPLAINT', 'COMPLAINT_30D'),
('LEGAL_DOC_FEEDBACK', 'Góp ý dự thảo, văn bản quy phạm pháp luật', 'Feedback on draft and legal documents', 'SUGGESTION', 'LEGAL_DOC_15D'),
('OTHER', 'Khác', 'Other', 'QUESTION', 'PAKN_10WD');
