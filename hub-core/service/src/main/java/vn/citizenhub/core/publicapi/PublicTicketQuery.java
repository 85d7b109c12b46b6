package vn.citizenhub.core.publicapi;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.core.attachments.TicketAttachments;
import vn.citizenhub.core.publicapi.PublicTicketView.Named;
import vn.citizenhub.core.publicapi.PublicTicketView.Step;
import vn.citizenhub.core.reference.ReferenceData;
import vn.citizenhub.core.reference.ReferenceSnapshot;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * Reads the public view of a ticket. It selects only columns that are safe to publish; the
 * citizen's identity, contact, address and own words are never read here.
 */
@Singleton
class PublicTicketQuery {

  private final JdbcDatabase database;
  private final ReferenceData referenceData;
  private final TicketAttachments attachments;

  PublicTicketQuery(JdbcDatabase database, ReferenceData referenceData,
      TicketAttachments attachments) {
    this.database = database;
    this.referenceData = referenceData;
    this.attachments = attachments;
  }

  Optional<PublicTicketView> find(String trackingCode) throws SQLException {
    try (Connection c = database.pool().getConnection()) {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT id, status, category_code, agency_code, commune_code, channel, received_at,"
              + " due_date FROM ticket WHERE tracking_code = ?")) {
        s.setString(1, trackingCode);
        try (ResultSet rs = s.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          ReferenceSnapshot ref = referenceData.current();
          TicketStatus status = TicketStatus.valueOf(rs.getString("status"));
          String category = rs.getString("category_code");
          String agency = rs.getString("agency_code");
          String commune = rs.getString("commune_code");
          return Optional.of(new PublicTicketView(
              displayCode(trackingCode),
              status.name(), status.labelVi(), status.labelEn(),
              ref.category(category).map(x -> new Named(x.code(), x.nameVi(), x.nameEn()))
                  .orElse(new Named(category, category, category)),
              ref.agency(agency).map(x -> new Named(x.code(), x.nameVi(), x.nameEn()))
                  .orElse(null),
              ref.commune(commune).map(x -> new Named(x.code(), x.name(), x.name())).orElse(null),
              rs.getString("channel"),
              UtcTime.read(rs, "received_at"),
              rs.getObject("due_date", LocalDate.class),
              publicTimeline(c, rs.getLong("id")),
              photos(c, rs.getLong("id"), trackingCode)));
        }
      }
    }
  }

  private static List<Step> publicTimeline(Connection c, long ticketId) throws SQLException {
    List<Step> steps = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT occurred_at, type, text_vi, text_en FROM timeline_entry"
            + " WHERE ticket_id = ? AND visibility = 'PUBLIC' ORDER BY id")) {
      s.setLong(1, ticketId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          steps.add(new Step(UtcTime.read(rs, "occurred_at"), rs.getString("type"),
              rs.getString("text_vi"), rs.getString("text_en")));
        }
      }
    }
    return steps;
  }

  /** Numbered from 1 in the order they came, as {@link PublicPhotoController} serves them. */
  private List<PublicTicketView.Photo> photos(Connection c, long ticketId, String code)
      throws SQLException {
    int count = attachments.publicOf(c, ticketId).size();
    List<PublicTicketView.Photo> photos = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      photos.add(new PublicTicketView.Photo(PublicPhotoController.url(code, n)));
    }
    return photos;
  }

  private static String displayCode(String code) {
    return new TrackingCode(code).display();
  }
}
