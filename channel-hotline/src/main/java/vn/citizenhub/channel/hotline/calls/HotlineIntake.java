package vn.citizenhub.channel.hotline.calls;

import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import vn.citizenhub.channel.handoff.HandoffResult;
import vn.citizenhub.channel.handoff.IntakeHandoff;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.FollowUp;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.contract.TrackingCode;

/**
 * Hands what was said on a call to the hub, durably: a new report (or a matter answered on the
 * spot) or a follow-up on an existing ticket. One of each per call: the call id is the
 * idempotency key, so a form sent twice (a double press, a retry after a timeout) is one ticket.
 */
@Singleton
class HotlineIntake {

  private final IntakeHandoff handoff;

  HotlineIntake(IntakeHandoff handoff) {
    this.handoff = handoff;
  }

  static String reportKey(String callId) {
    return "hotline-call:" + callId + ":report";
  }

  static String followUpKey(String callId) {
    return "hotline-call:" + callId + ":follow-up";
  }

  /**
   * {@code form} is what the operator posted: the same form again is the same report, a
   * different one on the same call is refused ({@link HandoffResult.Outcome#KEY_REUSED}).
   */
  HandoffResult report(String callId, CitizenRef caller, NewReport report, Object form,
      Instant now) {
    String envelopeId = UUID.randomUUID().toString();
    return handoff.handOffNewReport(Channel.HOTLINE, reportKey(callId),
        sha256(ContractJson.write(form)),
        code -> IntakeEnvelope.v1(envelopeId, now, Channel.HOTLINE, callId, caller, code.value(),
            report));
  }

  HandoffResult followUp(String callId, CitizenRef caller, TrackingCode ticket, String message,
      Instant now) {
    IntakeEnvelope envelope = IntakeEnvelope.v1(UUID.randomUUID().toString(), now,
        Channel.HOTLINE, callId, caller, ticket.value(), new FollowUp(message, List.of()));
    return handoff.handOff(envelope, followUpKey(callId));
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
