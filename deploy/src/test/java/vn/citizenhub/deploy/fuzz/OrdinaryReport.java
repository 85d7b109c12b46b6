package vn.citizenhub.deploy.fuzz;

/** The web report a citizen of Phường Kiến Tường sends about a road: routed to its committee. */
final class OrdinaryReport {

  private OrdinaryReport() {}

  static String json() {
    return """
        {"kind": "REPORT", "categoryCode": "ROAD_DAMAGE",
         "description": "Ổ gà lớn giữa đường, xe máy dễ té vào ban đêm.",
         "location": {"address": "Đường Nguyễn Huệ, phường Kiến Tường"},
         "name": "Trần Thị Thu", "phone": "0912 345 678",
         "consent": {"given": true, "textVersion": "web-2025-07"}}
        """;
  }
}
