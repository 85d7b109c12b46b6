package vn.citizenhub.channel.web.report;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import vn.citizenhub.channel.handoff.HandoffResult;
import vn.citizenhub.channel.handoff.IntakeHandoff;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.Consent;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.Location;
import vn.citizenhub.contract.intake.NewReport;

/** Turns a valid web form into an intake envelope and hands it off. */
@Singleton
class WebIntake {

  private final IntakeHandoff handoff;
  private final Clock clock = Clock.systemUTC();

  WebIntake(IntakeHandoff handoff) {
    this.handoff = handoff;
  }

  static NewReport report(WebReportForm form) {
    return report(form, form.location());
  }

  /** The report the form describes, at {@code location} (the form's, or its photo's pin). */
  static NewReport report(WebReportForm form, Location location) {
    Consent consent = form.consent() == null ? null
        : new Consent(Boolean.TRUE.equals(form.consent().given()), form.consent().textVersion(),
            null);
    return new NewReport(form.kind(), form.categoryCode(), form.description(), location,
        null, consent);
  }

  /** An earlier request's answer for this key, if any (looked up before photos are stored). */
  Optional<HandoffResult> earlier(String idempotencyKey, String requestHash) {
    return idempotencyKey == null ? Optional.empty()
        : handoff.earlier(Channel.WEB, idempotencyKey, requestHash);
  }

  HandoffResult submit(WebReportForm form, NewReport report, String idempotencyKey,
      String requestHash) {
    Instant now = clock.instant();
    String envelopeId = UUID.randomUUID().toString();
    String identity = Channel.WEB.identity(
        form.citizenRef() != null ? form.citizenRef() : "anon-" + envelopeId);
    CitizenRef citizen = new CitizenRef(identity, form.name(), form.phone(), form.email());
    NewReport consented = new NewReport(report.kind(), report.categoryCode(), report.description(),
        report.location(), report.attachments(),
        new Consent(true, report.consent().textVersion(), now));
    return handoff.handOffNewReport(Channel.WEB, idempotencyKey, requestHash,
        code -> IntakeEnvelope.v1(envelopeId, now, Channel.WEB,
            idempotencyKey != null ? idempotencyKey : envelopeId, citizen, code.value(),
            consented));
  }

  static String sha256(String body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
