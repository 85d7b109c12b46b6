package vn.citizenhub.core.lifecycle;

import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/**
 * Folds this ticket into another about the same incident. This one is resolved as a duplicate;
 * from then on, whatever the other ticket's reporter is told, this one's reporter is told too, on
 * their own channel and with their own code.
 */
final class MergeAction extends LifecycleAction {

  static final String NAME = "MERGE";

  MergeAction() {
    super(NAME, "gộp phiếu trùng", OPEN, HANDLERS);
  }

  @Override
  protected Change apply(TicketState next, ActionInput input, Actor actor, LifecycleContext ctx) {
    Long into = input.intoTicketId();
    if (into == null || into == next.id) {
      throw LifecycleRefusal.invalid("MERGE_TARGET_INVALID", "Vui lòng chọn phiếu khác để gộp vào.",
          "Choose another ticket to merge into.");
    }
    TicketState primary = ctx.tickets().find(into).orElseThrow(() -> LifecycleRefusal.invalid(
        "MERGE_TARGET_INVALID", "Không tìm thấy phiếu cần gộp vào trong phạm vi của bạn.",
        "No such ticket to merge into within your scope."));
    if (primary.mergedIntoId != null || primary.status == TicketStatus.CLOSED) {
      throw LifecycleRefusal.invalid("MERGE_TARGET_INVALID",
          "Phiếu đích đã được gộp hoặc đã đóng.", "The target ticket is merged or closed.");
    }
    String primaryCode = new TrackingCode(primary.trackingCode).display();
    String ownCode = new TrackingCode(next.trackingCode).display();
    next.status = TicketStatus.RESOLVED;
    next.closureCode = ClosureCode.DUPLICATE.name();
    next.mergedIntoId = primary.id;
    next.resolvedAt = ctx.now();
    next.pausedSince = null;
    next.transferTo = null;
    // A duplicate is not an answer: it stays out of the on-time figures.
    next.onTime = null;
    String vi = "Phản ánh trùng với phản ánh mã " + primaryCode + " đang được xử lý; kết quả xử lý"
        + " sẽ được thông báo đến bạn.";
    String en = "This report concerns the same matter as report " + primaryCode
        + ", which is being handled; you will be told its outcome.";
    return new Change(next)
        .line("MERGED", Visibility.PUBLIC, vi, en)
        .lineOn(primary.id, "DUPLICATE_ABSORBED", Visibility.PUBLIC,
            "Đã gộp một phản ánh trùng (mã " + ownCode + ").",
            "A duplicate report (" + ownCode + ") was merged into this one.")
        .event(TicketEventType.MERGED)
        .tell(LifecycleTexts.aboutVi(vi), LifecycleTexts.aboutEn(en));
  }
}
