package vn.citizenhub.core.search;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.requests.PublicRequests;
import vn.citizenhub.core.reference.ReferenceData;
import vn.citizenhub.core.reference.ReferenceSnapshot;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.logging.ErrorText;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * Reads from the database what the index holds, streaming rows (a million tickets never sit in
 * memory at once): every row changed since {@code since}, or all when it is null. A ticket is
 * indexed while open and removed once resolved or closed; an article while published; an answer
 * while {@code PUBLISHED}. Only public columns are selected: never a ticket's description,
 * address, citizen or search text.
 */
@Singleton
class SearchSource {

  private static final Logger LOG = LoggerFactory.getLogger(SearchSource.class);
  /** MySQL Connector/J streams a result row by row with this fetch size. */
  private static final int MYSQL_STREAM = Integer.MIN_VALUE;
  /** Other drivers (H2, the all-in-one's embedded database) fetch this many rows at a time. */
  private static final int ROWS_PER_FETCH = 1000;
  private static final String NO_SUCH_TABLE = "42S02";

  private final JdbcDatabase database;
  private final ReferenceData referenceData;

  SearchSource(JdbcDatabase database, ReferenceData referenceData) {
    this.database = database;
    this.referenceData = referenceData;
  }

  /** Puts or removes every row changed since {@code since} (all open/published when null). */
  int load(SearchIndex index, Instant since) throws SQLException, IOException {
    ReferenceSnapshot ref = referenceData.current();
    SearchNames names = new SearchNames(ref);
    return tickets(index, names, since) + optional(() -> articles(index, names, since))
        + optional(() -> answers(index, names, since));
  }

  private int tickets(SearchIndex index, SearchNames names, Instant since)
      throws SQLException, IOException {
    String sql = "SELECT id, tracking_code, status, inbox_stage, category_code, commune_code,"
        + " agency_code, received_at, latitude, longitude FROM ticket"
        + (since == null ? " WHERE inbox_stage = 0" : " WHERE updated_at > ?");
    int n = 0;
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setFetchSize(fetchSize(c));
      if (since != null) {
        s.setObject(1, UtcTime.column(since));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong("id");
          if (rs.getInt("inbox_stage") != 0) {
            index.remove(SearchType.TICKET, id);
          } else {
            index.put(ticket(names, rs, id));
          }
          n++;
        }
      }
    }
    return n;
  }

  private static SearchDocument ticket(SearchNames names, ResultSet rs, long id)
      throws SQLException {
    String category = rs.getString("category_code");
    String commune = rs.getString("commune_code");
    String agency = rs.getString("agency_code");
    return new SearchDocument(SearchType.TICKET, id, rs.getString("tracking_code"), null, null,
        null, names.of(category, commune, agency), null, category, commune, agency,
        TicketStatus.valueOf(rs.getString("status")).name(), UtcTime.read(rs, "received_at"),
        rounded(rs.getBigDecimal("latitude")), rounded(rs.getBigDecimal("longitude")));
  }

  private int articles(SearchIndex index, SearchNames names, Instant since)
      throws SQLException, IOException {
    String sql = "SELECT id, category_code, agency_code, title_vi, title_en, body_vi, keywords,"
        + " published FROM knowledge_article"
        + (since == null ? " WHERE published = TRUE" : " WHERE updated_at > ?");
    int n = 0;
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      if (since != null) {
        s.setObject(1, UtcTime.column(since));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong("id");
          if (!rs.getBoolean("published")) {
            index.remove(SearchType.ARTICLE, id);
          } else {
            String category = rs.getString("category_code");
            String agency = rs.getString("agency_code");
            index.put(new SearchDocument(SearchType.ARTICLE, id, null, rs.getString("title_vi"),
                rs.getString("title_en"), rs.getString("keywords"),
                names.of(category, null, agency), rs.getString("body_vi"), category, null,
                agency, null, null, null, null));
          }
          n++;
        }
      }
    }
    return n;
  }

  private int answers(SearchIndex index, SearchNames names, Instant since)
      throws SQLException, IOException {
    String sql = "SELECT a.id, a.status, a.question_vi, a.question_en, a.answer_vi,"
        + " t.category_code,"
        + " t.commune_code, t.agency_code, t.tracking_code FROM published_answer a"
        + " JOIN ticket t ON t.id = a.ticket_id"
        + (since == null ? " WHERE a.status = 'PUBLISHED'" : " WHERE a.updated_at > ?");
    int n = 0;
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      if (since != null) {
        s.setObject(1, UtcTime.column(since));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong("id");
          if (!"PUBLISHED".equals(rs.getString("status"))) {
            index.remove(SearchType.ANSWER, id);
          } else {
            String category = rs.getString("category_code");
            String commune = rs.getString("commune_code");
            String agency = rs.getString("agency_code");
            // The published (masked) questions are the titles; the masked answer the body.
            index.put(new SearchDocument(SearchType.ANSWER, id, rs.getString("tracking_code"),
                rs.getString("question_vi"), rs.getString("question_en"), null,
                names.of(category, commune, agency),
                rs.getString("answer_vi"), category, commune, agency, null, null, null, null));
          }
          n++;
        }
      }
    }
    return n;
  }

  private interface Load {
    int run() throws SQLException, IOException;
  }

  /** The knowledge tables come with the knowledge store; without them there is nothing to add. */
  private static int optional(Load load) throws SQLException, IOException {
    try {
      return load.run();
    } catch (SQLException e) {
      if (NO_SUCH_TABLE.equals(e.getSQLState())) {
        LOG.debug("Search source table missing: {}", ErrorText.of(e));
        return 0;
      }
      throw e;
    }
  }

  private static int fetchSize(Connection c) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName();
    return product.startsWith("MySQL") || product.startsWith("MariaDB") ? MYSQL_STREAM
        : ROWS_PER_FETCH;
  }

  private static Double rounded(BigDecimal value) {
    return value == null ? null : PublicRequests.rounded(value.doubleValue());
  }
}
