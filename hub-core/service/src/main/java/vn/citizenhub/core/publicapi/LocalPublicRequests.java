package vn.citizenhub.core.publicapi;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.requests.PublicRequest;
import vn.citizenhub.channel.requests.PublicRequests;
import vn.citizenhub.channel.requests.RequestQuery;
import vn.citizenhub.core.reference.ReferenceData;
import vn.citizenhub.core.reference.ReferenceSnapshot;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.logging.ErrorText;
import vn.citizenhub.schema.InClause;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * Lists tickets in their public form, for {@code GET /api/public/requests} and for channels in
 * the same process (Open311). Like {@link PublicTicketQuery} it selects only columns that are
 * safe to publish: never the citizen, the address or the description; the point is rounded. A
 * list by time is served by {@code ix_ticket_received} (V22), by category and time by
 * {@code ix_ticket_category_received}.
 */
@Singleton
class LocalPublicRequests implements PublicRequests {

  private static final Logger LOG = LoggerFactory.getLogger(LocalPublicRequests.class);

  private final JdbcDatabase database;
  private final ReferenceData referenceData;

  LocalPublicRequests(JdbcDatabase database, ReferenceData referenceData) {
    this.database = database;
    this.referenceData = referenceData;
  }

  @Override
  public Optional<List<PublicRequest>> find(RequestQuery query) {
    try {
      return Optional.of(list(query));
    } catch (SQLException e) {
      LOG.warn("Public requests could not be read: {}", ErrorText.of(e));
      return Optional.empty();
    }
  }

  /** The statement for a query (the index test reads its plan). */
  static String sql(RequestQuery q) {
    StringBuilder sql = new StringBuilder("SELECT t.id, t.tracking_code, t.status,"
        + " t.category_code, t.agency_code, t.commune_code, t.latitude, t.longitude,"
        + " t.received_at, t.updated_at, t.due_date, EXISTS (SELECT 1 FROM ticket_attachment a"
        + " WHERE a.ticket_id = t.id AND a.public_allowed = TRUE) AS has_photo FROM ticket t");
    List<String> where = new ArrayList<>();
    if (!q.trackingCodes().isEmpty()) {
      where.add("t.tracking_code IN " + InClause.of(q.trackingCodes().size()));
    } else {
      if (!q.categoryCodes().isEmpty()) {
        where.add("t.category_code IN " + InClause.of(q.categoryCodes().size()));
      }
      if (q.receivedFrom() != null) {
        where.add("t.received_at >= ?");
      }
      if (q.receivedTo() != null) {
        where.add("t.received_at <= ?");
      }
      if (q.open() != null) {
        where.add(q.open() ? "t.inbox_stage = 0" : "t.inbox_stage > 0");
      }
    }
    if (!where.isEmpty()) {
      sql.append(" WHERE ").append(String.join(" AND ", where));
    }
    return sql.append(" ORDER BY t.received_at DESC, t.id DESC LIMIT ? OFFSET ?").toString();
  }

  private List<PublicRequest> list(RequestQuery q) throws SQLException {
    ReferenceSnapshot ref = referenceData.current();
    List<PublicRequest> found = new ArrayList<>();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(sql(q))) {
      int i = 1;
      if (!q.trackingCodes().isEmpty()) {
        for (String code : q.trackingCodes()) {
          s.setString(i++, code);
        }
      } else {
        for (String category : q.categoryCodes()) {
          s.setString(i++, category);
        }
        if (q.receivedFrom() != null) {
          s.setObject(i++, UtcTime.column(q.receivedFrom()));
        }
        if (q.receivedTo() != null) {
          s.setObject(i++, UtcTime.column(q.receivedTo()));
        }
      }
      s.setInt(i++, q.pageSize());
      s.setLong(i, (long) (q.page() - 1) * q.pageSize());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(request(ref, rs));
        }
      }
    }
    return found;
  }

  private static PublicRequest request(ReferenceSnapshot ref, ResultSet rs) throws SQLException {
    TicketStatus status = TicketStatus.valueOf(rs.getString("status"));
    String code = rs.getString("tracking_code");
    String category = rs.getString("category_code");
    return new PublicRequest(code, status.inboxStage() == 0, status.labelVi(), status.labelEn(),
        category, ref.category(category).map(x -> x.nameVi()).orElse(category),
        ref.agency(rs.getString("agency_code")).map(x -> x.nameVi()).orElse(null),
        ref.commune(rs.getString("commune_code")).map(x -> x.name()).orElse(null),
        UtcTime.read(rs, "received_at"), UtcTime.read(rs, "updated_at"),
        rs.getObject("due_date", LocalDate.class),
        coordinate(rs.getBigDecimal("latitude")), coordinate(rs.getBigDecimal("longitude")),
        rs.getBoolean("has_photo") ? PublicPhotoController.url(code, 1) : null);
  }

  private static Double coordinate(BigDecimal value) {
    return value == null ? null : PublicRequests.rounded(value.doubleValue());
  }
}
