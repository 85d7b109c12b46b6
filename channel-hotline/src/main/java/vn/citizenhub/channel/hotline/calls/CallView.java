package vn.citizenhub.channel.hotline.calls;

import java.time.Instant;
import vn.citizenhub.channel.hotline.screen.ScreenPop;
import vn.citizenhub.contract.TrackingCode;

/** A call as the operator's console shows it. */
public record CallView(String callId, String source, String caller, String callerDisplay,
    String extension, String operator, Instant startedAt, Instant answeredAt, Instant endedAt,
    String outcome, String outcomeLabel, String ticketCode, Integer handlingSeconds) {

  public static CallView of(CallRecord c) {
    return new CallView(c.callId(), c.source().name(), c.callerPhone(),
        ScreenPop.display(c.callerPhone()), c.extension(), c.operator(), c.startedAt(),
        c.answeredAt(), c.endedAt(), c.outcome() == null ? null : c.outcome().name(),
        c.outcome() == null ? null : c.outcome().labelVi(),
        c.ticketCode() == null ? null : TrackingCode.parse(c.ticketCode())
            .map(TrackingCode::display).orElse(c.ticketCode()),
        c.handlingSeconds());
  }
}
