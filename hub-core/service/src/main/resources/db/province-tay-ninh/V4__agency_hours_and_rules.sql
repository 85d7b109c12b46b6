-- Demo data: what every Tây Ninh agency publishes under Nghị định 42/2022/NĐ-CP beside its focal
-- point: the address in English, working hours, and its rules for taking in and answering
-- feedback. Contacts are still to verify (see V3): no official contact list of the merged
-- province was found, so no agency's own phone number is invented; where none is known the
-- focal point's phone is the province's free hotline 1022, which takes every kind of feedback
-- for every agency. Administrators replace these in the console (Cơ quan / Agencies).
-- Hours: the civil service's working week (Monday to Friday, 8 hours a day); the exact times of
-- each office are to verify like its contact.
-- Rules: one text for provincial departments and one for communes' and wards' People's
-- Committees, following Decree 42/2022 and the hub's own process. They name no number of days:
-- the time limits by kind are the legal clocks the hub counts deadlines with, shown beside the
-- rules on each agency's page, so the two can never disagree.

UPDATE agency SET contact_phone = '1022' WHERE contact_phone = ''; -- contact to verify

UPDATE agency SET
  address_en = REPLACE(REPLACE(REPLACE(address_vi, 'Phường ', ''), 'Xã ', ''), ', tỉnh Tây Ninh', '')
WHERE address_en IS NULL;
UPDATE agency SET address_en = CONCAT(address_en, ' Ward, Tây Ninh Province')
WHERE address_vi LIKE 'Phường %';
UPDATE agency SET address_en = CONCAT(address_en, ' Commune, Tây Ninh Province')
WHERE address_vi LIKE 'Xã %';

UPDATE agency SET
  hours_vi = 'Thứ Hai đến Thứ Sáu: sáng 7:00–11:30, chiều 13:30–17:00 (trừ ngày nghỉ lễ, Tết). Phản ánh gửi qua Cổng, Zalo, ứng dụng được nhận mọi lúc; ngoài giờ làm việc, thời hạn tính từ ngày làm việc tiếp theo.',
  hours_en = 'Monday to Friday, 7:00–11:30 and 13:30–17:00 (closed on public holidays and Tết). Reports sent through the portal, Zalo or the app are taken at any time; outside working hours the time limit counts from the next working day.';

UPDATE agency SET
  rules_vi = CONCAT(
    'Quy chế tiếp nhận, xử lý và trả lời phản ánh, kiến nghị của ', name_vi,
    ' (công khai theo Nghị định 42/2022/NĐ-CP; áp dụng quy trình chung của Hệ thống tiếp nhận phản ánh, kiến nghị tỉnh Tây Ninh).
1. Tiếp nhận: qua Cổng tiếp nhận phản ánh, kiến nghị của tỉnh, Zalo OA của tỉnh, đường dây nóng 1022 (miễn phí) và ứng dụng đô thị thông minh của tỉnh. Mọi kênh vào cùng một hệ thống; người gửi nhận ngay một mã tra cứu.
2. Nội dung phản ánh cần nêu: sự việc cụ thể (việc gì, ở đâu, từ khi nào), xã, phường nơi xảy ra, có thể kèm ảnh; cách liên hệ (điện thoại, Zalo, e-mail) để cơ quan hỏi thêm và trả lời. Không gửi thông tin cá nhân của người khác nếu không cần thiết.
3. Phạm vi: cơ quan xử lý phản ánh, kiến nghị thuộc lĩnh vực mình quản lý trên toàn tỉnh. Việc không thuộc thẩm quyền được chuyển đến cơ quan có thẩm quyền; người gửi được báo tên cơ quan mới, lịch sử xử lý được giữ nguyên. Khiếu nại, tố cáo được giải quyết theo Luật Khiếu nại, Luật Tố cáo.
4. Thời hạn: theo từng loại việc, tính bằng ngày làm việc hoặc ngày theo luật định, kể từ ngày tiếp nhận, như bảng "Thời hạn giải quyết" trên trang này. Thời hạn tạm dừng khi cơ quan chờ người gửi bổ sung thông tin; việc gia hạn (nếu luật cho phép) được thông báo kèm lý do.
5. Thông báo: mỗi bước xử lý và kết quả được gửi qua chính kênh người dân đã dùng và hiển thị tại trang Tra cứu theo mã tra cứu. Trang công khai không hiển thị thông tin cá nhân.
6. Đánh giá: khi có kết quả, người gửi đánh giá mức độ hài lòng (1 đến 5 sao) hoặc báo "chưa khắc phục" qua đường dẫn riêng trong thông báo; phản ánh chưa khắc phục được mở lại để xử lý tiếp.
7. Phản ánh không nêu danh tính vẫn được tiếp nhận và xử lý, kết quả công khai theo mã tra cứu, nhưng cơ quan không thể trả lời riêng hoặc hỏi thêm người gửi.
8. Dữ liệu cá nhân được xử lý theo Nghị định 13/2023/NĐ-CP: chỉ dùng để giải quyết phản ánh, chỉ cán bộ xử lý được xem, không công khai.'),
  rules_en = CONCAT(
    'Rules of the ', name_en,
    ' for taking in, handling and answering feedback (published under Decree 42/2022/ND-CP; the Tây Ninh feedback hub''s common process applies).
1. Intake: through the province''s feedback portal, the province''s Zalo Official Account, the 1022 hotline (free) and the province''s smart-city app. Every channel goes into one system; the sender gets a tracking code at once.
2. What a report should say: the facts (what, where, since when), the commune or ward where it happens, photos if any; how to reach the sender (phone, Zalo, e-mail) for questions and the answer. Do not send other people''s personal data unless it is needed.
3. Scope: the agency handles feedback on the matters it manages across the province. A matter outside its competence is passed to the competent body; the sender is told which one, and the history is kept. Complaints and denunciations follow the Law on Complaints and the Law on Denunciations.
4. Time limits: by kind of item, in working days or days as the law sets them, from the day the item was received, as in the "Time limits" table on this page. The clock stops while the agency waits for the sender to add information; an extension, where the law allows one, is announced with its reason.
5. Notices: every step and the outcome are sent on the channel the citizen used and shown on the Track page under the tracking code. Public pages show no personal data.
6. Rating: once there is an outcome, the sender rates it (1 to 5 stars) or says "not fixed" through the private link in the notice; an item not fixed is reopened and handled again.
7. Anonymous reports are taken and handled, and their outcome is public under the tracking code, but the agency cannot answer the sender personally or ask them for more.
8. Personal data is processed under Decree 13/2023/ND-CP: used only to handle the feedback, seen only by the staff handling it, never published.'),
  rules_updated_on = '2026-12-02'
WHERE level = 'province';

UPDATE agency SET
  rules_vi = CONCAT(
    'Quy chế tiếp nhận, xử lý và trả lời phản ánh, kiến nghị của ', name_vi,
    ' (công khai theo Nghị định 42/2022/NĐ-CP; áp dụng quy trình chung của Hệ thống tiếp nhận phản ánh, kiến nghị tỉnh Tây Ninh). Đầu mối: ', focal_point_vi, '.
1. Tiếp nhận: qua Cổng tiếp nhận phản ánh, kiến nghị của tỉnh, Zalo OA của tỉnh, đường dây nóng 1022 (miễn phí) và ứng dụng đô thị thông minh của tỉnh. Mọi kênh vào cùng một hệ thống; người gửi nhận ngay một mã tra cứu.
2. Nội dung phản ánh cần nêu: sự việc cụ thể (việc gì, ở đâu: tên đường, tổ, ấp, khu phố; từ khi nào), có thể kèm ảnh; cách liên hệ (điện thoại, Zalo, e-mail) để cán bộ hỏi thêm và trả lời. Không gửi thông tin cá nhân của người khác nếu không cần thiết.
3. Phạm vi: Ủy ban nhân dân xử lý phản ánh, kiến nghị về việc trên địa bàn thuộc thẩm quyền cấp xã (đường do xã, phường quản lý, chiếu sáng, thu gom rác, trật tự, tiếng ồn...). Việc thuộc thẩm quyền của tỉnh (quốc lộ, đường tỉnh, đất đai...) được chuyển đến Sở có thẩm quyền; người gửi được báo tên cơ quan mới, lịch sử xử lý được giữ nguyên. Khiếu nại, tố cáo được giải quyết theo Luật Khiếu nại, Luật Tố cáo.
4. Thời hạn: theo từng loại việc, tính bằng ngày làm việc hoặc ngày theo luật định, kể từ ngày tiếp nhận, như bảng "Thời hạn giải quyết" trên trang này. Thời hạn tạm dừng khi cán bộ chờ người gửi bổ sung thông tin; việc gia hạn (nếu luật cho phép) được thông báo kèm lý do.
5. Thông báo: mỗi bước xử lý và kết quả được gửi qua chính kênh người dân đã dùng và hiển thị tại trang Tra cứu theo mã tra cứu. Trang công khai không hiển thị thông tin cá nhân.
6. Đánh giá: khi có kết quả, người gửi đánh giá mức độ hài lòng (1 đến 5 sao) hoặc báo "chưa khắc phục" qua đường dẫn riêng trong thông báo; phản ánh chưa khắc phục được mở lại để xử lý tiếp.
7. Phản ánh không nêu danh tính vẫn được tiếp nhận và xử lý, kết quả công khai theo mã tra cứu, nhưng cán bộ không thể trả lời riêng hoặc hỏi thêm người gửi.
8. Dữ liệu cá nhân được xử lý theo Nghị định 13/2023/NĐ-CP: chỉ dùng để giải quyết phản ánh, chỉ cán bộ xử lý được xem, không công khai.'),
  rules_en = CONCAT(
    'Rules of the ', name_en,
    ' for taking in, handling and answering feedback (published under Decree 42/2022/ND-CP; the Tây Ninh feedback hub''s common process applies). Focal point: ', focal_point_en, '.
1. Intake: through the province''s feedback portal, the province''s Zalo Official Account, the 1022 hotline (free) and the province''s smart-city app. Every channel goes into one system; the sender gets a tracking code at once.
2. What a report should say: the facts (what; where: the street, hamlet or neighbourhood; since when), photos if any; how to reach the sender (phone, Zalo, e-mail) for questions and the answer. Do not send other people''s personal data unless it is needed.
3. Scope: the People''s Committee handles feedback on matters in its area that a commune or ward decides (roads it manages, street lights, rubbish collection, public order, noise...). A matter for the province (national and provincial roads, land...) is passed to the competent department; the sender is told which one, and the history is kept. Complaints and denunciations follow the Law on Complaints and the Law on Denunciations.
4. Time limits: by kind of item, in working days or days as the law sets them, from the day the item was received, as in the "Time limits" table on this page. The clock stops while staff wait for the sender to add information; an extension, where the law allows one, is announced with its reason.
5. Notices: every step and the outcome are sent on the channel the citizen used and shown on the Track page under the tracking code. Public pages show no personal data.
6. Rating: once there is an outcome, the sender rates it (1 to 5 stars) or says "not fixed" through the private link in the notice; an item not fixed is reopened and handled again.
7. Anonymous reports are taken and handled, and their outcome is public under the tracking code, but staff cannot answer the sender personally or ask them for more.
8. Personal data is processed under Decree 13/2023/ND-CP: used only to handle the feedback, seen only by the staff handling it, never published.'),
  rules_updated_on = '2026-12-02'
WHERE level = 'commune';
