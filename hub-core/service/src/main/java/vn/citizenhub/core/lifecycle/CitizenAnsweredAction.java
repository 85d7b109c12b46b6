package vn.citizenhub.core.lifecycle;

import java.util.Set;
import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.core.sla.ClockRule;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/** The citizen answered the agency's question (a follow-up intake): the clock runs again. */
final class CitizenAnsweredAction extends LifecycleAction {

  static final String NAME = "CITIZEN_ANSWERED";

  CitizenAnsweredAction() {
    super(NAME, "người dân bổ sung thông tin", Set.of(TicketStatus.WAITING_FOR_CITIZEN), NO_STAFF);
  }

  @Override
  protected Change apply(TicketState next, ActionInput input, Actor actor, LifecycleContext ctx) {
    ClockRule clock = ctx.clock();
    int given = ctx.ticketClock().pausedDays(clock.dayType(), next.pausedSince, ctx.today());
    next.dueDate = ctx.ticketClock().after(clock.dayType(), next.dueDate, given);
    next.pausedSince = null;
    next.status = TicketStatus.IN_PROGRESS;
    next.escalation = 0;
    return new Change(next)
        .line("CLOCK_RESUMED", Visibility.PUBLIC,
            "Đã nhận thông tin bổ sung; tiếp tục xử lý. Hạn giải quyết mới: "
                + LifecycleTexts.vi(next.dueDate) + ".",
            "Information received; handling resumes. New due date: "
                + LifecycleTexts.en(next.dueDate) + ".")
        .event(TicketEventType.CLOCK_RESUMED);
  }
}
