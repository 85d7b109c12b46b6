package vn.citizenhub.core.feedback;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.NotFixedVerdict;
import vn.citizenhub.contract.intake.Rating;
import vn.citizenhub.core.intake.CitizenVerdicts;
import vn.citizenhub.core.lifecycle.Change;
import vn.citizenhub.core.lifecycle.TicketState;
import vn.citizenhub.core.outbox.OutboxRelay;
import vn.citizenhub.core.publicapi.PublicRefusal;
import vn.citizenhub.core.ticket.TicketRatings;
import vn.citizenhub.core.ticket.TicketRef;
import vn.citizenhub.core.ticket.TicketStore;
import vn.citizenhub.core.workspace.TicketStates;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * What a private feedback link lets its citizen do: see what they may do, rate the answer, say it
 * is not fixed. Each request is one transaction that first locks the ticket, so a check and its
 * action see the same state. A token that is unknown, expired, or bound to another ticket than the
 * one named gets the same 404, and changes nothing.
 */
@Singleton
class FeedbackLink {

  /** What the link shows. {@code rating}: this citizen's own, never another's. */
  record Check(String trackingCode, String status, String statusLabel, String statusLabelEn,
      boolean canRate, boolean canSayNotFixed,
      @JsonInclude(JsonInclude.Include.ALWAYS) GivenRating rating) {}

  record GivenRating(int score, String comment) {}

  record Rated(String trackingCode, int score) {}

  record Reopened(String trackingCode, String status) {}

  private final JdbcDatabase database;
  private final FeedbackTokens tokens;
  private final TicketStates states;
  private final TicketStore tickets;
  private final TicketRatings ratings;
  private final CitizenVerdicts verdicts;
  private final OutboxRelay relay;
  private final Clock clock;

  FeedbackLink(JdbcDatabase database, FeedbackTokens tokens, TicketStates states,
      TicketStore tickets, TicketRatings ratings, CitizenVerdicts verdicts, OutboxRelay relay,
      Clock clock) {
    this.database = database;
    this.tokens = tokens;
    this.states = states;
    this.tickets = tickets;
    this.ratings = ratings;
    this.verdicts = verdicts;
    this.relay = relay;
    this.clock = clock;
  }

  /** The ticket a token opens, locked, with the citizen it belongs to. */
  private record Opened(TicketState ticket, long citizenId) {}

  Check check(String token, String namedCode) throws SQLException {
    return inTransaction(c -> {
      Opened o = open(c, token, namedCode, false);
      TicketState t = o.ticket();
      GivenRating own = ratings.of(c, t.id, o.citizenId())
          .map(r -> new GivenRating(r.score(), r.comment())).orElse(null);
      return new Check(display(t), t.status.name(), t.status.labelVi(), t.status.labelEn(),
          CitizenVerdicts.mayRate(t), verdicts.maySayNotFixed(t), own);
    });
  }

  Rated rate(String token, String namedCode, Rating rating) throws SQLException {
    Rated rated = inTransaction(c -> {
      Opened o = open(c, token, namedCode, true);
      if (!CitizenVerdicts.mayRate(o.ticket())) {
        throw new PublicRefusal(HttpStatus.CONFLICT, "NOT_YET_RATEABLE",
            "Phản ánh chưa có kết quả xử lý nên chưa thể đánh giá. Bạn sẽ nhận được liên kết"
                + " đánh giá khi có kết quả.",
            "The report has no outcome yet, so it cannot be rated. You will get a link to rate"
                + " it when it has one.");
      }
      verdicts.rateThroughLink(c, ref(c, o.ticket()), o.citizenId(), rating, clock.instant());
      return new Rated(display(o.ticket()), rating.score());
    });
    relay.wake();
    return rated;
  }

  Reopened notFixed(String token, String namedCode, NotFixedVerdict verdict)
      throws SQLException {
    Reopened reopened = inTransaction(c -> {
      Opened o = open(c, token, namedCode, true);
      if (!verdicts.maySayNotFixed(o.ticket())) {
        throw new PublicRefusal(HttpStatus.CONFLICT, "NOT_REOPENABLE",
            "Chỉ phản hồi \"chưa khắc phục\" được khi phản ánh đã có kết quả xử lý; phản ánh"
                + " này đang được xử lý.",
            "\"Not fixed\" can be said only once the report has an outcome; this one is being"
                + " handled.");
      }
      Optional<Change> change = verdicts.notFixedThroughLink(c, ref(c, o.ticket()), verdict,
          clock.instant());
      TicketState after = change.map(Change::next).orElse(o.ticket());
      return new Reopened(display(after), after.status.name());
    });
    relay.wake();
    return reopened;
  }

  /** The ticket the token opens (locked for an action), or the one 404. */
  private Opened open(Connection c, String token, String namedCode, boolean lock)
      throws SQLException {
    Optional<FeedbackTokens.Grant> grant = tokens.find(c, token, clock.instant());
    if (grant.isEmpty()) {
      throw notFound();
    }
    TicketState ticket = read(c, grant.get().ticketId(), lock);
    if (ticket.mergedIntoId != null) {
      // Merged since the link was sent: its outcome is the other ticket's now.
      ticket = read(c, ticket.mergedIntoId, lock);
    }
    if (namedCode != null) {
      Optional<TrackingCode> named = TrackingCode.parse(namedCode);
      if (named.isEmpty() || !named.get().value().equals(ticket.trackingCode)) {
        throw notFound();
      }
    }
    return new Opened(ticket, grant.get().citizenId());
  }

  private TicketState read(Connection c, long id, boolean lock) throws SQLException {
    return (lock ? states.lock(c, id) : states.find(c, id)).orElseThrow(FeedbackLink::notFound);
  }

  /**
   * One transaction, tried a second time if the database broke a deadlock or a lock wait (an
   * officer or an intake batch held the ticket): the citizen gets an answer, not an error.
   */
  private <T> T inTransaction(JdbcDatabase.TransactionalWork<T> work) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        return database.inTransaction(work);
      } catch (SQLException e) {
        if (!lockConflict(e)) {
          throw e;
        }
        if (attempt == 2) {
          throw new PublicRefusal(HttpStatus.SERVICE_UNAVAILABLE, "BUSY",
              "Phản ánh đang được cập nhật. Vui lòng thử lại sau ít giây.",
              "The report is being updated. Please try again in a few seconds.");
        }
      }
    }
  }

  private static boolean lockConflict(SQLException e) {
    return String.valueOf(e.getSQLState()).startsWith("40") || e.getErrorCode() == 1213
        || e.getErrorCode() == 1205;
  }

  private TicketRef ref(Connection c, TicketState t) throws SQLException {
    return tickets.findById(c, t.id).orElseThrow(FeedbackLink::notFound);
  }

  private static String display(TicketState t) {
    return new TrackingCode(t.trackingCode).display();
  }

  /** One answer for every token that opens nothing here: unknown, expired or another ticket's. */
  static PublicRefusal notFound() {
    return new PublicRefusal(HttpStatus.NOT_FOUND, "FEEDBACK_LINK_NOT_FOUND",
        "Liên kết phản hồi không đúng hoặc đã hết hạn. Vui lòng mở lại liên kết trong thông báo"
            + " kết quả, hoặc gọi đường dây nóng 1022.",
        "This feedback link is wrong or has expired. Open the link in the outcome notice again,"
            + " or call the 1022 hotline.");
  }
}
