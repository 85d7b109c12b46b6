package vn.citizenhub.deploy.fuzz;

import static vn.citizenhub.deploy.fuzz.FuzzRandom.weight;

import java.util.List;
import vn.citizenhub.deploy.fuzz.FuzzRandom.Gen;

/**
 * Bodies of PUT /api/staff/agencies/{code}: every field of an agency's published contact,
 * ordinary, hostile or missing; the texts (written freely by administrators) hostile more often.
 */
final class AgencyContactInputs {

  /** Real agencies of the demo province, and path codes that are none. */
  static final List<String> CODES = List.of("UBND-27712", "SXD", "UBND-27937");
  private static final List<String> NOT_CODES = List.of("KHONG-CO", "ubnd-27712", "%00", "%20",
      "UBND-27712%0A", "a".repeat(41), "a".repeat(5000), "..%2F..%2Fetc", "UBND-27712.js",
      "%E1%BB%93");

  private static final Gen<String> BODY = body();

  private AgencyContactInputs() {}

  static AgencyCase cases(FuzzRandom r) {
    boolean administrator = r.frequency(weight(8, x -> true), weight(1, x -> false));
    String code = r.frequency(weight(20, x -> x.oneOf(CODES)), weight(1, x -> x.oneOf(NOT_CODES)));
    String contentType = r.frequency(
        weight(20, x -> "application/json"),
        weight(1, x -> x.oneOf("text/plain", "application/xml",
            "application/json; charset=nonsense", "application/x-www-form-urlencoded")));
    String body = r.frequency(weight(12, BODY), weight(1, WebReportInputs::wholeBody));
    return new AgencyCase(administrator, code, contentType, body);
  }

  private static Gen<String> body() {
    Gen<String> text = r -> JsonText.quote(r.frequency(
        weight(1, x -> x.oneOf(Hostile.SENTENCES)),
        weight(2, Hostile::text)));
    return Form.object(List.of(
        Form.required("focalPoint", r -> r.frequency(
            weight(3, x -> "\"Trung tâm Phục vụ hành chính công phường Tân An\""),
            weight(1, text))),
        Form.optional("focalPointEn",
            r -> "\"Public Administrative Service Centre of Tân An Ward\""),
        Form.required("contactPhone", r -> JsonText.quote(r.frequency(
            weight(4, x -> x.oneOf("1022", "0276 3822 123", "+84 276 3822 123", "(0276) 3822-123")),
            weight(1, Hostile::text)))),
        Form.required("contactEmail", r -> JsonText.quote(r.frequency(
            weight(4, x -> x.oneOf("ubndptanan@tayninh.gov.vn", "sxd@tayninh.gov.vn")),
            weight(1, x -> x.oneOf("a@b", "@tayninh.gov.vn", "x@" + "a".repeat(120) + ".vn",
                "ubnd tan an@tayninh.gov.vn", "ubnd@tayninh.gov.vn\n")),
            weight(1, Hostile::text)))),
        Form.required("address", r -> r.frequency(
            weight(3, x -> "\"Phường Tân An, tỉnh Tây Ninh\""), weight(1, text))),
        Form.optional("addressEn", r -> "\"Tân An Ward, Tây Ninh Province\""),
        Form.required("hours", r -> r.frequency(
            weight(3, x -> "\"Thứ Hai đến Thứ Sáu: sáng 7:00–11:30, chiều 13:30–17:00\""),
            weight(1, text))),
        Form.optional("hoursEn", text),
        Form.required("rules", r -> r.frequency(
            weight(2, x -> "\"1. Tiếp nhận qua Cổng, Zalo, 1022 và ứng dụng.\\n2. Trả lời"
                + " đúng hạn.\""),
            weight(1, text))),
        Form.optional("rulesEn", text),
        Form.optional("infoRulesUrl", r -> JsonText.quote(r.frequency(
            weight(3, x -> "https://tayninh.gov.vn/quy-che-tiep-nhan"),
            weight(1, x -> x.oneOf("http://tayninh.gov.vn/", "javascript:alert(1)",
                "https://x@evil.example/", "https://", "//tayninh.gov.vn", "https://tayninh"
                    + ".gov.vn/" + "q".repeat(300), "https://tay ninh.gov.vn/")),
            weight(1, Hostile::text))))));
  }
}
