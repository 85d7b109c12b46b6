package vn.citizenhub.deploy.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Web reports as the portal's form would send them, and as an attacker would. */
final class WebReportInputs {

  private static final List<String> CATEGORIES = List.of("ROAD_DAMAGE", "STREET_LIGHT",
      "FLOOD_DRAINAGE", "WASTE_SANITATION", "OTHER", "ADMIN_PROCEDURE", "POLLUTION");

  private WebReportInputs() {}

  static Arbitrary<WebCase> cases() {
    return Combinators.combine(contentType(), body(), idempotencyKey(), Arbitraries.of(true,
        false)).as(WebCase::new);
  }

  static Arbitrary<String> contentType() {
    return Arbitraries.frequencyOf(
        Tuple.of(17, Arbitraries.just("application/json")),
        Tuple.of(3, Arbitraries.of("text/plain", "application/x-www-form-urlencoded",
            "application/xml", "multipart/form-data; boundary=x", "*/*", "garbage",
            "application/json; charset=ISO-8859-1", "application/json; charset=UTF-16",
            "application/json; charset=nonsense", "")),
        Tuple.of(1, Arbitraries.just((String) null)));
  }

  /** The Idempotency-Key header: mostly none or a UUID, sometimes at or over its limit. */
  static Arbitrary<String> idempotencyKey() {
    return Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.just((String) null)),
        Tuple.of(4, Arbitraries.create(() -> "fuzz-" + FuzzHub.fresh())),
        Tuple.of(2, Arbitraries.of(" ", "\t", "a".repeat(99), "b".repeat(100), "c".repeat(101),
            "d".repeat(191), "e".repeat(192), "f".repeat(4000)).map(k -> k.isBlank() ? k
            : k.substring(0, k.length() - 1) + (FuzzHub.fresh() % 10))),
        Tuple.of(1, Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u00ff')
            .ofMinLength(1).ofMaxLength(120).map(k -> k + "#" + FuzzHub.fresh())));
  }

  static Arbitrary<String> body() {
    return Arbitraries.frequencyOf(
        Tuple.of(16, form()),
        Tuple.of(3, wholeBody()),
        Tuple.of(1, Arbitraries.of(KNOWN)));
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
  static Arbitrary<String> wholeBody() {
    return Arbitraries.oneOf(
        Arbitraries.of("", " ", "null", "[]", "{}", "\"report\"", "123", "NaN", "{", "}",
            "{\"kind\":", "{\"kind\":\"REPORT\"", "{'kind':'REPORT'}", "{kind:REPORT}",
            "/* c */ {}", "\ufeff" + OrdinaryReport.json(), OrdinaryReport.json() + "garbage",
            OrdinaryReport.json() + OrdinaryReport.json(), "[" + OrdinaryReport.json() + "]",
            OrdinaryReport.json().replaceFirst("\\{", "{\"a\":1,\"a\":2,"),
            OrdinaryReport.json().substring(0, 80)),
        Hostile.wrongValue(),
        Arbitraries.strings().all().ofMaxLength(200));
  }

  /** The portal's form, spoiled here and there (see {@link Form}). */
  static Arbitrary<String> form() {
    return Form.object(List.of(
        Form.required("kind", Arbitraries.of("\"REPORT\"", "\"SUGGESTION\"", "\"QUESTION\"",
            "\"COMPLAINT\"", "\"INFORMATION_REQUEST\"")),
        Form.required("categoryCode", Arbitraries.of(CATEGORIES).map(JsonText::quote)),
        Form.required("description", Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.of(Hostile.SENTENCES)),
            Tuple.of(1, Hostile.text())).map(JsonText::quote)),
        Form.required("location", location()),
        Form.optional("name", Arbitraries.of("\"Trần Thị Thu\"", "\"Nguyễn Văn A\"")),
        Form.optional("phone", Arbitraries.of("\"0912 345 678\"", "\"+84912345678\"")),
        Form.optional("email", Arbitraries.of("\"thu@example.vn\"")),
        Form.optional("citizenRef", Arbitraries.of("\"device-42\"")),
        Form.required("consent", Form.object(List.of(
            Form.required("given", Arbitraries.just("true")),
            Form.required("textVersion", Arbitraries.of("\"web-2025-07\"")))))));
  }

  private static Arbitrary<String> location() {
    return Form.object(List.of(
        Form.optional("address", Arbitraries.of("\"Đường Nguyễn Huệ, phường Kiến Tường\"",
            "\"Hẻm 3, phường Tân An\"")),
        Form.number("latitude", Arbitraries.of("10.7765", "11.3"), true),
        Form.number("longitude", Arbitraries.of("106.7009", "106.1"), true),
        Form.optional("communeCode", Arbitraries.of("\"27787\""))));
  }
}
