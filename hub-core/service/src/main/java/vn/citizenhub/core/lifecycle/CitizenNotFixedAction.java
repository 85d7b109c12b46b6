package vn.citizenhub.core.lifecycle;

import java.util.Set;
import vn.citizenhub.core.ticket.TicketStatus;

/** The citizen says a resolved ticket is not fixed (an intake verdict): it opens again. */
final class CitizenNotFixedAction extends LifecycleAction {

  static final String NAME = "CITIZEN_NOT_FIXED";

  CitizenNotFixedAction() {
    super(NAME, "người dân phản hồi chưa khắc phục", Set.of(TicketStatus.RESOLVED,
        TicketStatus.CLOSED), NO_STAFF);
  }

  @Override
  public boolean appliesTo(TicketState t) {
    return super.appliesTo(t) && t.mergedIntoId == null;
  }

  @Override
  protected Change apply(TicketState next, ActionInput input, Actor actor, LifecycleContext ctx) {
    return Reopening.reopen(next, ctx, "người dân phản hồi vấn đề chưa được khắc phục.",
        "the citizen says the matter is not fixed.");
  }
}
