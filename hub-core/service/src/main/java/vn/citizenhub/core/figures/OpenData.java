package vn.citizenhub.core.figures;

import java.util.List;

/**
 * The open data's licence, source and data dictionary: the columns of the de-identified tickets'
 * CSV ({@link TicketCsv}), each with its type and meaning. No column holds a name, phone, e-mail,
 * address, description, position or citizen id.
 */
public final class OpenData {

  public static final String LICENCE = "Giấy phép dữ liệu mở / Open data licence: CC BY 4.0"
      + " (https://creativecommons.org/licenses/by/4.0/)";
  public static final String LICENCE_SHORT = "CC-BY-4.0";
  public static final String SOURCE = "Hệ thống tiếp nhận phản ánh, kiến nghị của tỉnh"
      + " / The province's citizen feedback hub";

  /** One CSV column: its name, type and meaning in Vietnamese and English. */
  public record Column(String name, String type, String meaning, String meaningEn) {}

  public static final List<Column> COLUMNS = List.of(
      new Column("tracking_code", "text", "Mã tra cứu công khai của phản ánh (tra tại /track)",
          "The report's public tracking code (look it up at /track)"),
      new Column("kind", "text", "Loại: phản ánh, kiến nghị, yêu cầu cung cấp thông tin…",
          "Kind: report, petition, information request…"),
      new Column("category_code", "text", "Mã lĩnh vực (xem /api/public/catalog)",
          "Category code (see /api/public/catalog)"),
      new Column("commune_code", "text", "Mã xã, phường nơi xảy ra (trống nếu chưa xác định)",
          "Code of the commune or ward concerned (empty if not known)"),
      new Column("agency_code", "text", "Mã cơ quan giải quyết (trống nếu chưa phân công)",
          "Code of the agency handling it (empty if not yet assigned)"),
      new Column("channel", "text", "Kênh tiếp nhận: WEB, APP, ZALO, HOTLINE, OPEN311…",
          "Channel it came through: WEB, APP, ZALO, HOTLINE, OPEN311…"),
      new Column("received_date", "date (YYYY-MM-DD)", "Ngày tiếp nhận (giờ Việt Nam)",
          "Date received (Vietnam time)"),
      new Column("first_response_date", "date (YYYY-MM-DD)",
          "Ngày cơ quan phản hồi lần đầu (trống nếu chưa)",
          "Date of the agency's first response (empty if none yet)"),
      new Column("due_date", "date (YYYY-MM-DD)", "Hạn giải quyết theo quy định",
          "Legal due date for resolution"),
      new Column("resolved_date", "date (YYYY-MM-DD)",
          "Ngày giải quyết gần nhất (trống nếu chưa giải quyết)",
          "Date of the latest resolution (empty if not resolved)"),
      new Column("status", "text", "Tình trạng hiện tại: RECEIVED, ROUTED, IN_PROGRESS, RESOLVED,"
          + " CLOSED, REOPENED…", "Current status: RECEIVED, ROUTED, IN_PROGRESS, RESOLVED,"
          + " CLOSED, REOPENED…"),
      new Column("on_time", "true/false/empty", "Giải quyết đúng hạn hay không (trống nếu chưa"
          + " giải quyết hoặc là phản ánh trùng)", "Resolved on time or not (empty if not"
          + " resolved, or a merged duplicate)"),
      new Column("closure_code", "text", "Mã kết quả khi giải quyết (trống nếu chưa)",
          "Outcome code given at resolution (empty if none)"),
      new Column("duplicate", "true/false", "Đã được gộp vào một phản ánh trùng",
          "Merged into another report as its duplicate"),
      new Column("ratings", "integer", "Số đánh giá của người dân", "Number of citizens' ratings"),
      new Column("ratings_satisfied", "integer", "Số đánh giá 4 hoặc 5 sao",
          "Number of ratings of 4 or 5 stars"));

  private OpenData() {}
}
