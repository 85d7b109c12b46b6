package vn.citizenhub.channel.zalo.conversation;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.handoff.HandoffResult;
import vn.citizenhub.channel.handoff.IntakeHandoff;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.intake.Attachment;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.Consent;
import vn.citizenhub.contract.intake.FollowUp;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.IntakePayload;
import vn.citizenhub.contract.intake.Location;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.contract.intake.NotFixedVerdict;
import vn.citizenhub.contract.intake.Rating;

/**
 * Builds intake envelopes from the conversation and hands them off durably. The Zalo msg_id of
 * the message that completed the intake is the idempotency key, so an event processed twice
 * gives the same code and no second ticket. The citizen is {@code zalo:<user id>}, with their
 * phone when they shared it, so hub-core links them to their calls and app reports.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class ZaloIntake {

  private final IntakeHandoff handoff;

  public ZaloIntake(IntakeHandoff handoff) {
    this.handoff = handoff;
  }

  public HandoffResult report(String userId, String phone, Draft draft, String consentVersion,
      String msgId, Instant now) {
    CitizenRef citizen = citizen(userId, phone);
    NewReport report = new NewReport(CategoryMenu.kind(draft.categoryCode()),
        draft.categoryCode(), draft.description(),
        new Location(null, draft.latitude(), draft.longitude(), draft.address()),
        attachments(draft.photos()), new Consent(true, consentVersion, now));
    String envelopeId = UUID.nameUUIDFromBytes(("zalo:" + msgId).getBytes(StandardCharsets.UTF_8))
        .toString();
    return handoff.handOffNewReport(Channel.ZALO, msgId, sha256(msgId), code ->
        IntakeEnvelope.v1(envelopeId, now, Channel.ZALO, msgId, citizen, code.value(), report));
  }

  public HandoffResult followUp(String userId, String phone, String code, String text,
      List<Photo> photos, String msgId, Instant now) {
    return aboutTicket(userId, phone, code, new FollowUp(text, attachments(photos)), msgId, now);
  }

  public HandoffResult rating(String userId, String phone, String code, int score, String msgId,
      Instant now) {
    return aboutTicket(userId, phone, code, new Rating(score, null), msgId, now);
  }

  public HandoffResult notFixed(String userId, String phone, String code, String comment,
      String msgId, Instant now) {
    return aboutTicket(userId, phone, code, new NotFixedVerdict(comment), msgId, now);
  }

  private HandoffResult aboutTicket(String userId, String phone, String code,
      IntakePayload payload, String msgId, Instant now) {
    String envelopeId = UUID.nameUUIDFromBytes(("zalo:" + msgId).getBytes(StandardCharsets.UTF_8))
        .toString();
    return handoff.handOff(IntakeEnvelope.v1(envelopeId, now, Channel.ZALO, msgId,
        citizen(userId, phone), code, payload), msgId);
  }

  private static CitizenRef citizen(String userId, String phone) {
    return new CitizenRef(Channel.ZALO.identity(userId), null, phone, null);
  }

  private static List<Attachment> attachments(List<Photo> photos) {
    // Zalo asks no consent to publish: the photos stay on the ticket page, never public.
    return photos.stream().map(p -> new Attachment(p.url(), p.mediaType(), p.bytes(), false))
        .toList();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
