package vn.citizenhub.core.lifecycle;

import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/**
 * The hub's daily look at a running clock: due by the next working day goes to the agency's lead,
 * past due goes to the provincial coordinator. Each level is raised once; a paused clock is not
 * escalated.
 */
final class EscalateAction extends LifecycleAction {

  static final String NAME = "ESCALATE";
  static final int DUE_SOON = 1;
  static final int OVERDUE = 2;

  EscalateAction() {
    super(NAME, "cảnh báo hạn", OPEN, NO_STAFF);
  }

  @Override
  public boolean allows(Actor actor) {
    return actor == Actor.SYSTEM;
  }

  @Override
  public boolean appliesTo(TicketState t) {
    return super.appliesTo(t) && t.status != TicketStatus.WAITING_FOR_CITIZEN
        && t.escalation < OVERDUE;
  }

  /** The level this ticket should be at on {@code ctx.today()}. */
  static int levelDue(TicketState t, LifecycleContext ctx) {
    if (ctx.today().isAfter(t.dueDate)) {
      return OVERDUE;
    }
    // Due today or by the next working day.
    return t.dueDate.isAfter(ctx.ticketClock().nextWorkingDayAfter(ctx.today())) ? 0 : DUE_SOON;
  }

  @Override
  protected Change apply(TicketState next, ActionInput input, Actor actor, LifecycleContext ctx) {
    int level = levelDue(next, ctx);
    if (level <= next.escalation) {
      throw LifecycleRefusal.invalid("NOTHING_TO_ESCALATE", "Chưa đến mức cảnh báo mới.",
          "No new escalation level is due.");
    }
    next.escalation = level;
    String due = LifecycleTexts.vi(next.dueDate);
    return level == OVERDUE
        ? new Change(next)
            .line("ESCALATED_OVERDUE", Visibility.INTERNAL,
                "Quá hạn giải quyết (" + due + "): đã báo điều phối viên của tỉnh.",
                "Past its due date (" + next.dueDate + "): the provincial coordinator was told.")
            .event(TicketEventType.ESCALATED_OVERDUE)
        : new Change(next)
            .line("ESCALATED_DUE_SOON", Visibility.INTERNAL,
                "Sắp đến hạn giải quyết (" + due + "): đã báo " + whoVi(next) + ".",
                "Due soon (" + next.dueDate + "): " + whoEn(next) + " was told.")
            .event(TicketEventType.ESCALATED_DUE_SOON);
  }

  // A ticket still in triage has no agency yet: its coordinator is the one to tell.
  private static String whoVi(TicketState t) {
    return t.agencyCode == null ? "điều phối viên của tỉnh" : "lãnh đạo cơ quan";
  }

  private static String whoEn(TicketState t) {
    return t.agencyCode == null ? "the provincial coordinator" : "the agency's lead";
  }
}
