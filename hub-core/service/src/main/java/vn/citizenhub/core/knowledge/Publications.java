package vn.citizenhub.core.knowledge;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.citizenhub.core.knowledge.Masker.Kind;
import vn.citizenhub.core.knowledge.Masker.Masked;
import vn.citizenhub.core.staff.StaffPrincipal;
import vn.citizenhub.core.staffapi.StaffApiException;
import vn.citizenhub.core.ticket.TicketStore;
import vn.citizenhub.core.ticket.TimelineEntry;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * A resolved ticket's question and answer on its way to the public: drafted masked, edited
 * (masked again on every save, so an edit cannot put a phone number back), published, withdrawn.
 * Only a lead of the ticket's agency, a coordinator or an administrator; publishing and
 * withdrawing leave an internal line on the ticket's timeline.
 */
@Singleton
class Publications {

  private final JdbcDatabase database;
  private final TicketStore tickets;
  private final Masker masker = new Masker();
  private final Clock clock;

  Publications(JdbcDatabase database, TicketStore tickets, Clock clock) {
    this.database = database;
    this.tickets = tickets;
    this.clock = clock;
  }

  PublicationView find(long ticketId, StaffPrincipal staff) throws SQLException {
    try (Connection c = database.pool().getConnection()) {
      TicketSource ticket = inScope(c, ticketId, staff);
      return view(c, ticket);
    }
  }

  /** Drafts from the ticket, or returns the publication it already has. */
  PublicationView draft(long ticketId, StaffPrincipal staff) throws SQLException {
    try (Connection c = database.pool().getConnection()) {
      TicketSource ticket = inScope(c, ticketId, staff);
      if (PublicationRow.ofTicket(c, ticketId).isEmpty()) {
        if (!ticket.resolved()) {
          throw new StaffApiException(HttpStatus.CONFLICT, "TICKET_NOT_RESOLVED",
              "Chỉ công khai hỏi đáp của phiếu đã giải quyết hoặc đã đóng.",
              "Only a resolved or closed ticket's question and answer can be published.");
        }
        MaskedTexts texts = mask(new Texts(ticket.description(), ticket.publicAnswer()), ticket);
        insert(c, ticketId, texts.question(), texts.answer(), texts.counts(), staff.username());
      }
      return view(c, ticket);
    }
  }

  /**
   * The lead's edit, masked again before it is stored; {@code english} is null for a Q&A in
   * Vietnamese only.
   */
  PublicationView edit(long ticketId, Texts vietnamese, Texts english, StaffPrincipal staff)
      throws SQLException {
    try (Connection c = database.pool().getConnection()) {
      TicketSource ticket = inScope(c, ticketId, staff);
      PublicationRow row = existing(c, ticketId);
      MaskedTexts vi = mask(vietnamese, ticket);
      MaskedTexts en = english == null ? MaskedTexts.NONE : mask(english, ticket);
      Map<Kind, Integer> masked = MaskedKinds.plus(MaskedKinds.parse(row.maskedKinds()),
          MaskedKinds.plus(vi.counts(), en.counts()));
      try (PreparedStatement s = c.prepareStatement("UPDATE published_answer SET question_vi = ?,"
          + " answer_vi = ?, question_en = ?, answer_en = ?, masked_kinds = ?, updated_at = ?"
          + " WHERE id = ?")) {
        s.setString(1, vi.question());
        s.setString(2, vi.answer());
        s.setString(3, en.question());
        s.setString(4, en.answer());
        s.setString(5, MaskedKinds.format(masked));
        s.setObject(6, UtcTime.column(clock.instant()));
        s.setLong(7, row.id());
        s.executeUpdate();
      }
      return view(c, ticket);
    }
  }

  PublicationView publish(long ticketId, StaffPrincipal staff) throws SQLException {
    return move(ticketId, staff, PublicationRow.PUBLISHED, "QA_PUBLISHED",
        "Đã công khai hỏi đáp của phiếu tại /answers/", "Published the ticket's Q&A at /answers/");
  }

  PublicationView withdraw(long ticketId, StaffPrincipal staff) throws SQLException {
    return move(ticketId, staff, PublicationRow.WITHDRAWN, "QA_WITHDRAWN",
        "Đã rút hỏi đáp công khai /answers/", "Withdrew the public Q&A /answers/");
  }

  private PublicationView move(long ticketId, StaffPrincipal staff, String status, String type,
      String lineVi, String lineEn) throws SQLException {
    try (Connection c = database.pool().getConnection()) {
      TicketSource ticket = inScope(c, ticketId, staff);
      PublicationRow row = existing(c, ticketId);
      if (row.status().equals(status)) {
        return view(c, ticket);
      }
      Instant now = clock.instant();
      c.setAutoCommit(false);
      try {
        boolean publishing = status.equals(PublicationRow.PUBLISHED);
        try (PreparedStatement s = c.prepareStatement("UPDATE published_answer SET status = ?,"
            + " updated_at = ?" + (publishing ? ", published_by = ?, published_at = ?" : "")
            + " WHERE id = ?")) {
          s.setString(1, status);
          s.setObject(2, UtcTime.column(now));
          int i = 3;
          if (publishing) {
            s.setString(i++, staff.username());
            s.setObject(i++, UtcTime.column(now));
          }
          s.setLong(i, row.id());
          s.executeUpdate();
        }
        tickets.insertTimeline(c, List.of(new TimelineEntry(ticketId, now, type,
            Visibility.INTERNAL, lineVi + row.id() + ".", lineEn + row.id() + ".",
            staff.username())));
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
      return view(c, ticket);
    }
  }

  private void insert(Connection c, long ticketId, String question, String answer,
      Map<Kind, Integer> masked, String by) throws SQLException {
    Instant now = clock.instant();
    try (PreparedStatement s = c.prepareStatement("INSERT INTO published_answer (ticket_id,"
        + " question_vi, answer_vi, status, drafted_by, drafted_at, updated_at, masked_kinds)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setLong(1, ticketId);
      s.setString(2, question);
      s.setString(3, answer);
      s.setString(4, PublicationRow.DRAFT);
      s.setString(5, by);
      s.setObject(6, UtcTime.column(now));
      s.setObject(7, UtcTime.column(now));
      s.setString(8, MaskedKinds.format(masked));
      s.executeUpdate();
    } catch (SQLIntegrityConstraintViolationException e) {
      // Two leads drafted at once: the other draft stands, and both see it.
    }
  }

  /** The ticket if the staff member may publish its answer; the same 404 as the ticket page. */
  private static TicketSource inScope(Connection c, long ticketId, StaffPrincipal staff)
      throws SQLException {
    TicketSource ticket = TicketSource.read(c, ticketId)
        .orElseThrow(StaffApiException::ticketNotFound);
    if (!staff.mayHandle(ticket.agencyCode())) {
      throw StaffApiException.ticketNotFound();
    }
    return ticket;
  }

  private static PublicationRow existing(Connection c, long ticketId) throws SQLException {
    return PublicationRow.ofTicket(c, ticketId).orElseThrow(() -> new StaffApiException(
        HttpStatus.NOT_FOUND, "PUBLICATION_NOT_FOUND",
        "Phiếu chưa có bản nháp hỏi đáp công khai.", "The ticket has no Q&A draft yet."));
  }

  private static PublicationView view(Connection c, TicketSource ticket) throws SQLException {
    PublicationRow row = existing(c, ticket.id());
    return new PublicationView(row.id(), row.ticketId(),
        new vn.citizenhub.contract.TrackingCode(ticket.trackingCode()).display(), row.status(),
        row.questionVi(), row.answerVi(), row.questionEn(), row.answerEn(),
        MaskedKinds.view(MaskedKinds.parse(row.maskedKinds())),
        row.draftedBy(), row.draftedAt(), row.publishedBy(), row.publishedAt(), row.updatedAt(),
        "/answers/" + row.id());
  }

  /** A question and its answer in one language. */
  record Texts(String question, String answer) {}

  /** A question and answer masked and cut to their columns, and what the masking hid. */
  private record MaskedTexts(String question, String answer, Map<Kind, Integer> counts) {
    /** No texts in that language (stored as NULL), nothing hidden. */
    static final MaskedTexts NONE = new MaskedTexts(null, null, Map.of());
  }

  private MaskedTexts mask(Texts texts, TicketSource ticket) {
    Masked question = masker.mask(texts.question(), ticket.reporter());
    Masked answer = masker.mask(texts.answer(), ticket.reporter());
    return new MaskedTexts(cut(question.text(), KnowledgeLimits.MAX_QUESTION),
        cut(answer.text(), KnowledgeLimits.MAX_ANSWER),
        MaskedKinds.plus(question.counts(), answer.counts()));
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
