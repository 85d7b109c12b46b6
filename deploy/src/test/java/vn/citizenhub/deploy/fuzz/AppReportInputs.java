package vn.citizenhub.deploy.fuzz;

import static vn.citizenhub.deploy.fuzz.FuzzRandom.weight;

/**
 * App reports as a partner app would sign them, and as an attacker would: the web form's bodies
 * (an app's form has the same fields, and unknown ones are ignored), its keys, odd user ids, and
 * signatures spoiled one part at a time.
 */
final class AppReportInputs {

  static final String[] SPOILS = {"secret", "stale", "future", "nonce", "body", "path",
      "app", "headers"};

  private AppReportInputs() {}

  static AppCase cases(FuzzRandom r) {
    return new AppCase(WebReportInputs.contentType(r), body(r),
        WebReportInputs.idempotencyKey(r), user(r), spoil(r), r.anyBoolean());
  }

  private static String body(FuzzRandom r) {
    return WebReportInputs.body(r).replace("web-2025-07", "app-2026-01");
  }

  private static String user(FuzzRandom r) {
    return r.frequency(
        weight(6, x -> "fuzz-user-" + FuzzHub.fresh()),
        weight(1, x -> null),
        weight(2, x -> x.oneOf("", " ", "a".repeat(100), "b".repeat(101),
            "x y", "app:nested:id", "../../etc", "%00", "\u00e9t\u00e9")));
  }

  private static String spoil(FuzzRandom r) {
    return r.frequency(
        weight(6, x -> null),
        weight(2, x -> x.oneOf(SPOILS)));
  }
}
