package vn.citizenhub.deploy.fuzz;

import static vn.citizenhub.deploy.fuzz.FuzzRandom.weight;

import java.util.ArrayList;
import java.util.List;
import vn.citizenhub.deploy.fuzz.FuzzRandom.Gen;

/**
 * A citizen's conversation with the OA (follow, description, place, category, consent) with
 * hostile text and coordinates in it, and events of absurd shape; signed with the OA's secret,
 * as Zalo signs, so that they pass the signature check, and now and then not.
 */
final class ZaloInputs {

  private static final String U = ZaloCase.USER;

  private ZaloInputs() {}

  static ZaloCase cases(FuzzRandom r) {
    List<ZaloCase.Event> events = r.frequency(
        weight(3, ZaloInputs::conversation),
        weight(2, x -> x.list(x.between(1, 3), ODD)));
    return new ZaloCase(List.copyOf(events));
  }

  private static ZaloCase.Signing signing(FuzzRandom r) {
    return r.frequency(weight(30, x -> ZaloCase.Signing.SIGNED),
        weight(1, x -> ZaloCase.Signing.WRONG), weight(1, x -> ZaloCase.Signing.NONE));
  }

  /** The steps of a report, each text ordinary or hostile. */
  static List<ZaloCase.Event> conversation(FuzzRandom r) {
    String description = citizenText(r, Hostile.SENTENCES.get(0));
    String place = r.frequency(weight(2, x -> null), weight(1, ZaloInputs::location));
    String address = citizenText(r, "Đường Nguyễn Huệ, phường Kiến Tường");
    String choice = r.frequency(weight(6, x -> "1"), weight(1, Hostile::text),
        weight(1, Hostile::number));
    String consent = r.frequency(weight(8, x -> "Đồng ý"), weight(1, Hostile::text));
    ZaloCase.Signing signing = signing(r);
    List<ZaloCase.Event> steps = new ArrayList<>();
    steps.add(new ZaloCase.Event(follow(), ZaloCase.Signing.SIGNED));
    steps.add(new ZaloCase.Event(text(description), signing));
    if (place != null) {
      steps.add(new ZaloCase.Event(place, ZaloCase.Signing.SIGNED));
    }
    steps.add(new ZaloCase.Event(text(address), ZaloCase.Signing.SIGNED));
    steps.add(new ZaloCase.Event(text(choice), ZaloCase.Signing.SIGNED));
    steps.add(new ZaloCase.Event(text(consent), ZaloCase.Signing.SIGNED));
    return steps;
  }

  private static String citizenText(FuzzRandom r, String ordinary) {
    return r.frequency(weight(3, x -> ordinary), weight(4, Hostile::text));
  }

  private static String location(FuzzRandom r) {
    String lat = Hostile.number(r);
    String lon = Hostile.number(r);
    String label = Hostile.text(r);
    return userEvent("user_send_location", "{\"attachments\":[{\"payload\":{\"coordinates\":"
        + "{\"latitude\":" + asZaloSends(lat) + ",\"longitude\":" + asZaloSends(lon)
        + "}},\"type\":\"location\"}],\"text\":" + JsonText.quote(label) + ",\"msg_id\":"
        + msgId() + "}");
  }

  /** Zalo sends coordinates as strings: a number literal is sent so, anything else raw. */
  private static String asZaloSends(String raw) {
    return raw.startsWith("\"") ? raw : "\"" + raw + "\"";
  }

  /** Events of every kind with their parts spoiled: absurd ids, timestamps, messages. */
  private static final Gen<ZaloCase.Event> ODD = odd();

  static Gen<ZaloCase.Event> odd() {
    Gen<String> eventName = r -> JsonText.quote(r.oneOf("user_send_text", "user_send_image",
        "user_send_location", "user_submit_info", "follow", "unfollow", "user_withdraw",
        "user_send_sticker", "user_send_file", "oa_send_text", "user_received_message",
        "user_seen_message"));
    Gen<String> message = Form.object(List.of(
        Form.required("text", r -> JsonText.quote(Hostile.text(r))),
        Form.required("msg_id", r -> msgId()),
        Form.optional("attachments", r -> r.oneOf("[]", "[{\"type\":\"image\",\"payload\":"
            + "{\"url\":\"http://127.0.0.1:1/x.jpg\"}}]", "[{\"type\":\"location\"}]"))));
    Gen<String> info = Form.object(List.of(
        Form.required("name", r -> "\"Lê Thị Cúc\""),
        Form.required("phone", r -> r.oneOf("\"0912345678\"", "\"84912345678\"")),
        Form.optional("address", r -> "\"12 Hùng Vương\""),
        Form.optional("city", r -> "\"Tây Ninh\"")));
    Gen<String> sender = r -> r.frequency(
        weight(6, x -> "{\"id\":\"" + U + "\"}"),
        weight(1, x -> "{\"id\":\"" + U + "9".repeat(x.oneOf(63, 64, 65, 200)) + "\"}"));
    Gen<String> event = Form.object(List.of(
        Form.required("app_id", r -> "\"" + FuzzHub.ZALO_APP_ID + "\""),
        Form.required("sender", sender),
        Form.required("recipient", r -> "{\"id\":\"" + FuzzHub.ZALO_OA_ID + "\"}"),
        Form.required("event_name", eventName),
        Form.required("message", message),
        Form.optional("info", info),
        Form.number("timestamp", r -> "\"" + ZaloCase.TIME + "\"", false)));
    return r -> new ZaloCase.Event(event.apply(r), signing(r));
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
