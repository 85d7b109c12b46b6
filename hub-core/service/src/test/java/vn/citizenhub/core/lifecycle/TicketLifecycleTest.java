package vn.citizenhub.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.core.sla.CalendarFiles;
import vn.citizenhub.core.sla.ClockRule;
import vn.citizenhub.core.sla.DayType;
import vn.citizenhub.core.sla.TicketClock;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/** The state machine without a database: who may do what, from which state, with which clock. */
class TicketLifecycleTest {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final TicketClock CLOCK = new TicketClock(CalendarFiles.load(null));
  private static final ClockRule PAKN = new ClockRule("PAKN_10WD", DayType.WORKING, 3, 10, 0);
  private static final ClockRule INFO_COMPLEX =
      new ClockRule("INFO_COMPLEX_15WD", DayType.WORKING, 3, 15, 15);

  private final TicketLifecycle lifecycle = TicketLifecycle.standard();
  private final Actor officer = new Actor(7L, "canbo", StaffRole.AGENCY_OFFICER, "UBND-27712");
  private final Actor lead = new Actor(8L, "lanhdao", StaffRole.AGENCY_LEAD, "UBND-27712");
  private final Actor coordinator = new Actor(9L, "dieuphoi", StaffRole.COORDINATOR, null);
  private final Map<String, LifecycleContext.AgencyName> agencies = Map.of(
      "UBND-27712", new LifecycleContext.AgencyName("UBND phường Tân An", "Tân An Ward"),
      "SXD", new LifecycleContext.AgencyName("Sở Xây dựng", "Department of Construction"));

  private static TicketState ticket(TicketStatus status) {
    TicketState t = new TicketState();
    t.id = 1;
    t.trackingCode = "Z7K3M9QX2H";
    t.kind = ItemKind.REPORT;
    t.categoryCode = "STREET_LIGHT";
    t.channel = Channel.ZALO;
    t.clockCode = "PAKN_10WD";
    t.receivedAt = Instant.parse("2026-03-02T02:00:00Z");
    t.status = status;
    t.agencyCode = "UBND-27712";
    t.firstResponseDue = LocalDate.of(2026, 3, 5);
    t.dueDate = LocalDate.of(2026, 3, 16);
    return t;
  }

  private LifecycleContext on(LocalDate day, ClockRule clock) {
    Instant now = day.atTime(9, 0).atZone(VN).toInstant();
    return new LifecycleContext(now, day, clock, CLOCK, code -> Optional.ofNullable(agencies.get(code)),
        staffId -> staffId == 7L || staffId == 8L ? Optional.of("UBND-27712") : Optional.empty(),
        id -> Optional.empty(), true);
  }

  private Change act(TicketState t, ActionInput input, Actor actor, LocalDate day) {
    return lifecycle.apply(t, input, actor, on(day, PAKN));
  }

  private static ActionInput with(String action, String text) {
    return new ActionInput(action, 0, text, null, null, null, null, null, null);
  }

  @Test
  void acknowledgingIsTheFirstResponseAndTellsTheCitizen() {
    Change c = act(ticket(TicketStatus.ROUTED), ActionInput.of("ACKNOWLEDGE"), officer,
        LocalDate.of(2026, 3, 3));
    assertEquals(TicketStatus.IN_PROGRESS, c.next().status);
    assertEquals(7L, c.next().assigneeId);
    assertTrue(c.next().firstResponseAt != null);
    assertEquals(Visibility.PUBLIC, c.lines().get(0).visibility());
    assertTrue(c.lines().get(0).textVi().contains("16/03/2026"));
    assertEquals(1, c.messages().size());
    assertTrue(c.messages().get(0).textVi().startsWith("Phản ánh mã {code}"));
  }

  @Test
  void anIllegalTransitionIsRefusedWithTheReason() {
    LifecycleRefusal r = assertThrows(LifecycleRefusal.class, () ->
        act(ticket(TicketStatus.RESOLVED), ActionInput.of("ACKNOWLEDGE"), officer,
            LocalDate.of(2026, 3, 3)));
    assertEquals(LifecycleRefusal.Kind.ILLEGAL_TRANSITION, r.kind());
    assertTrue(r.reasonVi().contains("Đã giải quyết"), r.reasonVi());
  }

  @Test
  void onlyLeadsAndCoordinatorsReopenAndOnlyCoordinatorsRoute() {
    assertEquals(LifecycleRefusal.Kind.NOT_ALLOWED, assertThrows(LifecycleRefusal.class, () ->
        act(ticket(TicketStatus.RESOLVED), with("REOPEN", "chưa sửa"), officer,
            LocalDate.of(2026, 3, 3))).kind());
    assertEquals(TicketStatus.REOPENED, act(ticket(TicketStatus.RESOLVED),
        with("REOPEN", "chưa sửa"), lead, LocalDate.of(2026, 3, 3)).next().status);
    TicketState triage = ticket(TicketStatus.TRIAGE);
    triage.agencyCode = null;
    assertEquals(LifecycleRefusal.Kind.NOT_ALLOWED, assertThrows(LifecycleRefusal.class, () ->
        act(triage, new ActionInput("ROUTE", 0, null, null, null, "SXD", null, null, null),
            lead, LocalDate.of(2026, 3, 3))).kind());
    Change routed = act(triage, new ActionInput("ROUTE", 0, null, null, null, "SXD", null, null,
        null), coordinator, LocalDate.of(2026, 3, 3));
    assertEquals("SXD", routed.next().agencyCode);
    assertEquals(TicketStatus.ROUTED, routed.next().status);
  }

  @Test
  void waitingForTheCitizenPausesTheClockAndTheirAnswerGivesTheDaysBack() {
    Change asked = act(ticket(TicketStatus.IN_PROGRESS), with("REQUEST_INFO", "Số nhà cụ thể?"),
        officer, LocalDate.of(2026, 3, 4));
    assertEquals(TicketStatus.WAITING_FOR_CITIZEN, asked.next().status);
    assertEquals(LocalDate.of(2026, 3, 4), asked.next().pausedSince);
    assertTrue(lifecycle.available(asked.next(), officer).contains("RESOLVE"));
    assertFalse(lifecycle.available(asked.next(), officer).contains("REQUEST_INFO"));
    // Answered Monday 9 March: Thu 5, Fri 6 and Mon 9 are three working days given back.
    Change answered = lifecycle.apply(asked.next(), ActionInput.of("CITIZEN_ANSWERED"),
        Actor.CITIZEN, on(LocalDate.of(2026, 3, 9), PAKN));
    assertEquals(TicketStatus.IN_PROGRESS, answered.next().status);
    assertNull(answered.next().pausedSince);
    assertEquals(LocalDate.of(2026, 3, 19), answered.next().dueDate);
    assertEquals(TicketEventType.CLOCK_RESUMED, answered.events().get(0));
  }

  @Test
  void anOfficersTransferWaitsForACoordinatorAndKeepsTheDueDate() {
    ActionInput transfer = new ActionInput("TRANSFER", 0, "Công trình xây dựng", null, null,
        "SXD", null, null, null);
    Change requested = act(ticket(TicketStatus.IN_PROGRESS), transfer, officer,
        LocalDate.of(2026, 3, 4));
    assertEquals("UBND-27712", requested.next().agencyCode);
    assertEquals("SXD", requested.next().transferTo);
    assertTrue(requested.messages().isEmpty(), "the citizen hears of it when it happens");
    Change approved = lifecycle.apply(requested.next(), ActionInput.of("APPROVE_TRANSFER"),
        coordinator, on(LocalDate.of(2026, 3, 5), PAKN));
    assertEquals("SXD", approved.next().agencyCode);
    assertNull(approved.next().transferTo);
    assertNull(approved.next().assigneeId);
    assertEquals(TicketStatus.ROUTED, approved.next().status);
    assertEquals(LocalDate.of(2026, 3, 16), approved.next().dueDate);
  }

  @Test
  void resolvingRecordsWhetherItWasOnTimeAndNotCompetentNamesWhoIs() {
    ActionInput notCompetent = new ActionInput("RESOLVE", 0, "Không thuộc thẩm quyền.", null,
        null, null, "NOT_COMPETENT", null, null);
    assertEquals("COMPETENT_BODY_REQUIRED", assertThrows(LifecycleRefusal.class, () ->
        act(ticket(TicketStatus.IN_PROGRESS), notCompetent, officer, LocalDate.of(2026, 3, 4)))
        .code());
    ActionInput fixed = new ActionInput("RESOLVE", 0, "Đã thay bóng đèn.", null, null, null,
        "FIXED", null, null);
    assertTrue(act(ticket(TicketStatus.IN_PROGRESS), fixed, officer, LocalDate.of(2026, 3, 16))
        .next().onTime);
    Change late = act(ticket(TicketStatus.IN_PROGRESS), fixed, officer, LocalDate.of(2026, 3, 17));
    assertFalse(late.next().onTime);
    assertEquals(TicketStatus.RESOLVED, late.next().status);
    assertEquals("FIXED", late.next().closureCode);
  }

  @Test
  void onlyAnInformationRequestIsExtendedAndOnlyOnce() {
    TicketState report = ticket(TicketStatus.IN_PROGRESS);
    assertFalse(lifecycle.available(report, officer).contains("EXTEND"));
    TicketState request = ticket(TicketStatus.IN_PROGRESS);
    request.kind = ItemKind.INFORMATION_REQUEST;
    request.dueDate = LocalDate.of(2026, 3, 23);
    Change extended = lifecycle.apply(request, with("EXTEND", "Thông tin phức tạp"), officer,
        on(LocalDate.of(2026, 3, 20), INFO_COMPLEX));
    assertEquals(LocalDate.of(2026, 4, 13), extended.next().dueDate);
    assertFalse(lifecycle.available(extended.next(), officer).contains("EXTEND"));
  }

  @Test
  void aTicketDueJustAfterTetEscalatesOnTheWorkingDaysAfterIt() {
    // Received Friday 13 Feb 2026 with 3 working days; Tết closes offices 16-20 Feb.
    TicketState t = ticket(TicketStatus.ROUTED);
    t.dueDate = CLOCK.after(DayType.WORKING, LocalDate.of(2026, 2, 13), 3);
    assertEquals(LocalDate.of(2026, 2, 25), t.dueDate);
    assertFalse(lifecycle.escalationDue(t, on(LocalDate.of(2026, 2, 20), PAKN)));
    assertFalse(lifecycle.escalationDue(t, on(LocalDate.of(2026, 2, 23), PAKN)));
    Change dueSoon = lifecycle.apply(t, ActionInput.of("ESCALATE"), Actor.SYSTEM,
        on(LocalDate.of(2026, 2, 24), PAKN));
    assertEquals(TicketEventType.ESCALATED_DUE_SOON, dueSoon.events().get(0));
    assertFalse(lifecycle.escalationDue(dueSoon.next(), on(LocalDate.of(2026, 2, 25), PAKN)));
    Change overdue = lifecycle.apply(dueSoon.next(), ActionInput.of("ESCALATE"), Actor.SYSTEM,
        on(LocalDate.of(2026, 2, 26), PAKN));
    assertEquals(TicketEventType.ESCALATED_OVERDUE, overdue.events().get(0));
    assertEquals(2, overdue.next().escalation);
  }

  @Test
  void staffCannotTakeTheCitizensOrTheHubsActions() {
    for (String action : new String[] {"CITIZEN_ANSWERED", "CITIZEN_NOT_FIXED", "ESCALATE"}) {
      assertEquals(LifecycleRefusal.Kind.NOT_ALLOWED, assertThrows(LifecycleRefusal.class, () ->
          act(ticket(TicketStatus.WAITING_FOR_CITIZEN), ActionInput.of(action), coordinator,
              LocalDate.of(2026, 3, 3))).kind(), action);
    }
  }
}
