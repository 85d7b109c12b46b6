package vn.citizenhub.core.knowledge;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * The knowledge_article table. Every write sets updated_at, which is how search (and anything
 * else reading the table) notices a change; unpublishing is a write like any other, never a
 * delete, so a reader polling updated_at sees the article leave.
 */
@Singleton
class KnowledgeArticles {

  private static final String COLUMNS = "id, kind, category_code, agency_code, title_vi,"
      + " title_en, body_vi, body_en, keywords, source_vi, published, review_by, updated_at,"
      + " updated_by";
  /** The most rows one list returns; the store holds a province's articles, not millions. */
  static final int MAX_LIST = 500;

  private final JdbcDatabase database;

  KnowledgeArticles(JdbcDatabase database) {
    this.database = database;
  }

  /** Every article, or only the published ones of a category and/or agency, newest first. */
  List<ArticleRow> list(boolean publishedOnly, String category, String agency)
      throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM knowledge_article WHERE 1=1");
    List<String> args = new ArrayList<>();
    if (publishedOnly) {
      sql.append(" AND published = TRUE");
    }
    if (category != null) {
      sql.append(" AND category_code = ?");
      args.add(category);
    }
    if (agency != null) {
      sql.append(" AND agency_code = ?");
      args.add(agency);
    }
    sql.append(" ORDER BY updated_at DESC, id DESC LIMIT ").append(MAX_LIST);
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        s.setString(i + 1, args.get(i));
      }
      List<ArticleRow> rows = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(row(rs));
        }
      }
      return rows;
    }
  }

  Optional<ArticleRow> find(long id) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT " + COLUMNS + " FROM knowledge_article WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
      }
    }
  }

  long insert(Article a, Instant now, String by) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO knowledge_article (kind,"
            + " category_code, agency_code, title_vi, title_en, body_vi, body_en, keywords,"
            + " source_vi, published, review_by, updated_at, updated_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      bind(s, a, now, by);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  void update(long id, Article a, Instant now, String by) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("UPDATE knowledge_article SET kind = ?,"
            + " category_code = ?, agency_code = ?, title_vi = ?, title_en = ?, body_vi = ?,"
            + " body_en = ?, keywords = ?, source_vi = ?, published = ?, review_by = ?,"
            + " updated_at = ?, updated_by = ? WHERE id = ?")) {
      bind(s, a, now, by);
      s.setLong(14, id);
      s.executeUpdate();
    }
  }

  void unpublish(long id, Instant now, String by) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("UPDATE knowledge_article SET published ="
            + " FALSE, updated_at = ?, updated_by = ? WHERE id = ?")) {
      s.setObject(1, UtcTime.column(now));
      s.setString(2, by);
      s.setLong(3, id);
      s.executeUpdate();
    }
  }

  private static void bind(PreparedStatement s, Article a, Instant now, String by)
      throws SQLException {
    s.setString(1, a.kind());
    s.setString(2, a.categoryCode());
    s.setString(3, a.agencyCode());
    s.setString(4, a.titleVi());
    s.setString(5, a.titleEn());
    s.setString(6, a.bodyVi());
    s.setString(7, a.bodyEn());
    s.setString(8, a.keywords());
    s.setString(9, a.sourceVi());
    s.setBoolean(10, a.published());
    s.setObject(11, a.reviewBy());
    s.setObject(12, UtcTime.column(now));
    s.setString(13, by);
  }

  private static ArticleRow row(ResultSet rs) throws SQLException {
    Article a = new Article(rs.getString("kind"), rs.getString("category_code"),
        rs.getString("agency_code"), rs.getString("title_vi"), rs.getString("title_en"),
        rs.getString("body_vi"), rs.getString("body_en"), rs.getString("keywords"),
        rs.getString("source_vi"), rs.getBoolean("published"),
        rs.getObject("review_by", LocalDate.class));
    return new ArticleRow(rs.getLong("id"), a, UtcTime.read(rs, "updated_at"),
        rs.getString("updated_by"));
  }
}
