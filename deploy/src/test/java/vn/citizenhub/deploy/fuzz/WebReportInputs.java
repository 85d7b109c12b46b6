package vn.citizenhub.deploy.fuzz;

import static vn.citizenhub.deploy.fuzz.FuzzRandom.weight;

import java.util.List;
import vn.citizenhub.deploy.fuzz.FuzzRandom.Gen;

/** Web reports as the portal's form would send them, and as an attacker would. */
final class WebReportInputs {

  private static final List<String> CATEGORIES = List.of("ROAD_DAMAGE", "STREET_LIGHT",
      "FLOOD_DRAINAGE", "WASTE_SANITATION", "OTHER", "ADMIN_PROCEDURE", "POLLUTION");

  private WebReportInputs() {}

  static WebCase cases(FuzzRandom r) {
    return new WebCase(contentType(r), body(r), idempotencyKey(r), r.anyBoolean());
  }

  static String contentType(FuzzRandom r) {
    return r.frequency(
        weight(17, x -> "application/json"),
        weight(3, x -> x.oneOf("text/plain", "application/x-www-form-urlencoded",
            "application/xml", "multipart/form-data; boundary=x", "*/*", "garbage",
            "application/json; charset=ISO-8859-1", "application/json; charset=UTF-16",
            "application/json; charset=nonsense", "")),
        weight(1, x -> null));
  }

  /** The Idempotency-Key header: mostly none or a UUID, sometimes at or over its limit. */
  static String idempotencyKey(FuzzRandom r) {
    return r.frequency(
        weight(5, x -> null),
        weight(4, x -> "fuzz-" + FuzzHub.fresh()),
        weight(2, x -> {
          String k = x.oneOf(" ", "\t", "a".repeat(99), "b".repeat(100), "c".repeat(101),
              "d".repeat(191), "e".repeat(192), "f".repeat(4000));
          return k.isBlank() ? k : k.substring(0, k.length() - 1) + (FuzzHub.fresh() % 10);
        }),
        weight(1, x -> x.string(LATIN_1, 1, 120) + "#" + FuzzHub.fresh()));
  }

  /** What a header value may hold: printable ASCII and the rest of Latin-1. */
  private static final String LATIN_1 = printable(' ', '~') + printable('\u00a0', '\u00ff');

  private static String printable(char from, char to) {
    StringBuilder s = new StringBuilder();
    for (char c = from; c <= to; c++) {
      s.append(c);
    }
    return s.toString();
  }

  private static final Gen<String> FORM = form();

  /**
   * Mostly the form spoiled, and now and then as the portal sends it: its location and consent
   * are spoiled on their own too, so an accepted report (and a key resent after one) would be
   * rare otherwise (the library used before mixed such cases in as edge cases; FuzzRandom does
   * not).
   */
  static String body(FuzzRandom r) {
    return r.frequency(
        weight(2, x -> OrdinaryReport.json()),
        weight(16, FORM),
        weight(3, WebReportInputs::wholeBody),
        weight(1, x -> x.oneOf(KNOWN)));
  }

  /** Reports that once got a code and never became a ticket (issue 11): always in the mix. */
  static final List<String> KNOWN = List.of(
      OrdinaryReport.json().replace("\"location\": {", "\"location\": {\"latitude\":\"NaN\","
          + "\"longitude\":\"NaN\","),
      OrdinaryReport.json().replace("\"location\": {", "\"location\": {\"latitude\":1e309,"
          + "\"longitude\":-1e309,"),
      OrdinaryReport.json().replace("\"location\": {", "\"location\": {\"latitude\":"
          + "\"Infinity\",\"longitude\":106.7,"),
      OrdinaryReport.json().replace("\"phone\"", "\"email\": \"thu@" + "a".repeat(300)
          + ".vn\", \"phone\""),
      OrdinaryReport.json().replace("web-2025-07", "web-" + "9".repeat(70)),
      OrdinaryReport.json().replace("Trần Thị Thu", "T".repeat(121)),
      OrdinaryReport.json().replace("Đường Nguyễn Huệ", "Đ".repeat(301)),
      OrdinaryReport.json().replace("\"ROAD_DAMAGE\"", "\"" + "R".repeat(41) + "\""));

  /** Bodies that are not a report object at all. */
  static String wholeBody(FuzzRandom r) {
    return r.anyOf(
        x -> x.oneOf("", " ", "null", "[]", "{}", "\"report\"", "123", "NaN", "{", "}",
            "{\"kind\":", "{\"kind\":\"REPORT\"", "{'kind':'REPORT'}", "{kind:REPORT}",
            "/* c */ {}", "\ufeff" + OrdinaryReport.json(), OrdinaryReport.json() + "garbage",
            OrdinaryReport.json() + OrdinaryReport.json(), "[" + OrdinaryReport.json() + "]",
            OrdinaryReport.json().replaceFirst("\\{", "{\"a\":1,\"a\":2,"),
            OrdinaryReport.json().substring(0, 80)),
        Hostile::wrongValue,
        x -> x.anyString(200));
  }

  /** The portal's form, spoiled here and there (see {@link Form}). */
  static Gen<String> form() {
    return Form.object(List.of(
        Form.required("kind", r -> r.oneOf("\"REPORT\"", "\"SUGGESTION\"", "\"QUESTION\"",
            "\"COMPLAINT\"", "\"INFORMATION_REQUEST\"")),
        Form.required("categoryCode", r -> JsonText.quote(r.oneOf(CATEGORIES))),
        Form.required("description", r -> JsonText.quote(r.frequency(
            weight(3, x -> x.oneOf(Hostile.SENTENCES)),
            weight(1, Hostile::text)))),
        Form.required("location", location()),
        Form.optional("name", r -> r.oneOf("\"Trần Thị Thu\"", "\"Nguyễn Văn A\"")),
        Form.optional("phone", r -> r.oneOf("\"0912 345 678\"", "\"+84912345678\"")),
        Form.optional("email", r -> "\"thu@example.vn\""),
        Form.optional("citizenRef", r -> "\"device-42\""),
        Form.required("consent", Form.object(List.of(
            Form.required("given", r -> "true"),
            Form.required("textVersion", r -> "\"web-2025-07\""))))));
  }

  private static Gen<String> location() {
    return Form.object(List.of(
        Form.optional("address", r -> r.oneOf("\"Đường Nguyễn Huệ, phường Kiến Tường\"",
            "\"Hẻm 3, phường Tân An\"")),
        Form.number("latitude", r -> r.oneOf("10.7765", "11.3"), true),
        Form.number("longitude", r -> r.oneOf("106.7009", "106.1"), true),
        Form.optional("communeCode", r -> "\"27787\"")));
  }
}
