package vn.citizenhub.channel.hotline.knowledge;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.channel.hotline.HotlineSettings;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * The published answers and FAQs, with their folded search column kept in step: filled at start-up
 * for rows written by a migration or by hand, and on every change made through the channel.
 */
@Singleton
@Requires(property = HotlineSettings.ENABLED, value = "true", defaultValue = "true")
public class KnowledgeBase {

  /** Candidates read for one search before ranking: far more than an operator reads. */
  static final int CANDIDATES = 200;
  private static final String COLUMNS =
      "id, kind, title_vi, answer_vi, category_code, keywords, source_vi";

  private final JdbcDatabase database;

  KnowledgeBase(JdbcDatabase database) {
    this.database = database;
  }

  @EventListener
  void foldNewRows(StartupEvent event) throws SQLException {
    List<Article> unfolded = new ArrayList<>();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT " + COLUMNS + " FROM hotline_knowledge WHERE search_text IS NULL");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        unfolded.add(read(rs));
      }
    }
    for (Article a : unfolded) {
      update(a, null);
    }
  }

  /** Published articles with any of the terms somewhere; ranking is the caller's. */
  public List<Article> candidates(List<String> terms) throws SQLException {
    if (terms.isEmpty()) {
      return List.of();
    }
    StringBuilder where = new StringBuilder();
    for (int i = 0; i < terms.size(); i++) {
      where.append(i == 0 ? "" : " OR ").append("search_text LIKE ?");
    }
    List<Article> found = new ArrayList<>();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM hotline_knowledge"
            + " WHERE published = TRUE AND (" + where + ") ORDER BY id LIMIT " + CANDIDATES)) {
      for (int i = 0; i < terms.size(); i++) {
        s.setString(i + 1, "%" + escapeLike(terms.get(i)) + "%");
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(read(rs));
        }
      }
    }
    return found;
  }

  public Optional<Article> find(int id) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT " + COLUMNS + " FROM hotline_knowledge WHERE id = ?")) {
      s.setInt(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  /** Publishes a new article; its id. */
  public int publish(Article a, Instant now) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO hotline_knowledge (kind, title_vi,"
            + " answer_vi, category_code, keywords, source_vi, published, search_text,"
            + " updated_at) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, a.kind());
      s.setString(2, a.title());
      s.setString(3, a.answer());
      s.setString(4, a.categoryCode());
      s.setString(5, a.keywords());
      s.setString(6, a.source());
      s.setString(7, a.searchText());
      s.setObject(8, UtcTime.column(now));
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getInt(1);
      }
    }
  }

  /** Replaces an article's text; false if there is none with that id. */
  public boolean update(Article a, Instant now) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("UPDATE hotline_knowledge SET kind = ?,"
            + " title_vi = ?, answer_vi = ?, category_code = ?, keywords = ?, source_vi = ?,"
            + " search_text = ?, updated_at = COALESCE(?, updated_at) WHERE id = ?")) {
      s.setString(1, a.kind());
      s.setString(2, a.title());
      s.setString(3, a.answer());
      s.setString(4, a.categoryCode());
      s.setString(5, a.keywords());
      s.setString(6, a.source());
      s.setString(7, a.searchText());
      s.setObject(8, UtcTime.column(now));
      s.setInt(9, a.id());
      return s.executeUpdate() == 1;
    }
  }

  /** Takes an article out of the operators' search (kept, for the record). */
  public boolean withdraw(int id, Instant now) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("UPDATE hotline_knowledge SET published = FALSE,"
            + " updated_at = ? WHERE id = ?")) {
      s.setObject(1, UtcTime.column(now));
      s.setInt(2, id);
      return s.executeUpdate() == 1;
    }
  }

  private static Article read(ResultSet rs) throws SQLException {
    return new Article(rs.getInt("id"), rs.getString("kind"), rs.getString("title_vi"),
        rs.getString("answer_vi"), rs.getString("category_code"), rs.getString("keywords"),
        rs.getString("source_vi"));
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
