package vn.citizenhub.deploy.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.core.lifecycle.ClosureCode;
import vn.citizenhub.core.sla.ClockRule;
import vn.citizenhub.core.sla.DayType;
import vn.citizenhub.core.sla.Deadlines;
import vn.citizenhub.core.sla.WorkingDayCalendar;

/**
 * Plays a synthetic ticket's life up to now: the due dates from the real working-day calendar,
 * then either an open state (most likely for recent tickets) or a resolution, on time or late by
 * each agency's own habit, closed a week later; every step leaves its timeline line.
 */
final class SyntheticLifecycle {

  private static final String SYSTEM = "system";
  private static final String COORDINATOR = "Điều phối viên (thử tải)";
  private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final WeightedChoice<String> OPEN_STATES = WeightedChoice.of(Map.of(
      "ROUTED", 22, "ASSIGNED", 22, "IN_PROGRESS", 34, "WAITING_FOR_CITIZEN", 9, "REOPENED", 5));
  private static final WeightedChoice<ClosureCode> CLOSURES = WeightedChoice.of(Map.of(
      ClosureCode.FIXED, 55, ClosureCode.ANSWERED, 30, ClosureCode.NOT_COMPETENT, 5,
      ClosureCode.NO_ACTION, 4, ClosureCode.DUPLICATE, 6));
  private static final WeightedChoice<Integer> RATINGS = WeightedChoice.of(Map.of(
      1, 8, 2, 7, 3, 15, 4, 30, 5, 40));

  private final BenchReference ref;
  private final Map<String, long[]> officers;
  private final WorkingDayCalendar calendar;
  private final Instant now;
  private final LocalDate today;
  private final Map<String, RecentTickets> recent = new HashMap<>();

  SyntheticLifecycle(BenchReference ref, Map<String, long[]> officers,
      WorkingDayCalendar calendar, Instant now) {
    this.ref = ref;
    this.officers = officers;
    this.calendar = calendar;
    this.now = now;
    this.today = now.atZone(Deadlines.PROVINCE_ZONE).toLocalDate();
  }

  /** Share of tickets of this age (in days) still open today: about 6% of two years' tickets. */
  static double openShare(long ageDays) {
    return ageDays < 7 ? 0.85 : ageDays < 20 ? 0.40 : ageDays < 60 ? 0.12 : 0.04;
  }

  void live(SyntheticTicket t, String agency, boolean unroutable, RandomGenerator random) {
    LocalDate receivedDay = t.receivedAt.atZone(Deadlines.PROVINCE_ZONE).toLocalDate();
    ClockRule clock = ref.clocks().get(t.clock);
    t.firstResponseDue = after(clock.dayType(), receivedDay, clock.firstResponseDays());
    t.dueDate = after(clock.dayType(), receivedDay, clock.resolutionDays());
    if (clock.extensionDays() > 0 && random.nextInt(100) < 5) {
      t.extended = true;
      t.dueDate = after(clock.dayType(), t.dueDate, clock.extensionDays());
    }
    boolean open = random.nextDouble() < openShare(ChronoUnit.DAYS.between(receivedDay, today));
    t.line(t.receivedAt, "RECEIVED", false, "Đã tiếp nhận qua " + channelVi(t.channel) + ".",
        "Received via " + channelEn(t.channel) + ".", SYSTEM);
    Instant cursor = t.receivedAt.plusSeconds(2);
    var named = ref.agencies().get(agency);
    String routedVi = "Đã chuyển đến " + named.nameVi() + " để xử lý. Hạn giải quyết: "
        + VI_DATE.format(t.dueDate) + ".";
    String routedEn = "Forwarded to " + named.nameEn() + " for handling. Due by " + t.dueDate + ".";
    if (unroutable) {
      t.line(cursor, "SENT_TO_TRIAGE", false,
          "Đang chờ điều phối viên của tỉnh chuyển đến cơ quan có thẩm quyền.",
          "Waiting for a provincial coordinator to send it to the competent agency.", SYSTEM);
      if (open && random.nextInt(10) < 6) {
        t.status = "TRIAGE";
        return;
      }
      cursor = between(cursor, cursor.plus(Duration.ofHours(20)), random);
      t.line(cursor, "ROUTED", false, routedVi, routedEn, COORDINATOR);
    } else {
      t.line(cursor, "ROUTED", false, routedVi, routedEn, SYSTEM);
    }
    t.agency = agency;
    long[] staff = officers.get(agency);
    int n = random.nextInt(staff.length);
    String officer = "Cán bộ " + agency + " số " + (n + 1) + " (thử tải)";
    if (open) {
      new OpenTicket(this, t, cursor, staff[n], officer, random).play(OPEN_STATES.pick(random));
      return;
    }
    t.assignee = staff[n];
    ClosureCode closure = CLOSURES.pick(random);
    RecentTickets same = recent.computeIfAbsent(agency, a -> new RecentTickets());
    if (closure == ClosureCode.DUPLICATE && same.any()) {
      resolveAsDuplicate(t, same.pick(random), officer, random);
    } else {
      resolve(t, closure == ClosureCode.DUPLICATE ? ClosureCode.FIXED : closure, receivedDay,
          officer, random);
    }
    same.add(t.id, t.trackingCode);
    if (t.resolvedAt.isBefore(now.minus(Duration.ofDays(7)))) {
      t.status = "CLOSED";
      t.closedAt = t.resolvedAt.plus(Duration.ofDays(7));
      t.line(t.closedAt, "CLOSED", false, "Phiếu đã được đóng.", "The ticket is closed.", SYSTEM);
    } else {
      t.status = "RESOLVED";
    }
  }

  private void resolve(SyntheticTicket t, ClosureCode closure, LocalDate receivedDay,
      String officer, RandomGenerator random) {
    LocalDate day = random.nextDouble() < onTimeHabit(t.agency)
        ? receivedDay.plusDays(random.nextInt(1 + (int) ChronoUnit.DAYS.between(receivedDay,
            t.dueDate)))
        : t.dueDate.plusDays(1 + random.nextInt(25));
    if (day.isAfter(today)) {
      day = today;
    }
    Instant at = day.atStartOfDay(Deadlines.PROVINCE_ZONE).plusHours(8)
        .plusSeconds(random.nextInt(9 * 3600)).toInstant();
    at = at.isAfter(now) ? between(t.receivedAt, now, random) : at;
    at = at.isBefore(t.receivedAt) ? t.receivedAt.plus(Duration.ofHours(1)) : at;
    if (random.nextInt(10) < 2) {
      t.line(between(t.receivedAt, at, random), "ASSIGNED", true,
          "Đã giao cho cán bộ #" + t.assignee + ".", "Assigned to officer #" + t.assignee + ".",
          "Lãnh đạo " + t.agency + " (thử tải)");
    }
    if (random.nextBoolean()) {
      t.firstResponseAt = between(t.receivedAt, at, random);
      t.line(t.firstResponseAt, "ACKNOWLEDGED", false,
          "Cơ quan đã tiếp nhận và đang xử lý. Hạn giải quyết: " + VI_DATE.format(t.dueDate) + ".",
          "The agency has taken up the report and is working on it. Due by " + t.dueDate + ".",
          officer);
    } else {
      t.firstResponseAt = at;
    }
    t.resolvedAt = at;
    t.closureCode = closure.name();
    t.onTime = !at.atZone(Deadlines.PROVINCE_ZONE).toLocalDate().isAfter(t.dueDate);
    t.line(at, "RESOLVED", false, "Đã giải quyết (" + closure.labelVi() + "). " + answerVi(closure),
        "Resolved (" + closure.labelEn() + ").", officer);
    if (random.nextInt(10) < 3) {
      t.rating = RATINGS.pick(random);
    }
  }

  private void resolveAsDuplicate(SyntheticTicket t, RecentTickets.Entry primary, String officer,
      RandomGenerator random) {
    Instant at = between(t.receivedAt, t.receivedAt.plus(Duration.ofDays(2)), random);
    t.resolvedAt = at.isAfter(now) ? now : at;
    t.firstResponseAt = t.resolvedAt;
    t.closureCode = ClosureCode.DUPLICATE.name();
    t.duplicateOf = primary.id();
    String code = new TrackingCode(primary.code()).display();
    t.line(t.resolvedAt, "MERGED", false, "Phản ánh trùng với phản ánh mã " + code
        + " đang được xử lý; kết quả xử lý sẽ được thông báo đến bạn.",
        "This report concerns the same matter as report " + code + ", which is being handled;"
            + " you will be told its outcome.", officer);
  }

  /** Each agency's own share of answers given on time, between 62% and 94%. */
  static double onTimeHabit(String agency) {
    return 0.62 + Math.floorMod(agency.hashCode(), 33) / 100.0;
  }

  private static String answerVi(ClosureCode closure) {
    return switch (closure) {
      case FIXED -> "Đơn vị đã kiểm tra thực tế và khắc phục tại vị trí phản ánh.";
      case ANSWERED -> "Cơ quan đã trả lời, hướng dẫn cụ thể nội dung ông/bà đề nghị.";
      case NOT_COMPETENT -> "Nội dung không thuộc thẩm quyền; đã hướng dẫn liên hệ cơ quan có"
          + " thẩm quyền.";
      case NO_ACTION -> "Qua kiểm tra, không có vi phạm như nội dung phản ánh.";
      case DUPLICATE -> "";
    };
  }

  private static String channelVi(String channel) {
    return Channel.valueOf(channel).labelVi();
  }

  private static String channelEn(String channel) {
    return Channel.valueOf(channel).labelEn();
  }

  LocalDate after(DayType type, LocalDate start, int days) {
    return type == DayType.WORKING ? calendar.addWorkingDays(start, days) : start.plusDays(days);
  }

  static Instant between(Instant from, Instant to, RandomGenerator random) {
    long span = Math.max(1, Duration.between(from, to).toSeconds());
    return from.plusSeconds((long) (random.nextDouble() * span));
  }

  Instant now() {
    return now;
  }

  LocalDate today() {
    return today;
  }

  List<String> agencies() {
    return List.copyOf(ref.agencies().keySet());
  }
}
