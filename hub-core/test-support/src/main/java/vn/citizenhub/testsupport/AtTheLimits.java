package vn.citizenhub.testsupport;

import java.time.Instant;
import java.util.Collections;
import java.util.UUID;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.Attachment;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.Consent;
import vn.citizenhub.contract.intake.FollowUp;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.IntakeValidator;
import vn.citizenhub.contract.intake.Location;
import vn.citizenhub.contract.intake.NewReport;

/**
 * Intake with every field at exactly its maximum, written in the widest characters a Java text
 * can have in UTF-8 (three bytes each), so that what passes here is the most any channel can
 * ever send: it must be accepted by the validator and become a ticket.
 */
public final class AtTheLimits {

  private AtTheLimits() {}

  /** Vietnamese letters, each of three bytes in UTF-8 (U+1Exx): the widest a Java char gets. */
  private static final String WIDE = "ờếựảữộ";

  /** Text of exactly {@code length} chars, every one three UTF-8 bytes. */
  public static String text(int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(WIDE.charAt(i % WIDE.length()));
    }
    return s.toString();
  }

  /** Printable ASCII of {@code length}, starting with {@code start}, unique by a random tail. */
  public static String ascii(String start, int length) {
    String tail = UUID.randomUUID().toString().replace("-", "");
    StringBuilder s = new StringBuilder(start);
    while (s.length() + tail.length() < length) {
      s.append('x');
    }
    return s.append(tail).substring(0, length);
  }

  /** A citizen identity of the largest size, unique. */
  public static String identity() {
    return ascii("zalo:", IntakeValidator.MAX_IDENTITY);
  }

  public static CitizenRef citizen(String identity) {
    String email = "a".repeat(64) + "@" + "d".repeat(IntakeValidator.MAX_EMAIL - 68) + ".vn";
    return new CitizenRef(identity, text(IntakeValidator.MAX_NAME), "+84  (912) 345 - 678",
        email);
  }

  /** A new report with every field at its maximum, answered on the spot when {@code answered}. */
  public static IntakeEnvelope report(String identity, boolean answered) {
    Attachment attachment = new Attachment(ascii("https://media.example.vn/",
        IntakeValidator.MAX_ATTACHMENT_URL), ascii("image/", IntakeValidator.MAX_MEDIA_TYPE));
    NewReport report = new NewReport(ItemKind.REPORT,
        ascii("C", IntakeValidator.MAX_CATEGORY_CODE).toUpperCase(),
        text(IntakeValidator.MAX_DESCRIPTION),
        new Location("9".repeat(IntakeValidator.MAX_COMMUNE_CODE), IntakeValidator.MAX_LATITUDE,
            IntakeValidator.MAX_LONGITUDE, text(IntakeValidator.MAX_ADDRESS)),
        Collections.nCopies(IntakeValidator.MAX_ATTACHMENTS, attachment),
        new Consent(true, ascii("v", IntakeValidator.MAX_CONSENT_VERSION), Instant.now()),
        answered ? text(IntakeValidator.MAX_MESSAGE) : null);
    return IntakeEnvelope.v1(ascii("e", IntakeValidator.MAX_ENVELOPE_ID), Instant.now(),
        Channel.ZALO, ascii("r", IntakeValidator.MAX_CHANNEL_REF), citizen(identity),
        TrackingCode.generate(Channel.ZALO).value(), report);
  }

  /** A follow-up on {@code trackingCode} with the longest message and every attachment. */
  public static IntakeEnvelope followUp(String identity, String trackingCode) {
    Attachment attachment = new Attachment(ascii("https://media.example.vn/",
        IntakeValidator.MAX_ATTACHMENT_URL), ascii("image/", IntakeValidator.MAX_MEDIA_TYPE));
    return IntakeEnvelope.v1(ascii("f", IntakeValidator.MAX_ENVELOPE_ID), Instant.now(),
        Channel.ZALO, ascii("r", IntakeValidator.MAX_CHANNEL_REF), citizen(identity),
        trackingCode, new FollowUp(text(IntakeValidator.MAX_MESSAGE),
            Collections.nCopies(IntakeValidator.MAX_ATTACHMENTS, attachment)));
  }
}
