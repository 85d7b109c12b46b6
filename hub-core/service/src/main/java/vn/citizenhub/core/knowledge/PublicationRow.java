package vn.citizenhub.core.knowledge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import vn.citizenhub.schema.UtcTime;

/** One row of published_answer. */
record PublicationRow(long id, long ticketId, String questionVi, String answerVi,
    String questionEn, String answerEn, String status,
    String draftedBy, Instant draftedAt, String publishedBy, Instant publishedAt,
    Instant updatedAt, String maskedKinds) {

  static final String DRAFT = "DRAFT";
  static final String PUBLISHED = "PUBLISHED";
  static final String WITHDRAWN = "WITHDRAWN";

  static Optional<PublicationRow> ofTicket(Connection c, long ticketId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id, ticket_id, question_vi, answer_vi,"
        + " question_en, answer_en, status, drafted_by, drafted_at, published_by, published_at, updated_at, masked_kinds"
        + " FROM published_answer WHERE ticket_id = ?")) {
      s.setLong(1, ticketId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new PublicationRow(rs.getLong("id"), rs.getLong("ticket_id"),
            rs.getString("question_vi"), rs.getString("answer_vi"),
            rs.getString("question_en"), rs.getString("answer_en"), rs.getString("status"),
            rs.getString("drafted_by"), UtcTime.read(rs, "drafted_at"),
            rs.getString("published_by"), UtcTime.read(rs, "published_at"),
            UtcTime.read(rs, "updated_at"), rs.getString("masked_kinds")));
      }
    }
  }
}
