package vn.citizenhub.channel.web.follow;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import vn.citizenhub.channel.handoff.HandoffResult;
import vn.citizenhub.channel.handoff.IntakeHandoff;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.Consent;
import vn.citizenhub.contract.intake.Follow;
import vn.citizenhub.contract.intake.IntakeEnvelope;

/** Turns a valid follow into a FOLLOW intake envelope and hands it off durably. */
@Singleton
class WebFollowIntake {

  private final IntakeHandoff handoff;
  private final Clock clock = Clock.systemUTC();

  WebFollowIntake(IntakeHandoff handoff) {
    this.handoff = handoff;
  }

  HandoffResult submit(WebFollowForm form, String idempotencyKey) {
    Instant now = clock.instant();
    String envelopeId = UUID.randomUUID().toString();
    String identity = Channel.WEB.identity(
        form.citizenRef() != null ? form.citizenRef() : "anon-" + envelopeId);
    CitizenRef citizen = new CitizenRef(identity, form.name(), form.phone(), form.email());
    String code = TrackingCode.parse(form.trackingCode()).orElseThrow().value();
    Follow follow = new Follow(new Consent(true, form.consent().textVersion(), now));
    return handoff.handOff(IntakeEnvelope.v1(envelopeId, now, Channel.WEB,
        idempotencyKey != null ? idempotencyKey : envelopeId, citizen, code, follow),
        idempotencyKey);
  }
}
