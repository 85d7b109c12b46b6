package vn.citizenhub.channel.zalo.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.citizenhub.channel.zalo.Recorded;
import vn.citizenhub.channel.zalo.conversation.Incoming;
import vn.citizenhub.channel.zalo.conversation.IncomingEvents;

class ZaloEventTest {

  @Test
  void aTextEventNamesItsSenderOaAndMessage() {
    ZaloEvent e = ZaloEvent.parse(Recorded.bytes("doc-user-send-text.json")).orElseThrow();
    assertEquals("user_send_text", e.eventName());
    assertEquals("246845883529197922", e.userId());
    assertEquals("388613280878808645", e.oaId());
    assertEquals("msg:96d3cdf3af150460909", e.dedupeKey());
    assertFalse(e.isEcho());
  }

  @Test
  void aFollowEventNamesTheFollowerAndIsDedupedOnTimeAndUser() {
    ZaloEvent e = ZaloEvent.parse(Recorded.bytes("doc-follow.json")).orElseThrow();
    assertEquals("24684588352919792", e.userId());
    assertEquals("388613280879808645", e.oaId());
    assertEquals("follow:154397978274:24684588352919792", e.dedupeKey());
    assertTrue(IncomingEvents.read(e, List.of()).orElseThrow() instanceof Incoming.Follow);
  }

  @Test
  void aCapturedLocationGivesItsPointAndLabel() {
    ZaloEvent e = ZaloEvent.parse(Recorded.bytes("captured-user-send-location.json"))
        .orElseThrow();
    var location = (Incoming.SharedLocation) IncomingEvents.read(e, List.of()).orElseThrow();
    assertEquals(10.7923119, location.latitude(), 1e-9);
    assertEquals(106.7820651, location.longitude(), 1e-9);
    assertEquals("Cơm Coffee New Sky", location.label());
  }

  @Test
  void sharedInfoGivesTheNormalisedPhone() {
    ZaloEvent e = ZaloEvent.parse(Recorded.bytes("doc-user-submit-info.json")).orElseThrow();
    var info = (Incoming.SharedInfo) IncomingEvents.read(e, List.of()).orElseThrow();
    assertEquals("+84912345678", info.phone());
  }

  @Test
  void anEchoOfTheOasOwnMessageIsRecognisedAndNamesTheUserAsRecipient() {
    ZaloEvent e = ZaloEvent.parse(("{\"app_id\":\"1\",\"sender\":{\"id\":\"OA\"},"
        + "\"recipient\":{\"id\":\"U\"},\"event_name\":\"oa_send_text\","
        + "\"message\":{\"text\":\"x\",\"msg_id\":\"m\"},\"timestamp\":\"1\"}")
        .getBytes(StandardCharsets.UTF_8)).orElseThrow();
    assertTrue(e.isEcho());
    assertEquals("U", e.userId());
    assertEquals("OA", e.oaId());
  }

  private static ZaloEvent textEvent(String userId, String msgId) {
    return ZaloEvent.parse(("{\"app_id\":\"1\",\"sender\":{\"id\":\"" + userId + "\"},"
        + "\"recipient\":{\"id\":\"OA\"},\"event_name\":\"user_send_text\","
        + "\"message\":{\"text\":\"x\",\"msg_id\":\"" + msgId + "\"},\"timestamp\":\"1\"}")
        .getBytes(StandardCharsets.UTF_8)).orElseThrow();
  }

  @Test
  void idsLongerThanTheInboxKeepsAreNotStorable() {
    assertTrue(textEvent("2".repeat(ZaloEvent.MAX_USER_ID), "m".repeat(187)).storable(),
        "exactly the columns' sizes");
    assertFalse(textEvent("2".repeat(ZaloEvent.MAX_USER_ID + 1), "m1").storable());
    assertFalse(textEvent("2468", "m".repeat(188)).storable(), "msg: and 188 is 192");
    assertFalse(textEvent("2468\\u0000", "m1").storable(), "a control character");
    assertTrue(ZaloEvent.parse(Recorded.bytes("doc-user-send-text.json")).orElseThrow()
        .storable(), "Zalo's own events are");
  }

  @Test
  void imageLinksTheContractWouldRefuseAreLeftOut() {
    String event = "{\"event_name\":\"user_send_image\",\"sender\":{\"id\":\"U\"},"
        + "\"message\":{\"msg_id\":\"m\",\"attachments\":["
        + "{\"type\":\"image\",\"payload\":{\"url\":\"https://cdn.zalo.me/a.jpg\"}},"
        + "{\"type\":\"image\",\"payload\":{\"url\":\"https://cdn.zalo.me/ả nh.jpg\"}},"
        + "{\"type\":\"image\",\"payload\":{\"url\":\"https://cdn.zalo.me/"
        + "p".repeat(1000) + "\"}}]}}";
    ZaloEvent e = ZaloEvent.parse(event.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    assertEquals(List.of("https://cdn.zalo.me/a.jpg"), IncomingEvents.imageUrls(e));
  }

  @Test
  void hostileInputIsNotAnEvent() {
    for (String body : new String[] {"", "[]", "null", "{\"x\":1}", "{\"event_name\":{}}", "{"}) {
      assertTrue(ZaloEvent.parse(body.getBytes(StandardCharsets.UTF_8)).isEmpty(), body);
    }
    ZaloEvent odd = ZaloEvent.parse(("{\"event_name\":\"user_send_location\",\"message\":"
        + "{\"attachments\":[{\"payload\":{\"coordinates\":{\"latitude\":\"x\"}}}]}}")
        .getBytes(StandardCharsets.UTF_8)).orElseThrow();
    assertTrue(IncomingEvents.read(odd, List.of()).orElseThrow() instanceof Incoming.Other);
  }
}
