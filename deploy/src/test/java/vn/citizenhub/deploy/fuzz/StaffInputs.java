package vn.citizenhub.deploy.fuzz;

import static vn.citizenhub.deploy.fuzz.FuzzRandom.weight;

import java.util.List;
import vn.citizenhub.deploy.fuzz.FuzzRandom.Gen;

/** Action bodies of the staff API: every action, each field ordinary, hostile or missing. */
final class StaffInputs {

  static final List<String> ACTIONS = List.of("ROUTE", "ASSIGN", "ACKNOWLEDGE", "REPLY",
      "REQUEST_INFO", "TRANSFER", "APPROVE_TRANSFER", "REJECT_TRANSFER", "EXTEND", "RESOLVE",
      "MERGE", "REOPEN", "CLOSE", "NOTE", "CITIZEN_ANSWERED", "CITIZEN_NOT_FIXED", "ESCALATE");

  private StaffInputs() {}

  private static final Gen<String> BODY = body();

  static StaffCase cases(FuzzRandom r, int tickets) {
    boolean coordinator = r.anyBoolean();
    int ticket = r.between(0, tickets - 1);
    String pathId = r.frequency(
        weight(20, x -> null),
        weight(1, x -> x.oneOf("0", "-1", "abc", "1e3", "9223372036854775808",
            "99999999999999999999999", "%00", "1%2F2", "NaN", "%201", "1%00")));
    String contentType = r.frequency(
        weight(20, x -> "application/json"),
        weight(1, x -> x.oneOf("text/plain", "application/xml",
            "application/json; charset=nonsense", "application/x-www-form-urlencoded")));
    String body = r.frequency(weight(12, BODY), weight(1, WebReportInputs::wholeBody));
    return new StaffCase(coordinator, ticket, pathId, contentType, body);
  }

  /** An action's body; its texts, where staff write freely, are hostile more often. */
  private static Gen<String> body() {
    Gen<String> text = r -> JsonText.quote(r.frequency(
        weight(1, x -> x.oneOf(Hostile.SENTENCES)),
        weight(2, Hostile::text)));
    return Form.object(List.of(
        Form.required("action", r -> JsonText.quote(r.oneOf(ACTIONS))),
        Form.number("version", r -> StaffCase.VERSION, false),
        Form.optional("text", text),
        Form.optional("textEn", r -> "\"We will fix it this week.\""),
        Form.number("assigneeId", r -> r.oneOf("1", "2"), true),
        Form.optional("agencyCode", r -> r.oneOf("\"UBND-27787\"", "\"SXD\"",
            "\"UBND-27790\"")),
        Form.optional("closureCode", r -> r.oneOf("\"FIXED\"", "\"NOT_COMPETENT\"",
            "\"DUPLICATE\"")),
        Form.optional("competentBody", r -> JsonText.quote(r.frequency(
            weight(1, x -> "Tòa án nhân dân tỉnh Tây Ninh"),
            weight(1, Hostile::text)))),
        Form.number("intoTicketId", r -> StaffCase.OTHER, true)));
  }
}
