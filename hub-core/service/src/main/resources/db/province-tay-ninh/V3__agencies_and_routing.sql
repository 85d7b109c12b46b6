-- Demo data: the agencies and routing rules of Tây Ninh province (after 1 July 2025).
-- Provincial departments: the 12 departments every province has under Nghị định 45/2025/NĐ-CP (Sở Nội vụ, Tư pháp, Tài chính,
-- Công Thương, Nông nghiệp và Môi trường, Xây dựng, Khoa học và Công nghệ, Văn hóa Thể thao và Du lịch, Giáo dục và Đào tạo,
-- Y tế, Thanh tra tỉnh, Văn phòng UBND), plus Sở Dân tộc và Tôn giáo (reported for Tây Ninh in Sep 2025, to verify) and
-- Công an tỉnh (central vertical body, receives public-order reports). Ward/commune codes from V1 (Công văn 1027/CTK-CSCL).
-- No official contact list of the merged province was found: every e-mail below is only the usual @tayninh.gov.vn form,
-- phones are left empty, provincial addresses give only the administrative centre (phường Long An). All marked "contact to verify".
-- Focal point of a ward/commune: its Trung tâm Phục vụ hành chính công (set up from 1 July 2025, Thông báo 2559/TB-UBND 26/6/2025).

INSERT INTO agency (code, name_vi, name_en, level, commune_code, focal_point_vi, focal_point_en, contact_phone, contact_email, address_vi, info_rules_url) VALUES
('VPUBND', 'Văn phòng Ủy ban nhân dân tỉnh Tây Ninh', 'Office of the Tây Ninh Provincial People''s Committee', 'province', NULL, 'Bộ phận tiếp nhận, xử lý phản ánh, kiến nghị - Văn phòng UBND tỉnh', 'Feedback reception unit, Office of the Provincial People''s Committee', '', 'vpubnd@tayninh.gov.vn', 'Phường Long An, tỉnh Tây Ninh', NULL), -- contact to verify
('SNV', 'Sở Nội vụ tỉnh Tây Ninh', 'Tây Ninh Department of Home Affairs', 'province', NULL, 'Văn phòng Sở Nội vụ', 'Office of the Department of Home Affairs', '', 'snv@tayninh.gov.vn', 'Phường Long An, tỉnh Tây Ninh', NULL), -- contact to verify
('STP', 'Sở Tư pháp tỉnh Tây Ninh', 'Tây Ninh Department of Justice', 'province', NULL, 'Văn phòng Sở Tư pháp', 'Office of the Department of Justice', '', 'stp@tayninh.gov.vn', 'Phường Long An, tỉnh Tây Ninh', NULL), -- contact to verify
('STC', 'Sở Tài chính tỉnh Tây Ninh', 'Tây Ninh Department of Finance', 'province', NULL, 'Văn phòng Sở Tài chính', 'Office of the Department of Finance', '', 'stc@tayninh.gov.vn', 'Phường Long An, tỉnh Tây Ninh', NULL), -- contact to verify
('SCT', 'Sở Công Thương tỉnh Tây Ninh', 'Tây Ninh Department of Industry and Trade', 'province', NULL, 'Văn phòng Sở Công Thương', 'Office of the Department of Industry and Trade', '', 'sct@tayninh.gov.vn', 'Phường Long An, tỉnh Tây Ninh', NULL), -- contact to verify
('SNNMT', 'Sở Nông nghiệp và Môi trường tỉnh Tây Ninh', 'Tây Ninh Department of Agriculture and Environment', 'province', NULL, 'Văn phòng Sở Nông nghiệp và Môi trường', 'Office of the Department of Agriculture and Environment', '', 'snnmt@tayninh.gov.vn', 'Phường Long An, tỉnh Tây Ninh', NULL), -- contact to verify
('SXD', 'Sở Xây dựng tỉnh Tây Ninh', 'Tây Ninh Department of Construction', 'province', NULL, 'Văn phòng Sở Xây dựng', 'Office of the Department of Construction', '', 'sxd@tayninh.gov.vn', 'Phường Long An, tỉnh Tây Ninh', NULL), -- contact to verify
('SKHCN', 'Sở Khoa học và Công nghệ tỉnh Tây Ninh', 'Tây Ninh Department of Science and Technology', 'province', NULL, 'Văn phòng Sở Khoa học và Công nghệ', 'Office of the Department of Science and Technology', '', 'skhcn@tayninh.gov.vn', 'Phường Long An, tỉnh Tây Ninh', NULL), -- contact to verify
('SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Ninh', 'Tây Ninh Department of Culture, Sports and Tourism', 'province', NULL, 'Văn phòng Sở Văn hóa, Thể thao và Du lịch', 'Office of the Department of Culture, Sports and Tourism', '', 'svhttdl@tayninh.gov.vn', 'Phường Long An, tỉnh Tây Ninh', NULL), -- contact to verify
('SGDDT', 'Sở Giáo dục và Đào tạo tỉnh Tây Ninh', 'Tây Ninh Department of Education and Training', 'province', NULL, 'Văn phòng Sở Giáo dục và Đào tạo', 'Office of the Department of Education and Training', '', 'sgddt@tayninh.gov.vn', 'Phường Long An, tỉnh Tây Ninh', NULL), -- contact to verify
('SYT', 'Sở Y tế tỉnh Tây Ninh', 'Tây Ninh Department of Health', 'province', NULL, 'Văn phòng Sở Y tế', 'Office of the Department of Health', '', 'syt@tayninh.gov.vn', 'Phường Long An, tỉnh Tây Ninh', NULL), -- contact to verify
('TTT', 'Thanh tra tỉnh Tây Ninh', 'Tây Ninh Provincial Inspectorate', 'province', NULL, 'Bộ phận tiếp công dân và xử lý đơn thư - Thanh tra tỉnh', 'Citizen reception and petitions unit, Provincial Inspectorate', '', 'thanhtra@tayninh.gov.vn', 'Phường Long An, tỉnh Tây Ninh', NULL), -- contact to verify
('SDTTG', 'Sở Dân tộc và Tôn giáo tỉnh Tây Ninh', 'Tây Ninh Department of Ethnic and Religious Affairs', 'province', NULL, 'Văn phòng Sở Dân tộc và Tôn giáo', 'Office of the Department of Ethnic and Religious Affairs', '', 'sdttg@tayninh.gov.vn', 'Phường Long An, tỉnh Tây Ninh', NULL), -- contact to verify
('CAT', 'Công an tỉnh Tây Ninh', 'Tây Ninh Provincial Police', 'province', NULL, 'Bộ phận tiếp công dân - Công an tỉnh', 'Citizen reception unit, Provincial Police', '', 'congan@tayninh.gov.vn', 'Phường Long An, tỉnh Tây Ninh', NULL), -- contact to verify
('UBND-27712', 'Ủy ban nhân dân phường Tân An', 'People''s Committee of Tân An Ward', 'commune', '27712', 'Trung tâm Phục vụ hành chính công phường Tân An', 'Public Administrative Service Centre of Tân An Ward', '', 'ubndptanan@tayninh.gov.vn', 'Phường Tân An, tỉnh Tây Ninh', NULL), -- contact to verify
('UBND-27694', 'Ủy ban nhân dân phường Long An', 'People''s Committee of Long An Ward', 'commune', '27694', 'Trung tâm Phục vụ hành chính công phường Long An', 'Public Administrative Service Centre of Long An Ward', '', 'ubndplongan@tayninh.gov.vn', 'Phường Long An, tỉnh Tây Ninh', NULL), -- contact to verify
('UBND-25459', 'Ủy ban nhân dân phường Tân Ninh', 'People''s Committee of Tân Ninh Ward', 'commune', '25459', 'Trung tâm Phục vụ hành chính công phường Tân Ninh', 'Public Administrative Service Centre of Tân Ninh Ward', '', 'ubndptanninh@tayninh.gov.vn', 'Phường Tân Ninh, tỉnh Tây Ninh', NULL), -- contact to verify
('UBND-27787', 'Ủy ban nhân dân phường Kiến Tường', 'People''s Committee of Kiến Tường Ward', 'commune', '27787', 'Trung tâm Phục vụ hành chính công phường Kiến Tường', 'Public Administrative Service Centre of Kiến Tường Ward', '', 'ubndpkientuong@tayninh.gov.vn', 'Phường Kiến Tường, tỉnh Tây Ninh', NULL), -- contact to verify
('UBND-25708', 'Ủy ban nhân dân phường Trảng Bàng', 'People''s Committee of Trảng Bàng Ward', 'commune', '25708', 'Trung tâm Phục vụ hành chính công phường Trảng Bàng', 'Public Administrative Service Centre of Trảng Bàng Ward', '', 'ubndptrangbang@tayninh.gov.vn', 'Phường Trảng Bàng, tỉnh Tây Ninh', NULL), -- contact to verify
('UBND-27937', 'Ủy ban nhân dân xã Đức Hòa', 'People''s Committee of Đức Hòa Commune', 'commune', '27937', 'Trung tâm Phục vụ hành chính công xã Đức Hòa', 'Public Administrative Service Centre of Đức Hòa Commune', '', 'ubndxduchoa@tayninh.gov.vn', 'Xã Đức Hòa, tỉnh Tây Ninh', NULL); -- contact to verify

-- Routing: most specific rule first (category + commune, then category alone). COMPLAINT and OTHER have no rule: coordinator triage.
INSERT INTO routing_rule (id, category_code, commune_code, agency_code, note) VALUES
(1, 'ROAD_DAMAGE', NULL, 'SXD', 'Giao thông thuộc Sở Xây dựng từ 2025 (hợp nhất Sở Giao thông vận tải)'),
(2, 'STREET_LIGHT', NULL, 'SXD', 'Hạ tầng kỹ thuật đô thị, chiếu sáng công cộng'),
(3, 'FLOOD_DRAINAGE', NULL, 'SXD', 'Thoát nước đô thị (thủy lợi chuyển Sở Nông nghiệp và Môi trường)'),
(4, 'WASTE_SANITATION', NULL, 'SNNMT', 'Quản lý chất thải rắn'),
(5, 'POLLUTION', NULL, 'SNNMT', 'Bảo vệ môi trường'),
(6, 'ILLEGAL_CONSTRUCTION', NULL, 'SXD', 'Trật tự xây dựng'),
(7, 'LAND', NULL, 'SNNMT', 'Đất đai, đăng ký đất đai'),
(8, 'TRAFFIC_SAFETY', NULL, 'CAT', 'Cảnh sát giao thông'),
(9, 'PUBLIC_ORDER', NULL, 'CAT', 'An ninh trật tự'),
(10, 'FOOD_SAFETY', NULL, 'SYT', 'An toàn thực phẩm (phối hợp Sở Nông nghiệp và Môi trường, Sở Công Thương)'),
(11, 'HEALTH_SERVICES', NULL, 'SYT', 'Khám bệnh, chữa bệnh'),
(12, 'SCHOOLS', NULL, 'SGDDT', 'Giáo dục và đào tạo'),
(13, 'ADMIN_PROCEDURE', NULL, 'VPUBND', 'Phản ánh, kiến nghị về quy định hành chính (Nghị định 20/2008/NĐ-CP)'),
(14, 'INFO_REQUEST', NULL, 'VPUBND', 'Đầu mối cung cấp thông tin của UBND tỉnh'),
(15, 'LEGAL_DOC_FEEDBACK', NULL, 'STP', 'Thẩm định, kiểm tra văn bản quy phạm pháp luật'),
(16, 'STREET_LIGHT', '27712', 'UBND-27712', 'Chiếu sáng trên địa bàn'),
(17, 'WASTE_SANITATION', '27712', 'UBND-27712', 'Thu gom rác trên địa bàn'),
(18, 'ROAD_DAMAGE', '27712', 'UBND-27712', 'Đường do xã, phường quản lý (quốc lộ, đường tỉnh: chuyển Sở Xây dựng)'),
(19, 'PUBLIC_ORDER', '27712', 'UBND-27712', 'Trật tự, tiếng ồn trên địa bàn'),
(20, 'STREET_LIGHT', '27694', 'UBND-27694', 'Chiếu sáng trên địa bàn'),
(21, 'WASTE_SANITATION', '27694', 'UBND-27694', 'Thu gom rác trên địa bàn'),
(22, 'ROAD_DAMAGE', '27694', 'UBND-27694', 'Đường do xã, phường quản lý (quốc lộ, đường tỉnh: chuyển Sở Xây dựng)'),
(23, 'PUBLIC_ORDER', '27694', 'UBND-27694', 'Trật tự, tiếng ồn trên địa bàn'),
(24, 'STREET_LIGHT', '25459', 'UBND-25459', 'Chiếu sáng trên địa bàn'),
(25, 'WASTE_SANITATION', '25459', 'UBND-25459', 'Thu gom rác trên địa bàn'),
(26, 'ROAD_DAMAGE', '25459', 'UBND-25459', 'Đường do xã, phường quản lý (quốc lộ, đường tỉnh: chuyển Sở Xây dựng)'),
(27, 'PUBLIC_ORDER', '25459', 'UBND-25459', 'Trật tự, tiếng ồn trên địa bàn'),
(28, 'STREET_LIGHT', '27787', 'UBND-27787', 'Chiếu sáng trên địa bàn'),
(29, 'WASTE_SANITATION', '27787', 'UBND-27787', 'Thu gom rác trên địa bàn'),
(30, 'ROAD_DAMAGE', '27787', 'UBND-27787', 'Đường do xã, phường quản lý (quốc lộ, đường tỉnh: chuyển Sở Xây dựng)'),
(31, 'PUBLIC_ORDER', '27787', 'UBND-27787', 'Trật tự, tiếng ồn trên địa bàn'),
(32, 'STREET_LIGHT', '25708', 'UBND-25708', 'Chiếu sáng trên địa bàn'),
(33, 'WASTE_SANITATION', '25708', 'UBND-25708', 'Thu gom rác trên địa bàn'),
(34, 'ROAD_DAMAGE', '25708', 'UBND-25708', 'Đường do xã, phường quản lý (quốc lộ, đường tỉnh: chuyển Sở Xây dựng)'),
(35, 'PUBLIC_ORDER', '25708', 'UBND-25708', 'Trật tự, tiếng ồn trên địa bàn'),
(36, 'STREET_LIGHT', '27937', 'UBND-27937', 'Chiếu sáng trên địa bàn'),
(37, 'WASTE_SANITATION', '27937', 'UBND-27937', 'Thu gom rác trên địa bàn'),
(38, 'ROAD_DAMAGE', '27937', 'UBND-27937', 'Đường do xã, phường quản lý (quốc lộ, đường tỉnh: chuyển Sở Xây dựng)'),
(39, 'PUBLIC_ORDER', '27937', 'UBND-27937', 'Trật tự, tiếng ồn trên địa bàn');
