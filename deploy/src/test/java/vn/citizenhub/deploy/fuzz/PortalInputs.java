package vn.citizenhub.deploy.fuzz;

import static vn.citizenhub.deploy.fuzz.FuzzRandom.weight;

import java.util.List;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.core.feedback.FeedbackToken;
import vn.citizenhub.deploy.fuzz.FuzzRandom.Gen;

/**
 * What the portal's pages of issue 12 send, and what an attacker would: the private feedback
 * link's bodies, interaction reports, similar-ticket queries, follows.
 */
final class PortalInputs {

  private static final String BASE64URL =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private PortalInputs() {}

  private static final Gen<String> FEEDBACK = Form.object(List.of(
      Form.required("token", r -> r.frequency(
          weight(5, x -> JsonText.quote(PortalCase.TOKEN)),
          weight(2, x -> JsonText.quote(FeedbackToken.mint())),
          weight(1, x -> JsonText.quote(x.string(BASE64URL, 0, 40))))),
      Form.number("score", r -> String.valueOf(r.between(1, 5)), true),
      Form.optional("comment", r -> JsonText.quote(r.frequency(
          weight(3, x -> x.oneOf(Hostile.SENTENCES)), weight(1, Hostile::text)))),
      Form.optional("trackingCode", r -> JsonText.quote(r.oneOf(PortalCase.RESOLVED,
          PortalCase.OPEN)))));

  /** What the portal's page sends with the link's token: so accepted cases are not rare. */
  static String ordinaryFeedback(FuzzRandom r) {
    return "{\"token\":\"" + PortalCase.TOKEN + "\",\"score\":" + r.between(1, 5)
        + ",\"comment\":" + JsonText.quote(r.oneOf(Hostile.SENTENCES)) + "}";
  }

  static PortalCase feedback(FuzzRandom r) {
    String action = r.oneOf("check", "rating", "not-fixed");
    String body = r.frequency(weight(3, PortalInputs::ordinaryFeedback), weight(16, FEEDBACK),
        weight(3, WebReportInputs::wholeBody));
    return new PortalCase(action, WebReportInputs.contentType(r), body, null);
  }

  private static final Gen<String> INTERACTION = Form.object(List.of(
      Form.required("event", r -> JsonText.quote(r.frequency(
          weight(6, x -> x.oneOf("VISIT", "REPORT_STARTED", "SEARCH")),
          weight(1, x -> x.oneOf("REPORT_SENT", "DUPLICATE_AVOIDED", "RATING_GIVEN", "visit",
              " VISIT", "VISIT\u0000")))))));

  static PortalCase interaction(FuzzRandom r) {
    String body = r.frequency(
        weight(3, x -> "{\"event\":\"" + x.oneOf("VISIT", "REPORT_STARTED", "SEARCH") + "\"}"),
        weight(8, INTERACTION), weight(2, WebReportInputs::wholeBody));
    return new PortalCase("interaction", WebReportInputs.contentType(r), body, null);
  }

  /** A similar-ticket query: each parameter ordinary, hostile or absent (null). */
  static PortalCase similar(FuzzRandom r) {
    String category = r.frequency(weight(6, x -> "ROAD_DAMAGE"), weight(2, Hostile::text),
        weight(1, x -> null));
    String commune = r.frequency(weight(6, x -> "27787"), weight(2, Hostile::text),
        weight(1, x -> null));
    String text = r.frequency(
        weight(4, x -> x.oneOf("ổ gà lớn giữa đường", "O GA lon giua DUONG, xe may de te",
            "Ổ gà 0912345678 thu@example.vn số 12 đường Nguyễn Huệ", "vỡ nắp cống ban đêm")),
        weight(5, Hostile::text),
        weight(1, x -> null));
    StringBuilder query = new StringBuilder();
    append(query, "categoryCode", category);
    append(query, "communeCode", commune);
    append(query, "text", text);
    return new PortalCase(query.toString(), null, text, null);
  }

  private static void append(StringBuilder query, String name, String value) {
    if (value != null) {
      query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
          .append(Url.segment(value));
    }
  }

  private static final Gen<String> FOLLOW = Form.object(List.of(
      Form.required("trackingCode", r -> JsonText.quote(r.frequency(
          weight(5, x -> PortalCase.OPEN),
          weight(2, x -> PortalCase.RESOLVED),
          weight(2, x -> new TrackingCode(TrackingCode.generate(Channel.WEB).value())
              .display())))),
      Form.optional("name", r -> r.oneOf("\"Lê Thị Hoa\"", "\"Nguyễn Văn A\"")),
      Form.optional("phone", r -> r.oneOf("\"0912 345 678\"", "\"+84987654321\"")),
      Form.optional("email", r -> "\"hoa@example.vn\""),
      Form.optional("citizenRef", r -> "\"device-42\""),
      Form.required("consent", Form.object(List.of(
          Form.required("given", r -> "true"),
          Form.required("textVersion", r -> "\"web-2025-07\""))))));

  /** The portal's follow of the open ticket, as its page sends it. */
  static final String ORDINARY_FOLLOW = "{\"trackingCode\":\"" + PortalCase.OPEN + "\","
      + "\"email\":\"hoa@example.vn\",\"citizenRef\":\"device-42\","
      + "\"consent\":{\"given\":true,\"textVersion\":\"web-2025-07\"}}";

  static PortalCase follow(FuzzRandom r) {
    String body = r.frequency(weight(3, x -> ORDINARY_FOLLOW), weight(16, FOLLOW),
        weight(3, WebReportInputs::wholeBody));
    String key = r.frequency(weight(3, x -> null), weight(1, x -> "fuzz-follow-" + FuzzHub.fresh()),
        weight(1, x -> x.oneOf(" ", "k".repeat(101))));
    return new PortalCase("follow", WebReportInputs.contentType(r), body, key);
  }
}
