package vn.citizenhub.core.lifecycle;

import java.util.Set;
import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/** A coordinator sends a report no rule could route to the competent agency. */
final class RouteAction extends LifecycleAction {

  RouteAction() {
    super("ROUTE", "phân loại, chuyển cơ quan", Set.of(TicketStatus.TRIAGE, TicketStatus.RECEIVED),
        COORDINATORS);
  }

  @Override
  protected Change apply(TicketState next, ActionInput input, Actor actor, LifecycleContext ctx) {
    String note = optional(input, "note", "ghi chú");
    String target = input.agencyCode();
    var name = target == null ? null : ctx.agencies().name(target).orElse(null);
    if (name == null) {
      throw LifecycleRefusal.invalid("AGENCY_UNKNOWN", "Vui lòng chọn cơ quan xử lý hợp lệ.",
          "Choose an existing agency.");
    }
    next.agencyCode = target;
    next.status = TicketStatus.ROUTED;
    String vi = "Đã chuyển đến " + name.nameVi() + " để xử lý. Hạn giải quyết: "
        + LifecycleTexts.vi(next.dueDate) + ".";
    String en = "Forwarded to " + name.nameEn() + " for handling. Due by "
        + LifecycleTexts.en(next.dueDate) + ".";
    Change change = new Change(next)
        .line("ROUTED", Visibility.PUBLIC, vi, en)
        .event(TicketEventType.ROUTED)
        .tell(LifecycleTexts.aboutVi(vi), LifecycleTexts.aboutEn(en));
    if (note != null) {
      change.line("TRIAGE_NOTE", Visibility.INTERNAL, note, note);
    }
    return change;
  }
}
