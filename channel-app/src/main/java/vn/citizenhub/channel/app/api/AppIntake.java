package vn.citizenhub.channel.app.api;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.citizenhub.channel.app.partner.AppCaller;
import vn.citizenhub.channel.app.signing.RequestSignature;
import vn.citizenhub.channel.handoff.HandoffResult;
import vn.citizenhub.channel.handoff.IntakeHandoff;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.Consent;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.IntakePayload;
import vn.citizenhub.contract.intake.NewReport;

/**
 * Turns an app's checked request into intake envelopes and hands them off durably. The citizen is
 * the app's own user, {@code app:<app id>:<user id>}; a phone the app verified rides along as the
 * citizen's phone, which is what links them to their Zalo, web and hotline contacts in hub-core.
 * An app's {@code Idempotency-Key} is scoped to the app and its user, so two apps (or two users)
 * choosing the same key never meet.
 */
@Singleton
class AppIntake {

  private final IntakeHandoff handoff;
  private final Clock clock = Clock.systemUTC();

  AppIntake(IntakeHandoff handoff) {
    this.handoff = handoff;
  }

  static String identity(AppCaller caller) {
    return Channel.APP.identity(caller.appId() + ":" + caller.appUserId());
  }

  /** The key the hand-off keeps: the app's own key, scoped; null without one. */
  static String scopedKey(AppCaller caller, String idempotencyKey) {
    if (idempotencyKey == null) {
      return null;
    }
    return caller.appId() + ":" + RequestSignature.sha256Hex(
        (caller.appUserId() + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
  }

  Optional<HandoffResult> earlier(String scopedKey, String requestHash) {
    return scopedKey == null ? Optional.empty()
        : handoff.earlier(Channel.APP, scopedKey, requestHash);
  }

  HandoffResult newReport(AppCaller caller, AppReportForm form, NewReport report,
      String scopedKey, String requestHash) {
    Instant now = clock.instant();
    String envelopeId = UUID.randomUUID().toString();
    CitizenRef citizen = new CitizenRef(identity(caller), form.name(), form.verifiedPhone(), null);
    NewReport consented = new NewReport(report.kind(), report.categoryCode(),
        report.description(), report.location(), report.attachments(),
        new Consent(true, report.consent().textVersion(), now));
    return handoff.handOffNewReport(Channel.APP, scopedKey, requestHash,
        code -> IntakeEnvelope.v1(envelopeId, now, Channel.APP,
            scopedKey != null ? scopedKey : envelopeId, citizen, code.value(), consented));
  }

  /** A follow-up, rating or verdict about the user's own ticket {@code code}. */
  HandoffResult aboutTicket(AppCaller caller, String code, IntakePayload payload,
      String scopedKey) {
    Instant now = clock.instant();
    String envelopeId = UUID.randomUUID().toString();
    CitizenRef citizen = new CitizenRef(identity(caller), null, null, null);
    return handoff.handOff(IntakeEnvelope.v1(envelopeId, now, Channel.APP,
        scopedKey != null ? scopedKey : envelopeId, citizen, code, payload), scopedKey);
  }
}
