package vn.citizenhub.core.publicapi;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.core.reference.ReferenceSnapshot;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * Finds the open tickets of a category in a commune whose search text shares words with the
 * citizen's text. The database narrows by {@code ix_ticket_nearby} (category, commune, status,
 * received) to the open tickets of that place and matter, a few dozen even at a million tickets,
 * and by a LIKE per word on the folded ASCII search text; the words are then counted here, whole
 * words only, and the tickets ranked by words in common, then newest first.
 */
@Singleton
class SimilarTicketsQuery {

  static final int MAX_ITEMS = 5;
  /** Enough candidates to rank well; a commune never has more open tickets like one. */
  static final int MAX_CANDIDATES = 200;
  static final String OPEN = Arrays.stream(TicketStatus.values())
      .filter(st -> st.inboxStage() == 0).map(st -> "'" + st.name() + "'")
      .collect(Collectors.joining(", ", "(", ")"));

  private final JdbcDatabase database;

  SimilarTicketsQuery(JdbcDatabase database) {
    this.database = database;
  }

  /** The statement, for the test that checks which index the database uses. */
  static String sql(int words) {
    return "SELECT tracking_code, status, agency_code, received_at, search_text FROM ticket"
        + " WHERE category_code = ? AND commune_code = ? AND status IN " + OPEN + " AND ("
        + String.join(" OR ", java.util.Collections.nCopies(words, "search_text LIKE ?"))
        + ") ORDER BY received_at DESC LIMIT " + MAX_CANDIDATES;
  }

  SimilarTickets find(ReferenceSnapshot ref, String category, String commune,
      List<QueryWords.Word> words) throws SQLException {
    if (words.isEmpty()) {
      return new SimilarTickets(List.of());
    }
    record Candidate(SimilarTickets.Item item, int common) {}
    List<Candidate> found = new ArrayList<>();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(sql(words.size()))) {
      s.setString(1, category);
      s.setString(2, commune);
      for (int i = 0; i < words.size(); i++) {
        // Words are letters a-z only (QueryWords), so nothing in them needs escaping.
        s.setString(3 + i, "%" + words.get(i).folded() + "%");
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Set<String> ticketWords = QueryWords.ofSearchText(rs.getString("search_text"));
          List<String> common = words.stream().filter(w -> ticketWords.contains(w.folded()))
              .map(QueryWords.Word::shown).toList();
          if (!common.isEmpty()) {
            found.add(new Candidate(item(ref, rs, category, commune, common), common.size()));
          }
        }
      }
    }
    return new SimilarTickets(found.stream()
        .sorted(Comparator.comparingInt(Candidate::common).reversed()
            .thenComparing(cand -> cand.item().createdAt(), Comparator.reverseOrder()))
        .limit(MAX_ITEMS).map(Candidate::item).toList());
  }

  private static SimilarTickets.Item item(ReferenceSnapshot ref, ResultSet rs, String category,
      String commune, List<String> common) throws SQLException {
    TicketStatus status = TicketStatus.valueOf(rs.getString("status"));
    Instant received = UtcTime.read(rs, "received_at");
    String agency = rs.getString("agency_code");
    return new SimilarTickets.Item(new TrackingCode(rs.getString("tracking_code")).display(),
        category, ref.category(category).map(x -> x.nameVi()).orElse(category),
        ref.commune(commune).map(x -> x.name()).orElse(commune),
        agency == null ? null : ref.agency(agency).map(x -> x.nameVi()).orElse(null),
        status.name(), status.labelVi(), status.labelEn(), received, common);
  }
}
