package vn.citizenhub.deploy.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Action bodies of the staff API: every action, each field ordinary, hostile or missing. */
final class StaffInputs {

  static final List<String> ACTIONS = List.of("ROUTE", "ASSIGN", "ACKNOWLEDGE", "REPLY",
      "REQUEST_INFO", "TRANSFER", "APPROVE_TRANSFER", "REJECT_TRANSFER", "EXTEND", "RESOLVE",
      "MERGE", "REOPEN", "CLOSE", "NOTE", "CITIZEN_ANSWERED", "CITIZEN_NOT_FIXED", "ESCALATE");

  private StaffInputs() {}

  static Arbitrary<StaffCase> cases(int tickets) {
    Arbitrary<String> pathId = Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.just((String) null)),
        Tuple.of(1, Arbitraries.of("0", "-1", "abc", "1e3", "9223372036854775808",
            "99999999999999999999999", "%00", "1%2F2", "NaN", "%201", "1%00")));
    Arbitrary<String> contentType = Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.just("application/json")),
        Tuple.of(1, Arbitraries.of("text/plain", "application/xml",
            "application/json; charset=nonsense", "application/x-www-form-urlencoded")));
    Arbitrary<String> body = Arbitraries.frequencyOf(
        Tuple.of(12, body()), Tuple.of(1, WebReportInputs.wholeBody()));
    return Combinators.combine(Arbitraries.of(false, true), Arbitraries.integers()
            .between(0, tickets - 1), pathId, contentType, body).as(StaffCase::new);
  }

  /** An action's body; its texts, where staff write freely, are hostile more often. */
  private static Arbitrary<String> body() {
    Arbitrary<String> text = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(Hostile.SENTENCES)),
        Tuple.of(2, Hostile.text())).map(JsonText::quote);
    return Form.object(List.of(
        Form.required("action", Arbitraries.of(ACTIONS).map(JsonText::quote)),
        Form.number("version", Arbitraries.just(StaffCase.VERSION), false),
        Form.optional("text", text),
        Form.optional("textEn", Arbitraries.of("\"We will fix it this week.\"")),
        Form.number("assigneeId", Arbitraries.of("1", "2"), true),
        Form.optional("agencyCode", Arbitraries.of("\"UBND-27787\"", "\"SXD\"",
            "\"UBND-27790\"")),
        Form.optional("closureCode", Arbitraries.of("\"FIXED\"", "\"NOT_COMPETENT\"",
            "\"DUPLICATE\"")),
        Form.optional("competentBody", Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just("Tòa án nhân dân tỉnh Tây Ninh")),
            Tuple.of(1, Hostile.text())).map(JsonText::quote)),
        Form.number("intoTicketId", Arbitraries.just(StaffCase.OTHER), true)));
  }
}
