package vn.citizenhub.core.lifecycle;

import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/**
 * The one extension the Law on Access to Information allows a complex request, with notice to the
 * requester. Other kinds of items have no extension.
 */
final class ExtendAction extends LifecycleAction {

  ExtendAction() {
    super("EXTEND", "gia hạn", WORKABLE, HANDLERS);
  }

  @Override
  public boolean appliesTo(TicketState t) {
    return super.appliesTo(t) && t.kind == ItemKind.INFORMATION_REQUEST && !t.extended;
  }

  @Override
  protected Change apply(TicketState next, ActionInput input, Actor actor, LifecycleContext ctx) {
    int days = ctx.clock().extensionDays();
    if (days <= 0) {
      throw LifecycleRefusal.invalid("NO_EXTENSION",
          "Thời hạn của loại yêu cầu này không được gia hạn.",
          "This kind of request has no extension.");
    }
    String reason = required(input, "reason", "lý do gia hạn");
    next.extended = true;
    next.escalation = 0;
    next.dueDate = ctx.ticketClock().after(ctx.clock().dayType(), next.dueDate, days);
    String vi = "Gia hạn giải quyết một lần thêm " + days + " ngày, đến "
        + LifecycleTexts.vi(next.dueDate) + ". Lý do: " + reason;
    String en = "Extended once by " + days + " days, to " + LifecycleTexts.en(next.dueDate)
        + ". Reason: " + english(input, reason);
    return new Change(next)
        .line("EXTENDED", Visibility.PUBLIC, vi, en)
        .event(TicketEventType.EXTENDED)
        .tell(LifecycleTexts.aboutVi(vi), LifecycleTexts.aboutEn(en));
  }
}
