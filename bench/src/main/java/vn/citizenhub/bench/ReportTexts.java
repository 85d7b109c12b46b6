package vn.citizenhub.bench;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * What synthetic citizens write: a few Vietnamese templates per category, with a street, a house
 * number, a landmark and a number of days filled in, so descriptions vary and search has real
 * words to find ("duong" finds "đường").
 */
final class ReportTexts {

  static final List<String> STREETS = List.of("Hùng Vương", "Trần Hưng Đạo", "Nguyễn Trãi",
      "Lê Lợi", "Cách Mạng Tháng Tám", "Nguyễn Huệ", "Quốc lộ 22", "Quốc lộ 1", "Đường tỉnh 781",
      "Trưng Nữ Vương", "Phạm Văn Đồng", "30 Tháng 4", "Lý Thường Kiệt", "Võ Văn Tần",
      "Nguyễn Thị Minh Khai", "Bà Triệu", "Điện Biên Phủ", "Trương Định", "Nguyễn Chí Thanh",
      "Huỳnh Tấn Phát");

  private static final List<String> LANDMARKS = List.of("chợ", "trường tiểu học",
      "trạm y tế", "ngã tư", "cầu", "UBND xã", "nhà văn hóa ấp", "chùa", "bến xe", "công viên");

  private static final List<String> GENERIC = List.of(
      "Đề nghị cơ quan chức năng kiểm tra, xử lý tại {so} đường {duong}, gần {moc}. Tình trạng"
          + " kéo dài {ngay} ngày, người dân rất bức xúc.",
      "Người dân phản ánh sự việc tại khu vực gần {moc} trên đường {duong} đã {ngay} ngày chưa"
          + " được giải quyết. Mong được xem xét sớm.");

  private static final Map<String, List<String>> BY_CATEGORY = Map.ofEntries(
      Map.entry("ROAD_DAMAGE", List.of(
          "Mặt đường {duong} đoạn trước số {so} bị sụt lún, ổ gà sâu gần {moc}, xe máy đã té ngã"
              + " nhiều lần trong {ngay} ngày qua.",
          "Cầu gần {moc} trên đường {duong} bị nứt lan can, mặt cầu bong tróc, rất nguy hiểm cho"
              + " học sinh đi qua.")),
      Map.entry("STREET_LIGHT", List.of(
          "Đèn đường trước số {so} {duong} tắt {ngay} đêm liền, khu vực gần {moc} tối om, mất an"
              + " toàn.",
          "Cụm đèn chiếu sáng công cộng trên đường {duong} chập chờn, có cột đèn nghiêng gần {moc}.")),
      Map.entry("FLOOD_DRAINAGE", List.of(
          "Mỗi khi mưa lớn, đường {duong} đoạn gần {moc} ngập sâu, nước tràn vào nhà dân. Cống"
              + " thoát nước bị tắc {ngay} ngày nay.",
          "Nắp cống trước số {so} {duong} bị vỡ, nước thải ứ đọng bốc mùi hôi.")),
      Map.entry("WASTE_SANITATION", List.of(
          "Rác thải tập kết trái phép tại góc đường {duong} gần {moc}, {ngay} ngày không được thu"
              + " gom, ruồi muỗi nhiều.",
          "Xe thu gom rác không đến khu vực số {so} {duong} đã {ngay} ngày, rác tràn ra lòng"
              + " đường.")),
      Map.entry("POLLUTION", List.of(
          "Cơ sở sản xuất gần {moc} trên đường {duong} xả khói và nước thải ra kênh, gây ô nhiễm"
              + " môi trường nghiêm trọng.",
          "Mùi hôi nồng nặc từ trại chăn nuôi gần {moc} suốt {ngay} ngày, người dân không thể"
              + " sinh hoạt bình thường.")),
      Map.entry("ILLEGAL_CONSTRUCTION", List.of(
          "Công trình tại số {so} đường {duong} xây dựng lấn chiếm hành lang an toàn giao thông,"
              + " không có giấy phép.",
          "Nhà dân gần {moc} đang xây thêm tầng sai phép, vật liệu xây dựng chiếm vỉa hè {ngay}"
              + " ngày.")),
      Map.entry("LAND", List.of(
          "Hồ sơ cấp giấy chứng nhận quyền sử dụng đất của gia đình tại {duong} nộp đã lâu nhưng"
              + " chưa có kết quả.",
          "Tranh chấp ranh giới đất với hộ liền kề gần {moc}, đề nghị cơ quan đo đạc, xác minh.")),
      Map.entry("TRAFFIC_SAFETY", List.of(
          "Xe tải chạy quá tốc độ trên đường {duong} đoạn gần {moc}, nhiều vụ va chạm trong {ngay}"
              + " ngày qua.",
          "Đề nghị lắp biển báo và gờ giảm tốc tại ngã tư {duong} gần {moc}.")),
      Map.entry("PUBLIC_ORDER", List.of(
          "Quán karaoke tại số {so} {duong} hát to đến khuya, tiếng ồn ảnh hưởng giấc ngủ người"
              + " dân.",
          "Nhóm thanh niên tụ tập gây mất trật tự gần {moc} trên đường {duong} vào ban đêm.")),
      Map.entry("FOOD_SAFETY", List.of(
          "Cơ sở kinh doanh thực phẩm gần {moc} không bảo đảm vệ sinh an toàn thực phẩm, bán hàng"
              + " không rõ nguồn gốc.",
          "Nhiều người bị đau bụng sau khi ăn tại quán số {so} {duong}, đề nghị kiểm tra.")),
      Map.entry("HEALTH_SERVICES", List.of(
          "Trạm y tế gần {moc} thường xuyên đóng cửa sớm, người bệnh phải chờ lâu.",
          "Thái độ phục vụ của nhân viên bệnh viện chưa tốt, thủ tục khám bảo hiểm y tế rườm rà.")),
      Map.entry("SCHOOLS", List.of(
          "Trường học gần {moc} thu các khoản ngoài quy định đầu năm học, phụ huynh bức xúc.",
          "Phòng học của trường trên đường {duong} bị dột, bàn ghế hư hỏng {ngay} ngày chưa sửa.")),
      Map.entry("ADMIN_PROCEDURE", List.of(
          "Thủ tục đăng ký hộ kinh doanh tại bộ phận một cửa còn yêu cầu nhiều giấy tờ không cần"
              + " thiết.",
          "Đề nghị rút ngắn thời gian giải quyết thủ tục chứng thực, hiện phải chờ {ngay} ngày.")),
      Map.entry("INFO_REQUEST", List.of(
          "Đề nghị cung cấp thông tin quy hoạch sử dụng đất khu vực đường {duong}, gần {moc}.",
          "Xin cung cấp danh sách dự án đầu tư công đang triển khai trên địa bàn.")),
      Map.entry("COMPLAINT", List.of(
          "Khiếu nại quyết định xử phạt vi phạm hành chính về trật tự xây dựng tại số {so}"
              + " {duong}.",
          "Khiếu nại về việc bồi thường, hỗ trợ khi thu hồi đất làm đường {duong}.")),
      Map.entry("LEGAL_DOC_FEEDBACK", List.of(
          "Góp ý dự thảo quy định về quản lý vỉa hè: đề nghị làm rõ trách nhiệm của hộ kinh"
              + " doanh.",
          "Góp ý văn bản quy phạm pháp luật về phí trông giữ xe, mức thu còn cao.")));

  private ReportTexts() {}

  static String description(String categoryCode, String commune, RandomGenerator random) {
    List<String> templates = BY_CATEGORY.getOrDefault(categoryCode, GENERIC);
    String template = random.nextInt(5) == 0
        ? GENERIC.get(random.nextInt(GENERIC.size()))
        : templates.get(random.nextInt(templates.size()));
    return fill(template, random) + (random.nextBoolean() ? "" : " (" + commune + ")");
  }

  static String address(String commune, RandomGenerator random) {
    return (1 + random.nextInt(400)) + " đường " + STREETS.get(random.nextInt(STREETS.size()))
        + ", " + commune;
  }

  private static String fill(String template, RandomGenerator random) {
    return template
        .replace("{so}", Integer.toString(1 + random.nextInt(400)))
        .replace("{duong}", STREETS.get(random.nextInt(STREETS.size())))
        .replace("{moc}", LANDMARKS.get(random.nextInt(LANDMARKS.size())))
        .replace("{ngay}", Integer.toString(2 + random.nextInt(28)));
  }
}
