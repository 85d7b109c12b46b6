package vn.citizenhub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.citizenhub.contract.event.TicketEvent;
import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.contract.intake.Attachment;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.Consent;
import vn.citizenhub.contract.intake.Follow;
import vn.citizenhub.contract.intake.FollowUp;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.Location;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.contract.intake.DeliveryReport;
import vn.citizenhub.contract.intake.DeliveryReport.DeliveryStatus;
import vn.citizenhub.contract.intake.NotFixedVerdict;
import vn.citizenhub.contract.intake.Rating;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.contract.notify.NotificationKind;

/**
 * The wire format, pinned by the files under {@code golden/}: a change that breaks them breaks
 * every channel and every reader of the topics.
 */
class GoldenJsonTest {

  private static final String REPORT_ID = "0b7e3c52-6f1a-4d2e-9a41-3c5d8e9f1a20";
  private static final Instant RECEIVED = Instant.parse("2026-11-29T01:02:03Z");
  private static final String ZALO_IDENTITY = "zalo:4820193746510293";
  private static final String ZALO_CODE = "Z7K3M9QX22";

  static final IntakeEnvelope NEW_REPORT = IntakeEnvelope.v1(
      REPORT_ID, RECEIVED, Channel.ZALO, "zalo-msg-8812734401",
      new CitizenRef(ZALO_IDENTITY, "Nguyễn Thị Lan", "+84912345678", "lan.nguyen@example.vn"),
      ZALO_CODE,
      new NewReport(ItemKind.REPORT, "STREET_LIGHT",
          "Đèn đường trước số 12 Hùng Vương, phường Tân An bị tắt ba đêm liền, "
              + "rất nguy hiểm cho người đi xe máy.",
          new Location("27712", 10.5359, 106.4137, "12 Hùng Vương, phường Tân An, tỉnh Tây Ninh"),
          List.of(new Attachment("https://files.example.vn/zalo/8812734401/photo-1.jpg",
              "image/jpeg")),
          new Consent(true, "zalo-consent-2025-07", Instant.parse("2026-11-29T01:00:00Z"))));

  static final IntakeEnvelope ANSWERED_ON_THE_SPOT = IntakeEnvelope.v1(
      "3c9e7a15-8b2d-4f60-a1c4-5e7f9b2d4a86", Instant.parse("2026-11-29T02:10:00Z"),
      Channel.HOTLINE, "pbx-20261129-000123",
      new CitizenRef("phone:+84912345678", "Trần Văn Bình", "+84912345678", null),
      "H7K3M9QX23",
      new NewReport(ItemKind.QUESTION, "ADMIN_PROCEDURE",
          "Hỏi nơi đăng ký khai sinh cho con và giấy tờ cần mang theo.",
          new Location("27712", null, null, null), List.of(),
          new Consent(true, "hotline-2025-07", Instant.parse("2026-11-29T02:08:00Z")),
          "Đăng ký khai sinh tại UBND phường Tân An hoặc trực tuyến trên Cổng Dịch vụ công"
              + " quốc gia; mang giấy chứng sinh và giấy tờ tùy thân."));

  static final IntakeEnvelope FOLLOW_UP = IntakeEnvelope.v1(
      "5d1f8a27-2c64-4b0e-8f3a-71e2b9c4d605", Instant.parse("2026-11-30T02:15:00Z"), Channel.WEB,
      "idem-7f3c9b1e", new CitizenRef("web:c9f2a1d4e7b84f03", null, null, null), "W7K3M9QX28",
      new FollowUp("Tối qua đèn vẫn chưa sáng. Tôi gửi thêm ảnh chụp lúc 20 giờ.",
          List.of(new Attachment("https://files.example.vn/web/idem-7f3c9b1e/anh-2.png",
              "image/png"))));

  static final IntakeEnvelope FOLLOW = IntakeEnvelope.v1(
      "c4a1e8d2-7b3f-4e19-a6d5-2f8b9c0e1d34", Instant.parse("2026-12-01T03:20:00Z"), Channel.WEB,
      "idem-4b8e2a91",
      new CitizenRef("web:d81c3f5a9e2b4c07", "Lê Thị Hoa", "+84987654321", "hoa.le@example.vn"),
      "W7K3M9QX28",
      new Follow(new Consent(true, "web-2025-07", Instant.parse("2026-12-01T03:20:00Z"))));

  static final IntakeEnvelope RATING = IntakeEnvelope.v1(
      "9a4c6e13-0b7d-4f58-a2e6-d81f35c7b490", Instant.parse("2026-12-04T09:30:00Z"), Channel.APP,
      "app-evt-20261204-0042", new CitizenRef("app:smartcity:u-58213", null, null, null),
      "A9BCDEFGH7", new Rating(5, "Phường xử lý nhanh, cảm ơn các anh chị."));

  static final IntakeEnvelope NOT_FIXED = IntakeEnvelope.v1(
      "e2b8d4f6-3a91-4c7e-b5d0-6f1a2c3e4b57", Instant.parse("2026-12-05T11:45:30Z"),
      Channel.HOTLINE, "call-1022-20261205-0317",
      new CitizenRef("phone:+84912345678", null, "+84912345678", null), "H4PRT8NVEB",
      new NotFixedVerdict("Đèn chỉ sáng được một đêm rồi lại tắt."));

  static final IntakeEnvelope DELIVERY_REPORT = IntakeEnvelope.v1(
      "5d7e9a1b-2c3f-4a6b-8d0e-1f2a3b4c5d6e", Instant.parse("2026-12-06T02:15:00Z"),
      Channel.ZALO, "notify-1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9",
      new CitizenRef(ZALO_IDENTITY, null, null, null), ZALO_CODE,
      new DeliveryReport("1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", DeliveryStatus.SENT,
          "Đã gửi tin nhắn tư vấn qua Zalo OA.", "Sent as a Zalo OA consultation message."));

  static final TicketEvent TICKET_EVENT = new TicketEvent(
      SchemaId.TICKET_EVENT_V1, "7c3e9f21-8d4a-4b6c-9e0f-2a1b3c4d5e6f", TicketEventType.ROUTED,
      Instant.parse("2026-11-29T01:02:04Z"), 4711L, ZALO_CODE, "ROUTED", ItemKind.REPORT,
      "STREET_LIGHT", "27712", "UBND-27712", Channel.ZALO, RECEIVED, LocalDate.of(2026, 12, 11),
      REPORT_ID);

  static final Notification NOTIFICATION = new Notification(
      SchemaId.NOTIFICATION_V1, "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", NotificationKind.RECEIPT,
      Instant.parse("2026-11-29T01:02:04Z"), Channel.ZALO, ZALO_IDENTITY, ZALO_CODE,
      "Tỉnh đã tiếp nhận phản ánh của bạn. Mã tra cứu: Z7K3M-9QX22. "
          + "Hạn giải quyết dự kiến: 11/12/2026.",
      "The province has received your report. Tracking code: Z7K3M-9QX22. "
          + "Expected answer by 2026-12-11.",
      new Notification.Contact("+84912345678", "lan.nguyen@example.vn"));

  @Test
  void newReportMatchesItsGoldenFile() throws IOException {
    assertGolden("intake-new-report-v1.json", NEW_REPORT, IntakeEnvelope.class);
  }

  @Test
  void aReportAnsweredOnTheSpotMatchesItsGoldenFile() throws IOException {
    assertGolden("intake-new-report-answered-v1.json", ANSWERED_ON_THE_SPOT,
        IntakeEnvelope.class);
  }

  @Test
  void aReaderWithoutTheAnswerFieldReadsAnOrdinaryReportAsBefore() throws IOException {
    IntakeEnvelope read = ContractJson.mapper().readValue(golden("intake-new-report-v1.json"),
        IntakeEnvelope.class);
    NewReport report = (NewReport) read.payload();
    assertFalse(report.answered());
    assertFalse(ContractJson.mapper().readTree(ContractJson.write(NEW_REPORT)).path("payload")
        .has("answeredOnTheSpot"), "an ordinary report does not carry the field");
  }

  @Test
  void followUpMatchesItsGoldenFile() throws IOException {
    assertGolden("intake-follow-up-v1.json", FOLLOW_UP, IntakeEnvelope.class);
  }

  @Test
  void followMatchesItsGoldenFile() throws IOException {
    assertGolden("intake-follow-v1.json", FOLLOW, IntakeEnvelope.class);
  }

  @Test
  void ratingMatchesItsGoldenFile() throws IOException {
    assertGolden("intake-rating-v1.json", RATING, IntakeEnvelope.class);
  }

  @Test
  void notFixedVerdictMatchesItsGoldenFile() throws IOException {
    assertGolden("intake-not-fixed-v1.json", NOT_FIXED, IntakeEnvelope.class);
  }

  @Test
  void deliveryReportMatchesItsGoldenFile() throws IOException {
    assertGolden("intake-delivery-report-v1.json", DELIVERY_REPORT, IntakeEnvelope.class);
  }

  @Test
  void ticketEventMatchesItsGoldenFile() throws IOException {
    assertGolden("ticket-event-v1.json", TICKET_EVENT, TicketEvent.class);
  }

  @Test
  void notificationMatchesItsGoldenFile() throws IOException {
    assertGolden("notification-v1.json", NOTIFICATION, Notification.class);
  }

  @Test
  void derivedLocationHelpersAreNotWrittenAsFields() throws IOException {
    JsonNode location = ContractJson.mapper().readTree(ContractJson.write(NEW_REPORT))
        .path("payload").path("location");
    assertFalse(location.has("empty"), () -> "Location.isEmpty() is on the wire: " + location);
    assertFalse(location.has("point"), () -> "Location.hasPoint() is on the wire: " + location);
  }

  @Test
  void goldenTrackingCodesAreValid() {
    for (String code : List.of(ZALO_CODE, FOLLOW_UP.trackingCode(), FOLLOW.trackingCode(),
        RATING.trackingCode(),
        NOT_FIXED.trackingCode(), ANSWERED_ON_THE_SPOT.trackingCode())) {
      assertTrue(TrackingCode.parse(code).isPresent(), code);
    }
  }

  @Test
  void goldenFilesNameTheirSchemaAndPayloadType() throws IOException {
    JsonNode report = ContractJson.mapper().readTree(golden("intake-new-report-v1.json"));
    assertEquals("hub.intake", report.path("schema").path("name").asText());
    assertEquals(1, report.path("schema").path("version").asInt());
    assertEquals("NEW_REPORT", report.path("payload").path("type").asText());
    assertEquals("FOLLOW_UP", typeIn("intake-follow-up-v1.json"));
    assertEquals("FOLLOW", typeIn("intake-follow-v1.json"));
    assertEquals("RATING", typeIn("intake-rating-v1.json"));
    assertEquals("NOT_FIXED", typeIn("intake-not-fixed-v1.json"));
  }

  @Test
  void readersIgnoreFieldsTheyDoNotKnow() {
    String newerWriter = """
        {
          "schema": {"name": "hub.intake", "version": 1, "revision": "1.3"},
          "id": "9a4c6e13-0b7d-4f58-a2e6-d81f35c7b490",
          "occurredAt": "2026-12-04T09:30:00Z",
          "channel": "APP",
          "channelRef": "app-evt-20261204-0042",
          "traceId": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
          "citizen": {"identity": "app:smartcity:u-58213", "locale": "vi-VN"},
          "trackingCode": "A9BCDEFGH7",
          "payload": {
            "type": "RATING",
            "score": 5,
            "comment": "Phường xử lý nhanh, cảm ơn các anh chị.",
            "aspects": {"speed": 5, "courtesy": 4}
          }
        }
        """;
    IntakeEnvelope read =
        ContractJson.read(newerWriter.getBytes(StandardCharsets.UTF_8), IntakeEnvelope.class);
    assertEquals(RATING, read);
  }

  @Test
  void anUnknownPayloadTypeIsRefused() {
    String unknownType = """
        {
          "schema": {"name": "hub.intake", "version": 1},
          "id": "9a4c6e13-0b7d-4f58-a2e6-d81f35c7b490",
          "occurredAt": "2026-12-04T09:30:00Z",
          "channel": "APP",
          "citizen": {"identity": "app:smartcity:u-58213"},
          "trackingCode": "A9BCDEFGH7",
          "payload": {"type": "PRAISE", "comment": "Tốt lắm"}
        }
        """;
    assertThrows(UncheckedIOException.class,
        () -> ContractJson.read(unknownType.getBytes(StandardCharsets.UTF_8),
            IntakeEnvelope.class));
  }

  private static <T> void assertGolden(String file, T expected, Class<T> type) throws IOException {
    byte[] golden = golden(file);
    assertEquals(expected, ContractJson.mapper().readValue(golden, type), file + " reads back");
    assertEquals(ContractJson.mapper().readTree(golden),
        ContractJson.mapper().readTree(ContractJson.write(expected)), file + " is what we write");
  }

  private static String typeIn(String file) throws IOException {
    return ContractJson.mapper().readTree(golden(file)).path("payload").path("type").asText();
  }

  private static byte[] golden(String file) throws IOException {
    try (InputStream in = GoldenJsonTest.class.getResourceAsStream("/golden/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing golden file " + file);
      }
      return in.readAllBytes();
    }
  }
}
