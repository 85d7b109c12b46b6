package vn.citizenhub.core.lifecycle;

import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/**
 * A resolved ticket opened again: the agency gets a fresh resolution period from today, and the
 * earlier outcome no longer counts in the league table until it is resolved again.
 */
final class Reopening {

  private Reopening() {}

  static Change reopen(TicketState next, LifecycleContext ctx, String whyVi, String whyEn) {
    next.status = TicketStatus.REOPENED;
    next.resolvedAt = null;
    next.closedAt = null;
    next.closureCode = null;
    next.onTime = null;
    next.escalation = 0;
    next.dueDate = ctx.ticketClock().after(ctx.clock().dayType(), ctx.today(),
        ctx.clock().resolutionDays());
    String vi = "Đã mở lại: " + whyVi + " Hạn giải quyết mới: " + LifecycleTexts.vi(next.dueDate)
        + ".";
    String en = "Reopened: " + whyEn + " New due date: " + LifecycleTexts.en(next.dueDate) + ".";
    return new Change(next)
        .line("REOPENED", Visibility.PUBLIC, vi, en)
        .event(TicketEventType.REOPENED)
        .tell(LifecycleTexts.aboutVi(vi), LifecycleTexts.aboutEn(en));
  }
}
