package vn.citizenhub.core.lifecycle;

import java.util.Set;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/** A lead (or coordinator) decides the answer was not good enough. */
final class ReopenAction extends LifecycleAction {

  ReopenAction() {
    super("REOPEN", "mở lại", Set.of(TicketStatus.RESOLVED, TicketStatus.CLOSED), LEADS);
  }

  @Override
  public boolean appliesTo(TicketState t) {
    return super.appliesTo(t) && t.mergedIntoId == null;
  }

  @Override
  protected Change apply(TicketState next, ActionInput input, Actor actor, LifecycleContext ctx) {
    String reason = required(input, "reason", "lý do mở lại");
    return Reopening.reopen(next, ctx, "lãnh đạo yêu cầu xử lý lại.",
            "a lead asked for the matter to be handled again.")
        .line("REOPEN_REASON", Visibility.INTERNAL, reason, reason);
  }
}
