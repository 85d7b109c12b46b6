package vn.citizenhub.channel.app.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.SchemaId;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.contract.notify.NotificationKind;
import vn.citizenhub.http.PublicUrl;

/** What a push says, built without starting anything; and whose it is. */
class NoticeContentTest {

  private final PublicUrl publicUrl = new PublicUrl();

  @Test
  void aReceiptSaysSoAndALongMessageFitsInOneFcmMessage() {
    String code = TrackingCode.generate(Channel.APP).value();
    Notification n = new Notification(SchemaId.NOTIFICATION_V1, "n-1", NotificationKind.RECEIPT,
        Instant.now(), Channel.APP, "app:tn-smart:u-1", code, "Đường ngập 😀 ".repeat(200),
        "Flooded street ".repeat(200), null);
    NoticeContent content = NoticeContent.of(n, publicUrl);
    String display = new TrackingCode(code).display();
    assertEquals("Đã tiếp nhận phản ánh " + display + " / Report " + display + " received",
        content.title());
    String[] lines = content.body().split("\n");
    assertEquals(NoticeContent.MAX_VI, lines[0].length(), "cut to the limit, with an ellipsis");
    assertTrue(lines[0].endsWith("…"));
    assertFalse(Character.isHighSurrogate(lines[0].charAt(lines[0].length() - 2)),
        "never half an emoji");
    assertTrue(lines[1].startsWith("Flooded street"));
    int bytes = PushDelivery.message("t".repeat(512), content).toString()
        .getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes < 4096, "FCM takes 4,096 bytes; this is " + bytes);
    assertFalse(content.data().containsKey("feedbackUrl"));
  }

  @Test
  void theAppUserIsReadFromTheIdentityAndTheirOwnIdMayHoldAColon() {
    assertEquals(Optional.of(new AppRecipient("tn-smart", "vneid:0123")),
        AppRecipient.of("app:tn-smart:vneid:0123"));
    assertEquals(Optional.empty(), AppRecipient.of("app:tn-smart"));
    assertEquals(Optional.empty(), AppRecipient.of("app::u-1"));
    assertEquals(Optional.empty(), AppRecipient.of("app:tn-smart:"));
    assertEquals(Optional.empty(), AppRecipient.of("zalo:123"));
    assertEquals(Optional.empty(), AppRecipient.of(null));
  }

  @Test
  void fcmErrorsAreReadAsDocumented() {
    FcmError invalidToken = FcmError.parse("{\"error\":{\"code\":400,\"message\":\"The"
        + " registration token is not a valid FCM registration token\",\"status\":"
        + "\"INVALID_ARGUMENT\",\"details\":[{\"@type\":"
        + "\"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\"errorCode\":"
        + "\"INVALID_ARGUMENT\"}]}}");
    assertTrue(invalidToken.invalidToken());
    FcmError badData = FcmError.parse("{\"error\":{\"code\":400,\"message\":\"Invalid value at"
        + " 'message.data[0].value' (TYPE_STRING), 12\",\"status\":\"INVALID_ARGUMENT\","
        + "\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.BadRequest\","
        + "\"fieldViolations\":[{\"field\":\"message.data[0].value\",\"description\":\"x\"}]}]}}");
    assertFalse(badData.invalidToken(), "a bad payload is the hub's, not the device's");
    FcmError unregistered = FcmError.parse("{\"error\":{\"code\":404,\"status\":\"NOT_FOUND\","
        + "\"details\":[{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\","
        + "\"errorCode\":\"UNREGISTERED\"}]}}");
    assertTrue(unregistered.unregistered());
    assertEquals("UNREGISTERED", unregistered.code(404));
    FcmError html = FcmError.parse("<html>Bad gateway</html>");
    assertEquals("HTTP 502", html.code(502));
    assertFalse(html.unregistered());
  }
}
