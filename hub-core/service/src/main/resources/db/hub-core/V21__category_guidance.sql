-- What a citizen should say in a report of each category, shown on the portal's report form when
-- the category is picked (GET /api/public/catalog: guidance, guidanceEn). Vietnamese first; a
-- province edits the texts like the rest of its catalog. NULL: the form shows the time limit only.
ALTER TABLE category ADD COLUMN guidance_vi VARCHAR(600) NULL;
ALTER TABLE category ADD COLUMN guidance_en VARCHAR(600) NULL;

UPDATE category SET
  guidance_vi = 'Ghi rõ tên đường, đoạn đường (gần số nhà, cột điện, cây số) và mức độ hư hỏng: ổ gà, sụt lún, nắp cống vỡ, cầu xuống cấp. Nếu có nguy hiểm ngay, hãy gọi 1022.',
  guidance_en = 'Give the street and the stretch (near a house number, a utility pole, a kilometre marker) and how bad it is: potholes, subsidence, a broken drain cover, a failing bridge. If it is dangerous now, call 1022.'
  WHERE code = 'ROAD_DAMAGE';
UPDATE category SET
  guidance_vi = 'Ghi số hiệu cột đèn (sơn trên cột) nếu thấy, tên đường và đèn tắt hay chập chờn từ khi nào. Dây điện rơi, hở điện: tránh xa và gọi ngay 1022.',
  guidance_en = 'Give the number painted on the lamp post if you can see it, the street, and since when the light is off or flickering. A fallen or bare wire: keep away and call 1022 at once.'
  WHERE code = 'STREET_LIGHT';
UPDATE category SET
  guidance_vi = 'Ghi nơi ngập, độ sâu ước chừng (mắt cá, đầu gối), ngập sau mưa bao lâu thì rút, và cống, mương nào bị tắc nếu biết.',
  guidance_en = 'Say where it floods, about how deep (ankle, knee), how long after the rain the water stays, and which drain or ditch is blocked if you know.'
  WHERE code = 'FLOOD_DRAINAGE';
UPDATE category SET
  guidance_vi = 'Ghi nơi có rác, loại rác (sinh hoạt, xây dựng, nguy hại) và rác tồn đọng bao lâu; nếu xe thu gom không đến, ghi ngày thu gom thường lệ.',
  guidance_en = 'Say where the rubbish is, what kind (household, building waste, hazardous) and for how long; if the collection truck did not come, give the usual collection day.'
  WHERE code = 'WASTE_SANITATION';
UPDATE category SET
  guidance_vi = 'Ghi nguồn gây ô nhiễm (cơ sở, cống xả, khói, mùi, tiếng ồn máy móc), thời điểm xảy ra trong ngày và từ khi nào. Không tự ý vào cơ sở để chụp ảnh.',
  guidance_en = 'Name the source (a business, an outfall, smoke, smell, machine noise), when in the day it happens and since when. Do not enter the premises to take photos.'
  WHERE code = 'POLLUTION';
UPDATE category SET
  guidance_vi = 'Ghi địa chỉ công trình, việc đang làm (xây mới, cơi nới, lấn chiếm) và từ khi nào; nếu thấy biển báo giấy phép xây dựng, ghi số giấy phép.',
  guidance_en = 'Give the site''s address, what is being built (new building, extension, encroachment) and since when; if a building-permit sign is shown, give its number.'
  WHERE code = 'ILLEGAL_CONSTRUCTION';
UPDATE category SET
  guidance_vi = 'Ghi số thửa, số tờ bản đồ hoặc số giấy chứng nhận nếu có, và việc bạn cần (cấp, đính chính, tranh chấp). Không ghi số căn cước của người khác.',
  guidance_en = 'Give the plot and map sheet number or the certificate number if you have them, and what you need (issue, correction, a dispute). Do not give other people''s ID numbers.'
  WHERE code = 'LAND';
UPDATE category SET
  guidance_vi = 'Ghi nơi và giờ thường xảy ra (đỗ xe sai, đua xe, biển báo, đèn tín hiệu hỏng). Tai nạn hoặc vi phạm đang diễn ra: gọi ngay 113.',
  guidance_en = 'Say where and at what time it usually happens (bad parking, street racing, signs, broken traffic lights). An accident or an offence in progress: call 113 now.'
  WHERE code = 'TRAFFIC_SAFETY';
UPDATE category SET
  guidance_vi = 'Ghi nơi, giờ và mức độ lặp lại (karaoke, tụ tập, tiếng ồn ban đêm). Việc khẩn cấp, đe dọa an toàn: gọi ngay 113.',
  guidance_en = 'Say where, when and how often (karaoke, gatherings, noise at night). An emergency or a threat to safety: call 113 now.'
  WHERE code = 'PUBLIC_ORDER';
UPDATE category SET
  guidance_vi = 'Ghi tên và địa chỉ cơ sở, ngày mua hoặc ăn, sản phẩm và biểu hiện. Giữ lại hóa đơn, bao bì. Ngộ độc nặng: đến ngay cơ sở y tế hoặc gọi 115.',
  guidance_en = 'Give the shop''s name and address, the day you bought or ate, the product and what happened. Keep the receipt and packaging. Severe poisoning: go to a clinic or call 115 now.'
  WHERE code = 'FOOD_SAFETY';
UPDATE category SET
  guidance_vi = 'Ghi tên cơ sở y tế, khoa, ngày khám và việc xảy ra. Không ghi kết quả khám, bệnh án của bạn hay người khác ở đây.',
  guidance_en = 'Give the clinic or hospital, the department, the day of the visit and what happened. Do not write your or anyone''s medical results or records here.'
  WHERE code = 'HEALTH_SERVICES';
UPDATE category SET
  guidance_vi = 'Ghi tên trường, lớp hoặc khối nếu liên quan và việc xảy ra (khoản thu, cơ sở vật chất, an toàn). Không ghi họ tên học sinh.',
  guidance_en = 'Give the school, the class or grade if it matters, and what happened (fees, facilities, safety). Do not give pupils'' names.'
  WHERE code = 'SCHOOLS';
UPDATE category SET
  guidance_vi = 'Ghi tên thủ tục, nơi nộp hồ sơ, mã hồ sơ nếu có, và điều bạn thấy cần sửa (giấy tờ thừa, trễ hẹn, thái độ phục vụ).',
  guidance_en = 'Name the procedure, where you filed it, its file number if any, and what should change (needless papers, missed dates, how you were served).'
  WHERE code = 'ADMIN_PROCEDURE';
UPDATE category SET
  guidance_vi = 'Ghi rõ thông tin bạn cần, của cơ quan nào, và cách nhận (thư điện tử, bản giấy). Thông tin đã công khai sẽ được chỉ nơi đăng.',
  guidance_en = 'Say what information you need, from which body, and how you want it (e-mail, paper). Information already published is answered with where to find it.'
  WHERE code = 'INFO_REQUEST';
UPDATE category SET
  guidance_vi = 'Ghi số, ngày và cơ quan ban hành quyết định hoặc hành vi bị khiếu nại, ngày bạn biết được và yêu cầu của bạn. Thời hiệu khiếu nại là 90 ngày.',
  guidance_en = 'Give the number, date and issuing body of the decision or act you complain about, when you learnt of it and what you ask. A complaint must be made within 90 days.'
  WHERE code = 'COMPLAINT';
UPDATE category SET
  guidance_vi = 'Ghi tên dự thảo hoặc văn bản, điều khoản bạn góp ý và đề xuất sửa cụ thể.',
  guidance_en = 'Name the draft or legal text, the article you comment on and the wording you propose.'
  WHERE code = 'LEGAL_DOC_FEEDBACK';
UPDATE category SET
  guidance_vi = 'Mô tả việc gì, ở đâu, từ khi nào và bạn mong muốn gì; cơ quan tiếp nhận sẽ chuyển đến nơi có thẩm quyền.',
  guidance_en = 'Say what, where, since when and what you expect; the hub passes it to the competent body.'
  WHERE code = 'OTHER';
