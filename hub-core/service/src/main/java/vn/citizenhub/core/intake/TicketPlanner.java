package vn.citizenhub.core.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.Location;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.core.reference.AgencyRow;
import vn.citizenhub.core.reference.CategoryRow;
import vn.citizenhub.core.reference.ReferenceSnapshot;
import vn.citizenhub.core.routing.RoutingRule;
import vn.citizenhub.core.sla.ClockRule;
import vn.citizenhub.core.sla.DayType;
import vn.citizenhub.core.sla.Deadline;
import vn.citizenhub.core.sla.Deadlines;
import vn.citizenhub.core.ticket.NewTicket;
import vn.citizenhub.core.ticket.TicketStatus;

/**
 * Turns a new report into the ticket to write: its commune, the competent agency (or triage), its
 * clock and due dates. Plain rules over the reference snapshot; nothing here touches a database.
 */
final class TicketPlanner {

  private static final Logger LOG = LoggerFactory.getLogger(TicketPlanner.class);
  /** Used only when the reference data names a clock that does not exist. */
  private static final ClockRule FALLBACK_CLOCK = new ClockRule("PAKN_10WD", DayType.WORKING, 3, 10, 0);

  private final Deadlines deadlines;

  TicketPlanner(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  /** The planned ticket, with the agency it goes to or the reason it needs triage. */
  record Plan(NewTicket ticket, Optional<AgencyRow> agency, String triageReason) {}

  Plan plan(IntakeEnvelope envelope, NewReport report, long citizenId, ReferenceSnapshot ref,
      Instant receivedAt) {
    Location location = report.location();
    Optional<String> commune = ref.communeResolver()
        .resolve(location.communeCode(), location.address());
    Optional<CategoryRow> category = ref.category(report.categoryCode());
    ClockRule clock = clockFor(category, report.kind(), ref);
    Deadline deadline = deadlines.compute(clock, receivedAt);

    Optional<AgencyRow> agency = Optional.empty();
    String triageReason = null;
    if (category.isEmpty()) {
      triageReason = "Danh mục không có trong danh mục của tỉnh: " + report.categoryCode();
    } else {
      Optional<RoutingRule> rule = ref.routing().decide(report.categoryCode(), commune.orElse(null));
      agency = rule.flatMap(r -> ref.agency(r.agencyCode()));
      if (rule.isEmpty()) {
        triageReason = "Không có quy tắc định tuyến cho danh mục " + report.categoryCode()
            + commune.map(c -> " tại xã/phường " + c).orElse(" (chưa xác định xã/phường)");
      } else if (agency.isEmpty()) {
        triageReason = "Quy tắc " + rule.get().id() + " chỉ đến cơ quan không tồn tại: "
            + rule.get().agencyCode();
      }
    }
    NewTicket ticket = new NewTicket(
        envelope.trackingCode(),
        envelope.id(),
        report.kind(),
        report.categoryCode(),
        commune.orElse(null),
        decimal(location.latitude()),
        decimal(location.longitude()),
        location.address(),
        report.description().strip(),
        citizenId,
        envelope.channel(),
        status(report, agency),
        agency.map(AgencyRow::code).orElse(null),
        clock.code(),
        receivedAt,
        deadline.firstResponseDue(),
        deadline.resolutionDue());
    return new Plan(ticket, agency, triageReason);
  }

  /**
   * Routed or waiting for triage; a matter answered as it was taken in is resolved already, and
   * keeps the competent agency so that a "not fixed" reopens it there.
   */
  private static TicketStatus status(NewReport report, Optional<AgencyRow> agency) {
    if (report.answered()) {
      return TicketStatus.RESOLVED;
    }
    return agency.isPresent() ? TicketStatus.ROUTED : TicketStatus.TRIAGE;
  }

  private static ClockRule clockFor(Optional<CategoryRow> category, ItemKind kind,
      ReferenceSnapshot ref) {
    String code = category.map(CategoryRow::clockCode).orElse(defaultClock(kind));
    return ref.clock(code).orElseGet(() -> {
      LOG.warn("Clock {} is not in the reference data; using {}", code, FALLBACK_CLOCK.code());
      return FALLBACK_CLOCK;
    });
  }

  private static String defaultClock(ItemKind kind) {
    return switch (kind) {
      case INFORMATION_REQUEST -> "INFO_SIMPLE_3WD";
      case COMPLAINT -> "COMPLAINT_30D";
      default -> "PAKN_10WD";
    };
  }

  private static BigDecimal decimal(Double value) {
    return value == null ? null : BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP);
  }
}
