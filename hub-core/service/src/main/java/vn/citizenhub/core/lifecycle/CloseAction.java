package vn.citizenhub.core.lifecycle;

import java.util.Set;
import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/** Closes a resolved ticket: the hub does it after the quiet period, a lead may do it sooner. */
final class CloseAction extends LifecycleAction {

  static final String NAME = "CLOSE";

  CloseAction() {
    super(NAME, "đóng phiếu", Set.of(TicketStatus.RESOLVED), LEADS);
  }

  @Override
  public boolean allows(Actor actor) {
    return actor == Actor.SYSTEM || super.allows(actor);
  }

  @Override
  protected Change apply(TicketState next, ActionInput input, Actor actor, LifecycleContext ctx) {
    next.status = TicketStatus.CLOSED;
    next.closedAt = ctx.now();
    return new Change(next)
        .line("CLOSED", Visibility.PUBLIC, "Phiếu đã được đóng.", "The ticket is closed.")
        .event(TicketEventType.CLOSED);
  }
}
