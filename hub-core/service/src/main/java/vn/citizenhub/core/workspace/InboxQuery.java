package vn.citizenhub.core.workspace;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.core.reference.ReferenceData;
import vn.citizenhub.core.reference.ReferenceSnapshot;
import vn.citizenhub.core.sla.Deadlines;
import vn.citizenhub.core.sla.TicketClock;
import vn.citizenhub.core.staff.StaffPrincipal;
import vn.citizenhub.core.ticket.SearchText;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.schema.InClause;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * The inbox: tickets within the staff member's scope, filtered, soonest due first. The scope is
 * part of every WHERE clause, counts included, so an officer cannot learn even how many tickets
 * another agency holds.
 */
@Singleton
public class InboxQuery {

  /** Every status of a ticket still open (inbox stage 0), in the order the enum gives them. */
  static final List<String> OPEN_STATUSES = Arrays.stream(TicketStatus.values())
      .filter(st -> st.inboxStage() == 0).map(TicketStatus::name).toList();

  /** {@link #OPEN_STATUSES} as an SQL list: ('RECEIVED', 'ROUTED', ...). */
  static final String OPEN_STATUSES_SQL = OPEN_STATUSES.stream().map(st -> "'" + st + "'")
      .collect(Collectors.joining(", ", "(", ")"));

  private final JdbcDatabase database;
  private final ReferenceData referenceData;
  private final TicketClock ticketClock;
  private final Clock clock;

  InboxQuery(JdbcDatabase database, ReferenceData referenceData, TicketClock ticketClock,
      Clock clock) {
    this.database = database;
    this.referenceData = referenceData;
    this.ticketClock = ticketClock;
    this.clock = clock;
  }

  public InboxPage find(InboxFilter filter, StaffPrincipal staff) throws SQLException {
    LocalDate today = clock.instant().atZone(Deadlines.PROVINCE_ZONE).toLocalDate();
    List<Object> args = new ArrayList<>();
    String where = where(filter, staff, today, args);
    int size = filter.sizeOrDefault();
    int page = filter.pageOrFirst();
    long offset = (long) page * size;
    try (Connection c = database.pool().getConnection()) {
      List<InboxItem> items = new ArrayList<>();
      // A deferred join: the page's ids are picked in due order from index entries alone
      // (V10__inbox_order.sql), and only those rows are read.
      try (PreparedStatement s = c.prepareStatement("SELECT r.id, r.tracking_code, r.status,"
          + " r.kind, r.category_code, r.commune_code, r.agency_code, r.channel, r.received_at,"
          + " r.due_date, r.assignee_id, r.escalation, r.transfer_to,"
          + " SUBSTRING(r.description, 1, 160) AS summary FROM (SELECT t.id FROM ticket t"
          + where + " ORDER BY t.due_date, t.id LIMIT ? OFFSET ?) p"
          + " JOIN ticket r ON r.id = p.id ORDER BY r.due_date, r.id")) {
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add(offset);
        bind(s, pageArgs);
        try (ResultSet rs = s.executeQuery()) {
          ReferenceSnapshot ref = referenceData.current();
          while (rs.next()) {
            items.add(item(rs, ref, today));
          }
        }
      }
      // A page that is not full is the last one, so it tells the total: a search that matches a
      // few tickets of a big agency then reads its index entries once, not twice.
      boolean lastPage = items.size() < size && (!items.isEmpty() || offset == 0);
      long total = lastPage ? offset + items.size() : count(c, where, args);
      return new InboxPage(total, page, size, items);
    }
  }

  private static long count(Connection c, String where, List<Object> args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM ticket t" + where)) {
      bind(s, args);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private String where(InboxFilter f, StaffPrincipal staff, LocalDate today, List<Object> args) {
    StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
    if (staff.role().boundToAgency()) {
      sql.append(" AND t.agency_code = ?");
      args.add(staff.agencyCode());
    } else if (has(f.agency())) {
      sql.append(" AND t.agency_code = ?");
      args.add(f.agency());
    }
    List<String> statuses = f.status() == null || f.status().isEmpty() ? OPEN_STATUSES
        : f.status().stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
    sql.append(" AND t.status IN ").append(InClause.of(statuses.size()));
    args.addAll(statuses);
    // Each stage's tickets lie together in the inbox indexes in due-date order: naming the
    // stage lets a page read its own index entries only (V10__inbox_order.sql).
    List<Integer> stages = statuses.stream().map(InboxQuery::inboxStage).distinct().sorted()
        .toList();
    sql.append(" AND t.inbox_stage IN ").append(InClause.of(stages.size()));
    args.addAll(stages);
    if ("OVERDUE".equalsIgnoreCase(f.due())) {
      sql.append(" AND t.due_date < ? AND t.status <> 'WAITING_FOR_CITIZEN'");
      args.add(today);
    } else if ("DUE_SOON".equalsIgnoreCase(f.due())) {
      sql.append(" AND t.due_date >= ? AND t.due_date <= ? AND t.status <> 'WAITING_FOR_CITIZEN'");
      args.add(today);
      args.add(ticketClock.nextWorkingDayAfter(today));
    }
    if (has(f.category())) {
      sql.append(" AND t.category_code = ?");
      args.add(f.category());
    }
    if (has(f.commune())) {
      sql.append(" AND t.commune_code = ?");
      args.add(f.commune());
    }
    if (has(f.channel())) {
      sql.append(" AND t.channel = ?");
      args.add(f.channel().toUpperCase(Locale.ROOT));
    }
    if ("none".equalsIgnoreCase(f.assignee())) {
      sql.append(" AND t.assignee_id IS NULL");
    } else if ("me".equalsIgnoreCase(f.assignee())) {
      sql.append(" AND t.assignee_id = ?");
      args.add(staff.staffId());
    } else if (has(f.assignee())) {
      sql.append(" AND t.assignee_id = ?");
      args.add(parseId(f.assignee()));
    }
    if (Boolean.TRUE.equals(f.transferPending())) {
      sql.append(" AND t.transfer_to IS NOT NULL");
    }
    if (has(f.q())) {
      var code = TrackingCode.parse(f.q().trim());
      if (code.isPresent()) {
        sql.append(" AND t.tracking_code = ?");
        args.add(code.get().value());
      } else {
        String words = SearchText.of(f.q());
        if (words.isEmpty()) {
          // Nothing searchable is left (only symbols or another script): nothing matches.
          sql.append(" AND 1 = 0");
        } else {
          sql.append(" AND t.search_text LIKE ?");
          args.add("%" + escapeLike(words) + "%");
        }
      }
    }
    return sql.toString();
  }

  /** An unknown status matches no ticket; it is looked for among the open ones. */
  private static int inboxStage(String status) {
    try {
      return TicketStatus.valueOf(status).inboxStage();
    } catch (IllegalArgumentException e) {
      return 0;
    }
  }

  private static long parseId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static boolean has(String s) {
    return s != null && !s.isBlank();
  }

  private static void bind(PreparedStatement s, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      s.setObject(i + 1, args.get(i));
    }
  }

  private InboxItem item(ResultSet rs, ReferenceSnapshot ref, LocalDate today)
      throws SQLException {
    TicketStatus status = TicketStatus.valueOf(rs.getString("status"));
    LocalDate due = rs.getObject("due_date", LocalDate.class);
    DueState dueState = DueState.of(status, due, today, ticketClock);
    String category = rs.getString("category_code");
    String commune = rs.getString("commune_code");
    String agency = rs.getString("agency_code");
    return new InboxItem(rs.getLong("id"),
        new TrackingCode(rs.getString("tracking_code")).display(), status.name(),
        status.labelVi(), rs.getString("kind"), category,
        ref.category(category).map(x -> x.nameVi()).orElse(category), commune,
        ref.commune(commune).map(x -> x.name()).orElse(null), agency,
        ref.agency(agency).map(x -> x.nameVi()).orElse(null), rs.getString("channel"),
        UtcTime.read(rs, "received_at"), due, dueState.name(), dueState.labelVi(),
        (Long) rs.getObject("assignee_id", Long.class), rs.getInt("escalation"),
        rs.getString("transfer_to"), rs.getString("summary"));
  }
}
