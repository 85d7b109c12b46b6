package vn.citizenhub.core.workspace;

import java.time.LocalDate;
import vn.citizenhub.core.sla.TicketClock;
import vn.citizenhub.core.ticket.TicketStatus;

/** Where a ticket stands against its deadline, as the inbox colours it. */
public enum DueState {
  OVERDUE("Quá hạn", "Overdue"),
  DUE_SOON("Sắp đến hạn", "Due soon"),
  ON_TRACK("Trong hạn", "On track"),
  PAUSED("Tạm dừng, chờ người dân", "Paused, waiting for the citizen"),
  DONE("Đã xong", "Done");

  private final String labelVi;
  private final String labelEn;

  DueState(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  public String labelVi() {
    return labelVi;
  }

  public String labelEn() {
    return labelEn;
  }

  static DueState of(TicketStatus status, LocalDate due, LocalDate today, TicketClock clock) {
    if (status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED) {
      return DONE;
    }
    if (status == TicketStatus.WAITING_FOR_CITIZEN) {
      return PAUSED;
    }
    if (today.isAfter(due)) {
      return OVERDUE;
    }
    // Due today or by the next working day.
    return due.isAfter(clock.nextWorkingDayAfter(today)) ? ON_TRACK : DUE_SOON;
  }
}
