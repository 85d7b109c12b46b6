package vn.citizenhub.core.lifecycle;

import java.util.Set;
import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/** The agency's first response: it has the ticket and is working on it. */
final class AcknowledgeAction extends LifecycleAction {

  AcknowledgeAction() {
    super("ACKNOWLEDGE", "tiếp nhận xử lý", Set.of(TicketStatus.ROUTED, TicketStatus.ASSIGNED,
        TicketStatus.REOPENED), HANDLERS);
  }

  @Override
  protected Change apply(TicketState next, ActionInput input, Actor actor, LifecycleContext ctx) {
    next.status = TicketStatus.IN_PROGRESS;
    next.markFirstResponse(ctx.now());
    if (next.assigneeId == null && actor.is(StaffRole.AGENCY_OFFICER, StaffRole.AGENCY_LEAD)) {
      next.assigneeId = actor.staffId();
    }
    String vi = "Cơ quan đã tiếp nhận và đang xử lý. Hạn giải quyết: "
        + LifecycleTexts.vi(next.dueDate) + ".";
    String en = "The agency has taken up the report and is working on it. Due by "
        + LifecycleTexts.en(next.dueDate) + ".";
    return new Change(next)
        .line("ACKNOWLEDGED", Visibility.PUBLIC, vi, en)
        .event(TicketEventType.ACKNOWLEDGED)
        .tell(LifecycleTexts.aboutVi(vi), LifecycleTexts.aboutEn(en));
  }
}
