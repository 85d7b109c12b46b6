package vn.citizenhub.core.lifecycle;

import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/** A transfer taking effect, whether at once or once a coordinator approved it. */
final class Transfers {

  private Transfers() {}

  static Change complete(TicketState next, String target, LifecycleContext.AgencyName name,
      String reason) {
    next.agencyCode = target;
    next.assigneeId = null;
    next.transferTo = null;
    next.transferReason = null;
    next.escalation = 0;
    if (next.status != TicketStatus.WAITING_FOR_CITIZEN) {
      next.status = TicketStatus.ROUTED;
    }
    String vi = "Đã chuyển đến " + name.nameVi() + " là cơ quan có thẩm quyền. Hạn giải quyết"
        + " không thay đổi: " + LifecycleTexts.vi(next.dueDate) + ".";
    String en = "Transferred to " + name.nameEn() + ", the competent agency. The due date is"
        + " unchanged: " + LifecycleTexts.en(next.dueDate) + ".";
    return new Change(next)
        .line("TRANSFERRED", Visibility.PUBLIC, vi, en)
        .line("TRANSFER_REASON", Visibility.INTERNAL, reason, reason)
        .event(TicketEventType.TRANSFERRED)
        .tell(LifecycleTexts.aboutVi(vi), LifecycleTexts.aboutEn(en));
  }
}
