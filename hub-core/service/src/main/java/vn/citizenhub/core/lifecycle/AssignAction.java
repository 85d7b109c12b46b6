package vn.citizenhub.core.lifecycle;

import java.util.Set;
import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/** Gives the ticket to an officer of its agency. An officer may only take it themselves. */
final class AssignAction extends LifecycleAction {

  AssignAction() {
    super("ASSIGN", "giao xử lý", Set.of(TicketStatus.ROUTED, TicketStatus.ASSIGNED,
        TicketStatus.IN_PROGRESS, TicketStatus.WAITING_FOR_CITIZEN, TicketStatus.REOPENED),
        HANDLERS);
  }

  @Override
  protected Change apply(TicketState next, ActionInput input, Actor actor, LifecycleContext ctx) {
    Long assignee = input.assigneeId() != null ? input.assigneeId() : actor.staffId();
    if (actor.is(StaffRole.AGENCY_OFFICER) && !assignee.equals(actor.staffId())) {
      throw LifecycleRefusal.notAllowed("giao phiếu cho cán bộ khác");
    }
    String agency = ctx.staff().agencyOfHandler(assignee).orElseThrow(() ->
        LifecycleRefusal.invalid("ASSIGNEE_INVALID", "Cán bộ được giao không thuộc cơ quan nào.",
            "The assignee is not an officer of any agency."));
    if (!agency.equals(next.agencyCode)) {
      throw LifecycleRefusal.invalid("ASSIGNEE_INVALID",
          "Chỉ giao được cho cán bộ của cơ quan đang xử lý phiếu.",
          "Only an officer of the ticket's agency can be assigned.");
    }
    next.assigneeId = assignee;
    if (next.status == TicketStatus.ROUTED || next.status == TicketStatus.REOPENED) {
      next.status = TicketStatus.ASSIGNED;
    }
    return new Change(next)
        .line("ASSIGNED", Visibility.INTERNAL, "Đã giao cho cán bộ #" + assignee + ".",
            "Assigned to officer #" + assignee + ".")
        .event(TicketEventType.ASSIGNED);
  }
}
