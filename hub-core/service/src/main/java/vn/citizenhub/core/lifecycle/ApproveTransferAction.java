package vn.citizenhub.core.lifecycle;

/** A coordinator approves an agency's transfer request. */
final class ApproveTransferAction extends LifecycleAction {

  ApproveTransferAction() {
    super("APPROVE_TRANSFER", "phê duyệt chuyển cơ quan", OPEN, COORDINATORS);
  }

  @Override
  public boolean appliesTo(TicketState t) {
    return super.appliesTo(t) && t.transferTo != null;
  }

  @Override
  protected Change apply(TicketState next, ActionInput input, Actor actor, LifecycleContext ctx) {
    var name = ctx.agencies().name(next.transferTo).orElseThrow(() -> LifecycleRefusal.invalid(
        "AGENCY_UNKNOWN", "Cơ quan nhận không còn tồn tại.", "The receiving agency no longer exists."));
    return Transfers.complete(next, next.transferTo, name, next.transferReason);
  }
}
