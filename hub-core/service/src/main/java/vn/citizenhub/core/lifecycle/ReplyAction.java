package vn.citizenhub.core.lifecycle;

import java.util.Set;
import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/** A public answer that does not close the ticket; it counts as the first response. */
final class ReplyAction extends LifecycleAction {

  ReplyAction() {
    super("REPLY", "trả lời công khai", Set.of(TicketStatus.ROUTED, TicketStatus.ASSIGNED,
        TicketStatus.IN_PROGRESS, TicketStatus.WAITING_FOR_CITIZEN, TicketStatus.REOPENED,
        TicketStatus.RESOLVED), HANDLERS);
  }

  @Override
  protected Change apply(TicketState next, ActionInput input, Actor actor, LifecycleContext ctx) {
    String vi = required(input, "reply", "nội dung trả lời");
    String en = english(input, vi);
    next.markFirstResponse(ctx.now());
    return new Change(next)
        .line("PUBLIC_REPLY", Visibility.PUBLIC, vi, en)
        .event(TicketEventType.REPLIED)
        .tell(LifecycleTexts.aboutVi(vi), LifecycleTexts.aboutEn(en));
  }
}
