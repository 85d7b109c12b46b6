package vn.citizenhub.core.lifecycle;

import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/** A coordinator refuses a transfer request; the ticket stays with its agency. */
final class RejectTransferAction extends LifecycleAction {

  RejectTransferAction() {
    super("REJECT_TRANSFER", "từ chối chuyển cơ quan", OPEN, COORDINATORS);
  }

  @Override
  public boolean appliesTo(TicketState t) {
    return super.appliesTo(t) && t.transferTo != null;
  }

  @Override
  protected Change apply(TicketState next, ActionInput input, Actor actor, LifecycleContext ctx) {
    String reason = required(input, "reason", "lý do từ chối");
    next.transferTo = null;
    next.transferReason = null;
    return new Change(next)
        .line("TRANSFER_REJECTED", Visibility.INTERNAL,
            "Điều phối viên không phê duyệt chuyển cơ quan: " + reason,
            "The coordinator refused the transfer: " + reason)
        .event(TicketEventType.TRANSFER_REJECTED);
  }
}
