package vn.citizenhub.core.lifecycle;

import java.util.Set;
import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.core.sla.Deadlines;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/**
 * Resolves the ticket with a closure code and a public answer. "Not competent" names who is;
 * "no action" says why. Whether it was on time is decided here, once, for the league table.
 */
final class ResolveAction extends LifecycleAction {

  ResolveAction() {
    super("RESOLVE", "giải quyết", Set.of(TicketStatus.ROUTED, TicketStatus.ASSIGNED,
        TicketStatus.IN_PROGRESS, TicketStatus.WAITING_FOR_CITIZEN, TicketStatus.REOPENED),
        HANDLERS);
  }

  @Override
  protected Change apply(TicketState next, ActionInput input, Actor actor, LifecycleContext ctx) {
    ClosureCode code = closureCode(input);
    String answer = required(input, "public answer", "nội dung trả lời kết quả");
    String answerEn = english(input, answer);
    String detailVi = "";
    String detailEn = "";
    if (code == ClosureCode.NOT_COMPETENT) {
      String body = blankToNull(input.competentBody());
      if (body == null) {
        throw LifecycleRefusal.invalid("COMPETENT_BODY_REQUIRED",
            "Vui lòng ghi rõ cơ quan có thẩm quyền.", "Name the competent body.");
      }
      body = ActionLimits.checked(body, ActionLimits.MAX_COMPETENT_BODY, false,
          "tên cơ quan có thẩm quyền", "the competent body");
      detailVi = " Cơ quan có thẩm quyền: " + body + ".";
      detailEn = " Competent body: " + body + ".";
    }
    if (next.status == TicketStatus.WAITING_FOR_CITIZEN) {
      next.pausedSince = null;
    }
    next.status = TicketStatus.RESOLVED;
    next.closureCode = code.name();
    next.resolvedAt = ctx.now();
    next.markFirstResponse(ctx.now());
    next.onTime = !ctx.now().atZone(Deadlines.PROVINCE_ZONE).toLocalDate().isAfter(next.dueDate);
    next.transferTo = null;
    next.transferReason = null;
    String vi = "Đã giải quyết (" + code.labelVi() + "). " + answer + detailVi;
    String en = "Resolved (" + code.labelEn() + "). " + answerEn + detailEn;
    return new Change(next)
        .line("RESOLVED", Visibility.PUBLIC, vi, en)
        .event(TicketEventType.RESOLVED)
        .tell(LifecycleTexts.aboutVi(vi + " Nếu chưa được khắc phục, bạn có thể phản hồi"
                + " \"chưa khắc phục\" và đánh giá kết quả từ 1 đến 5."),
            LifecycleTexts.aboutEn(en + " If it is not fixed, you can say so and rate the result"
                + " from 1 to 5."));
  }

  private static ClosureCode closureCode(ActionInput input) {
    try {
      ClosureCode code = ClosureCode.valueOf(String.valueOf(input.closureCode()));
      if (code == ClosureCode.DUPLICATE) {
        throw LifecycleRefusal.invalid("USE_MERGE", "Phiếu trùng được xử lý bằng thao tác gộp.",
            "Duplicates are handled by merging.");
      }
      return code;
    } catch (IllegalArgumentException e) {
      throw LifecycleRefusal.invalid("CLOSURE_CODE_INVALID",
          "Vui lòng chọn kết quả xử lý: FIXED, ANSWERED, NOT_COMPETENT hoặc NO_ACTION.",
          "Choose a closure code: FIXED, ANSWERED, NOT_COMPETENT or NO_ACTION.");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
