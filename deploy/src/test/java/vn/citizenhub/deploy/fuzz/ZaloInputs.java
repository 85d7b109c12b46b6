package vn.citizenhub.deploy.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * A citizen's conversation with the OA (follow, description, place, category, consent) with
 * hostile text and coordinates in it, and events of absurd shape; signed with the OA's secret,
 * as Zalo signs, so that they pass the signature check, and now and then not.
 */
final class ZaloInputs {

  private static final String U = ZaloCase.USER;

  private ZaloInputs() {}

  static Arbitrary<ZaloCase> cases() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, conversation()),
        Tuple.of(2, odd().list().ofMinSize(1).ofMaxSize(3)))
        .map(events -> new ZaloCase(List.copyOf(events)));
  }

  private static Arbitrary<ZaloCase.Signing> signing() {
    return Arbitraries.frequency(Tuple.of(30, ZaloCase.Signing.SIGNED),
        Tuple.of(1, ZaloCase.Signing.WRONG), Tuple.of(1, ZaloCase.Signing.NONE));
  }

  /** The steps of a report, each text ordinary or hostile. */
  static Arbitrary<List<ZaloCase.Event>> conversation() {
    Arbitrary<String> description = citizenText(Hostile.SENTENCES.get(0));
    Arbitrary<String> address = citizenText("Đường Nguyễn Huệ, phường Kiến Tường");
    Arbitrary<String> choice = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("1")),
        Tuple.of(1, Hostile.text()), Tuple.of(1, Hostile.number()));
    Arbitrary<String> consent = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just("Đồng ý")), Tuple.of(1, Hostile.text()));
    Arbitrary<Optional<String>> place = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(Optional.<String>empty())),
        Tuple.of(1, location().map(Optional::of)));
    return Combinators.combine(description, place, address, choice, consent, signing())
        .as((d, p, a, c, ok, s) -> {
          List<ZaloCase.Event> steps = new ArrayList<>();
          steps.add(new ZaloCase.Event(follow(), ZaloCase.Signing.SIGNED));
          steps.add(new ZaloCase.Event(text(d), s));
          p.ifPresent(json -> steps.add(new ZaloCase.Event(json, ZaloCase.Signing.SIGNED)));
          steps.add(new ZaloCase.Event(text(a), ZaloCase.Signing.SIGNED));
          steps.add(new ZaloCase.Event(text(c), ZaloCase.Signing.SIGNED));
          steps.add(new ZaloCase.Event(text(ok), ZaloCase.Signing.SIGNED));
          return steps;
        });
  }

  private static Arbitrary<String> citizenText(String ordinary) {
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(ordinary)),
        Tuple.of(4, Hostile.text()));
  }

  private static Arbitrary<String> location() {
    return Combinators.combine(Hostile.number(), Hostile.number(), Hostile.text())
        .as((lat, lon, label) -> userEvent("user_send_location",
            "{\"attachments\":[{\"payload\":{\"coordinates\":{\"latitude\":" + asZaloSends(lat)
                + ",\"longitude\":" + asZaloSends(lon) + "}},\"type\":\"location\"}],\"text\":"
                + JsonText.quote(label) + ",\"msg_id\":" + msgId() + "}"));
  }

  /** Zalo sends coordinates as strings: a number literal is sent so, anything else raw. */
  private static String asZaloSends(String raw) {
    return raw.startsWith("\"") ? raw : "\"" + raw + "\"";
  }

  /** Events of every kind with their parts spoiled: absurd ids, timestamps, messages. */
  static Arbitrary<ZaloCase.Event> odd() {
    Arbitrary<String> eventName = Arbitraries.of("user_send_text", "user_send_image",
        "user_send_location", "user_submit_info", "follow", "unfollow", "user_withdraw",
        "user_send_sticker", "user_send_file", "oa_send_text", "user_received_message",
        "user_seen_message").map(JsonText::quote);
    Arbitrary<String> message = Form.object(List.of(
        Form.required("text", Hostile.text().map(JsonText::quote)),
        Form.required("msg_id", Arbitraries.create(ZaloInputs::msgId)),
        Form.optional("attachments", Arbitraries.of("[]", "[{\"type\":\"image\",\"payload\":"
            + "{\"url\":\"http://127.0.0.1:1/x.jpg\"}}]", "[{\"type\":\"location\"}]"))));
    Arbitrary<String> info = Form.object(List.of(
        Form.required("name", Arbitraries.of("\"Lê Thị Cúc\"")),
        Form.required("phone", Arbitraries.of("\"0912345678\"", "\"84912345678\"")),
        Form.optional("address", Arbitraries.of("\"12 Hùng Vương\"")),
        Form.optional("city", Arbitraries.of("\"Tây Ninh\""))));
    Arbitrary<String> sender = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just("{\"id\":\"" + U + "\"}")),
        Tuple.of(1, Arbitraries.of(63, 64, 65, 200).map(n -> "{\"id\":\"" + U + "9".repeat(n)
            + "\"}")));
    Arbitrary<String> event = Form.object(List.of(
        Form.required("app_id", Arbitraries.just("\"" + FuzzHub.ZALO_APP_ID + "\"")),
        Form.required("sender", sender),
        Form.required("recipient", Arbitraries.just("{\"id\":\"" + FuzzHub.ZALO_OA_ID
            + "\"}")),
        Form.required("event_name", eventName),
        Form.required("message", message),
        Form.optional("info", info),
        Form.number("timestamp", Arbitraries.just("\"" + ZaloCase.TIME + "\""), false)));
    return Combinators.combine(event, signing()).as(ZaloCase.Event::new);
  }

  static String follow() {
    return "{\"oa_id\":\"" + FuzzHub.ZALO_OA_ID + "\",\"follower\":{\"id\":\"" + U
        + "\"},\"user_id_by_app\":\"5521727797\",\"event_name\":\"follow\",\"source\":"
        + "\"oa_profile\",\"app_id\":\"" + FuzzHub.ZALO_APP_ID + "\",\"timestamp\":\""
        + ZaloCase.TIME + "\"}";
  }

  static String text(String text) {
    return userEvent("user_send_text", "{\"text\":" + JsonText.quote(text) + ",\"msg_id\":"
        + msgId() + "}");
  }

  private static String userEvent(String event, String message) {
    return "{\"app_id\":\"" + FuzzHub.ZALO_APP_ID + "\",\"sender\":{\"id\":\"" + U + "\"},"
        + "\"user_id_by_app\":\"552177279717587730\",\"recipient\":{\"id\":\""
        + FuzzHub.ZALO_OA_ID + "\"},\"event_name\":\"" + event + "\",\"message\":" + message
        + ",\"timestamp\":\"" + ZaloCase.TIME + "\"}";
  }

  /** A message id never used before (Zalo's retries reuse one; the inbox keeps each once). */
  private static String msgId() {
    return "\"fz" + FuzzHub.fresh() + "\"";
  }
}
