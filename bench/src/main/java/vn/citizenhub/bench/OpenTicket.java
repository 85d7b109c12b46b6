package vn.citizenhub.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import vn.citizenhub.core.sla.DayType;
import vn.citizenhub.core.sla.Deadlines;

/**
 * A synthetic ticket that is still open today: how far it got (routed, assigned, in progress,
 * waiting for the citizen, reopened), a transfer request now and then, and the escalation level the
 * SLA clock would have set by now.
 */
final class OpenTicket {

  private final SyntheticLifecycle life;
  private final SyntheticTicket t;
  private final long officerId;
  private final String officer;
  private final RandomGenerator random;
  private Instant cursor;

  OpenTicket(SyntheticLifecycle life, SyntheticTicket t, Instant cursor, long officerId,
      String officer, RandomGenerator random) {
    this.life = life;
    this.t = t;
    this.cursor = cursor;
    this.officerId = officerId;
    this.officer = officer;
    this.random = random;
  }

  void play(String state) {
    t.status = state;
    if (!"ROUTED".equals(state)) {
      t.assignee = officerId;
      if ("ASSIGNED".equals(state) || random.nextInt(10) < 3) {
        step();
        t.line(cursor, "ASSIGNED", true, "Đã giao cho cán bộ #" + officerId + ".",
            "Assigned to officer #" + officerId + ".", "Lãnh đạo " + t.agency + " (thử tải)");
      }
    }
    if (!"ROUTED".equals(state) && !"ASSIGNED".equals(state)) {
      step();
      t.firstResponseAt = cursor;
      t.line(cursor, "ACKNOWLEDGED", false, "Cơ quan đã tiếp nhận và đang xử lý.",
          "The agency has taken up the report and is working on it.", officer);
    }
    if ("WAITING_FOR_CITIZEN".equals(state)) {
      step();
      t.pausedSince = cursor.atZone(Deadlines.PROVINCE_ZONE).toLocalDate();
      t.line(cursor, "INFO_REQUESTED", false, "Cơ quan đề nghị bổ sung thông tin: vị trí cụ thể"
          + " và hình ảnh hiện trạng. Thời hạn giải quyết tạm dừng cho đến khi nhận được trả lời.",
          "The agency asks for more information: the exact place and a photo. The deadline is"
              + " paused until you answer.", officer);
    }
    if ("REOPENED".equals(state)) {
      reopen();
    }
    if (("ASSIGNED".equals(state) || "IN_PROGRESS".equals(state)) && random.nextInt(100) < 3) {
      requestTransfer();
    }
    t.escalation = escalation();
  }

  private void reopen() {
    step();
    t.line(cursor, "RESOLVED", false, "Đã giải quyết (Đã khắc phục). Đơn vị đã khắc phục tại vị"
        + " trí phản ánh.", "Resolved (Fixed).", officer);
    step();
    LocalDate day = cursor.atZone(Deadlines.PROVINCE_ZONE).toLocalDate();
    t.dueDate = life.after(DayType.WORKING, day, 10);
    t.line(cursor, "REOPENED", false, "Đã mở lại: người dân phản hồi vấn đề chưa được khắc phục.",
        "Reopened: the citizen says it is not fixed.", "system");
  }

  private void requestTransfer() {
    List<String> agencies = life.agencies();
    String target = agencies.get(random.nextInt(agencies.size()));
    if (target.equals(t.agency)) {
      return;
    }
    step();
    t.transferTo = target;
    t.transferReason = "Nội dung thuộc lĩnh vực quản lý của " + target + ".";
    t.line(cursor, "TRANSFER_REQUESTED", true, "Đề nghị chuyển đến " + target
        + ", chờ điều phối viên phê duyệt. Lý do: " + t.transferReason,
        "Transfer to " + target + " requested, awaiting a coordinator.", officer);
  }

  private int escalation() {
    if ("WAITING_FOR_CITIZEN".equals(t.status)) {
      return 0;
    }
    LocalDate today = life.today();
    if (t.dueDate.isBefore(today)) {
      return 2;
    }
    return t.dueDate.isAfter(life.after(DayType.WORKING, today, 1)) ? 0 : 1;
  }

  /** Moves the clock to a moment between the last step and now, nearer the last step. */
  private void step() {
    Instant next = SyntheticLifecycle.between(cursor, life.now(), random);
    cursor = SyntheticLifecycle.between(cursor, next, random);
  }
}
