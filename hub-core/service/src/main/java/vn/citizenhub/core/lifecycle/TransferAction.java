package vn.citizenhub.core.lifecycle;

import java.util.Set;
import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/**
 * Sends the ticket to another agency with a reason. Where the rules ask for it, an agency's
 * request waits for a coordinator's approval; a coordinator's own transfer takes effect at once.
 * The due date does not move: the citizen's clock does not restart because the province
 * reorganised its work.
 */
final class TransferAction extends LifecycleAction {

  TransferAction() {
    super("TRANSFER", "chuyển cơ quan khác", Set.of(TicketStatus.ROUTED, TicketStatus.ASSIGNED,
        TicketStatus.IN_PROGRESS, TicketStatus.WAITING_FOR_CITIZEN, TicketStatus.REOPENED),
        HANDLERS);
  }

  @Override
  public boolean appliesTo(TicketState t) {
    return super.appliesTo(t) && t.transferTo == null;
  }

  @Override
  protected Change apply(TicketState next, ActionInput input, Actor actor, LifecycleContext ctx) {
    String reason = required(input, "reason", "lý do chuyển",
        ActionLimits.MAX_TRANSFER_REASON);
    String target = input.agencyCode();
    var name = target == null ? null : ctx.agencies().name(target).orElse(null);
    if (name == null) {
      throw LifecycleRefusal.invalid("AGENCY_UNKNOWN", "Cơ quan nhận không tồn tại.",
          "The receiving agency does not exist.");
    }
    if (target.equals(next.agencyCode)) {
      throw LifecycleRefusal.invalid("SAME_AGENCY", "Phiếu đang ở chính cơ quan này.",
          "The ticket is already with this agency.");
    }
    if (ctx.transfersNeedApproval() && !actor.coordinates()) {
      next.transferTo = target;
      next.transferReason = reason;
      return new Change(next)
          .line("TRANSFER_REQUESTED", Visibility.INTERNAL,
              "Đề nghị chuyển đến " + name.nameVi() + ", chờ điều phối viên phê duyệt. Lý do: "
                  + reason,
              "Transfer to " + name.nameEn() + " requested, awaiting a coordinator. Reason: "
                  + reason)
          .event(TicketEventType.TRANSFER_REQUESTED);
    }
    return Transfers.complete(next, target, name, reason);
  }
}
