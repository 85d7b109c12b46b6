package vn.citizenhub.core.lifecycle;

import java.util.Set;
import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/**
 * Asks the citizen for more information. The clock stops until they answer on their channel; the
 * days waited are given back to the agency when it resumes.
 */
final class RequestInfoAction extends LifecycleAction {

  RequestInfoAction() {
    super("REQUEST_INFO", "đề nghị người dân bổ sung thông tin", WORKABLE, HANDLERS);
  }

  @Override
  protected Change apply(TicketState next, ActionInput input, Actor actor, LifecycleContext ctx) {
    String vi = required(input, "question", "nội dung cần bổ sung");
    String en = english(input, vi);
    next.status = TicketStatus.WAITING_FOR_CITIZEN;
    next.pausedSince = ctx.today();
    next.markFirstResponse(ctx.now());
    return new Change(next)
        .line("INFO_REQUESTED", Visibility.PUBLIC,
            "Cơ quan đề nghị bổ sung thông tin: " + vi
                + " Thời hạn giải quyết tạm dừng cho đến khi nhận được trả lời.",
            "The agency asks for more information: " + en
                + " The deadline is paused until you answer.")
        .event(TicketEventType.INFO_REQUESTED)
        .tell(LifecycleTexts.aboutVi("cơ quan đề nghị bổ sung thông tin: " + vi
                + " Vui lòng trả lời qua kênh bạn đã gửi phản ánh."),
            LifecycleTexts.aboutEn("the agency asks for more information: " + en
                + " Please answer on the channel you reported through."));
  }
}
