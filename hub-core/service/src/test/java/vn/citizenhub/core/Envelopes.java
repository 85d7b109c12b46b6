package vn.citizenhub.core;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.Consent;
import vn.citizenhub.contract.intake.Follow;
import vn.citizenhub.contract.intake.FollowUp;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.Location;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.contract.intake.NotFixedVerdict;
import vn.citizenhub.contract.intake.Rating;

/** Intake envelopes as channels send them, for tests. */
public final class Envelopes {

  /** Phường Tân An, whose People's Committee handles street lights there. */
  public static final String TAN_AN = "27712";

  private Envelopes() {}

  public static IntakeEnvelope report(String identity, String category, String commune) {
    return report(identity, category, commune, Instant.now());
  }

  public static IntakeEnvelope report(String identity, String category, String commune,
      Instant occurredAt) {
    return IntakeEnvelope.v1(UUID.randomUUID().toString(), occurredAt, Channel.ZALO,
        "msg-" + UUID.randomUUID(), new CitizenRef(identity, "Nguyễn Văn An", "0912345678", null),
        TrackingCode.generate(Channel.ZALO).value(),
        new NewReport(ItemKind.REPORT, category,
            "Đèn đường trước số 12 Hùng Vương bị tắt ba đêm liền.",
            new Location(commune, null, null, "12 Hùng Vương"), List.of(),
            new Consent(true, "zalo-consent-2025-07", Instant.now())));
  }

  /** A report from the web portal (its citizen identified by the portal's reference). */
  public static IntakeEnvelope webReport(String citizenRef, String category, String commune,
      String description) {
    return IntakeEnvelope.v1(UUID.randomUUID().toString(), Instant.now(), Channel.WEB,
        "idem-" + UUID.randomUUID(), new CitizenRef(Channel.WEB.identity(citizenRef),
            "Phạm Minh Đức", "0987111222", "duc.pham@example.vn"),
        TrackingCode.generate(Channel.WEB).value(),
        new NewReport(ItemKind.REPORT, category, description,
            new Location(commune, null, null, "Hẻm 3 Hùng Vương"), List.of(),
            new Consent(true, "web-2025-07", Instant.now())));
  }

  /** A matter the hotline answered as it took it in: a ticket resolved at once. */
  public static IntakeEnvelope answered(String identity, String category, String commune) {
    return IntakeEnvelope.v1(UUID.randomUUID().toString(), Instant.now(), Channel.HOTLINE,
        "pbx-" + UUID.randomUUID(), new CitizenRef(identity, "Trần Văn Bình", null, null),
        TrackingCode.generate(Channel.HOTLINE).value(),
        new NewReport(ItemKind.QUESTION, category, "Hỏi ai sửa đèn đường chập chờn trước nhà.",
            new Location(commune, null, null, null), List.of(),
            new Consent(true, "hotline-2025-07", Instant.now()),
            "Đèn do Điện lực quản lý; tổng đài đã báo Điện lực."));
  }

  /** A web citizen follows the ticket instead of reporting it again. */
  public static IntakeEnvelope follow(String citizenRef, String trackingCode, String email) {
    return IntakeEnvelope.v1(UUID.randomUUID().toString(), Instant.now(), Channel.WEB,
        "idem-" + UUID.randomUUID(), new CitizenRef(Channel.WEB.identity(citizenRef),
            "Lê Thị Hoa", null, email), trackingCode,
        new Follow(new Consent(true, "web-2025-07", Instant.now())));
  }

  public static IntakeEnvelope followUp(String identity, String trackingCode, String message) {
    return IntakeEnvelope.v1(UUID.randomUUID().toString(), Instant.now(), Channel.ZALO,
        "msg-" + UUID.randomUUID(), new CitizenRef(identity, null, null, null), trackingCode,
        new FollowUp(message, List.of()));
  }

  public static IntakeEnvelope rating(String identity, String trackingCode, int score) {
    return rating(identity, trackingCode, score, null);
  }

  public static IntakeEnvelope rating(String identity, String trackingCode, int score,
      String comment) {
    return IntakeEnvelope.v1(UUID.randomUUID().toString(), Instant.now(), Channel.ZALO,
        "msg-" + UUID.randomUUID(), new CitizenRef(identity, null, null, null), trackingCode,
        new Rating(score, comment));
  }

  public static IntakeEnvelope notFixed(String identity, String trackingCode, String comment) {
    return IntakeEnvelope.v1(UUID.randomUUID().toString(), Instant.now(), Channel.ZALO,
        "msg-" + UUID.randomUUID(), new CitizenRef(identity, null, null, null), trackingCode,
        new NotFixedVerdict(comment));
  }

  public static String newIdentity() {
    return "zalo:" + UUID.randomUUID().toString().replace("-", "");
  }
}
