package vn.citizenhub.core.knowledge;

import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.core.knowledge.PublicKnowledgeView.AnswerPage;
import vn.citizenhub.core.knowledge.PublicKnowledgeView.AnswerView;
import vn.citizenhub.core.knowledge.PublicKnowledgeView.ArticleView;
import vn.citizenhub.core.knowledge.PublicKnowledgeView.Named;
import vn.citizenhub.core.reference.ReferenceData;
import vn.citizenhub.core.reference.ReferenceSnapshot;
import vn.citizenhub.core.sla.Deadlines;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * Reads the published part of the knowledge store. Of a ticket it selects only the category,
 * commune, agency and tracking code; the citizen and the address are never read here.
 */
@Singleton
class PublicKnowledgeQuery {

  static final int PAGE_SIZE = 20;

  private final JdbcDatabase database;
  private final KnowledgeArticles articles;
  private final ReferenceData referenceData;

  PublicKnowledgeQuery(JdbcDatabase database, KnowledgeArticles articles,
      ReferenceData referenceData) {
    this.database = database;
    this.articles = articles;
    this.referenceData = referenceData;
  }

  Optional<ArticleView> article(long id) throws SQLException {
    return articles.find(id).filter(row -> row.article().published()).map(this::article);
  }

  List<ArticleView> articles(String category, String agency) throws SQLException {
    return articles.list(true, category, agency).stream().map(this::article).toList();
  }

  Optional<AnswerView> answer(long id) throws SQLException {
    List<AnswerView> found = answers("a.id = ?", id, 1, 0);
    return found.stream().findFirst();
  }

  AnswerPage answers(int page) throws SQLException {
    List<AnswerView> found = answers("1 = 1", null, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
    boolean more = found.size() > PAGE_SIZE;
    return new AnswerPage(more ? found.subList(0, PAGE_SIZE) : found, page, PAGE_SIZE, more);
  }

  private List<AnswerView> answers(String where, Long id, int limit, int offset)
      throws SQLException {
    ReferenceSnapshot ref = referenceData.current();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT a.id, a.question_vi, a.answer_vi,"
            + " a.question_en, a.answer_en, a.published_at, t.category_code, t.commune_code,"
            + " t.agency_code, t.tracking_code"
            + " FROM published_answer a JOIN ticket t ON t.id = a.ticket_id"
            + " WHERE a.status = 'PUBLISHED' AND " + where
            + " ORDER BY a.published_at DESC, a.id DESC LIMIT " + limit + " OFFSET " + offset)) {
      if (id != null) {
        s.setLong(1, id);
      }
      List<AnswerView> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String code = new TrackingCode(rs.getString("tracking_code")).display();
          Instant published = UtcTime.read(rs, "published_at");
          out.add(new AnswerView(rs.getLong("id"), rs.getString("question_vi"),
              rs.getString("answer_vi"), rs.getString("question_en"),
              rs.getString("answer_en"), category(ref, rs.getString("category_code")),
              commune(ref, rs.getString("commune_code")),
              agency(ref, rs.getString("agency_code")),
              published.atZone(Deadlines.PROVINCE_ZONE).toLocalDate(), code,
              "/track?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8),
              "/answers/" + rs.getLong("id")));
        }
      }
      return out;
    }
  }

  private ArticleView article(ArticleRow row) {
    ReferenceSnapshot ref = referenceData.current();
    Article a = row.article();
    return new ArticleView(row.id(), a.kind(), category(ref, a.categoryCode()),
        agency(ref, a.agencyCode()), a.titleVi(), a.titleEn(), a.bodyVi(), a.bodyEn(),
        a.sourceVi(), row.updatedAt(), "/articles/" + row.id());
  }

  private static Named category(ReferenceSnapshot ref, String code) {
    return code == null ? null : ref.category(code)
        .map(x -> new Named(x.code(), x.nameVi(), x.nameEn())).orElse(null);
  }

  private static Named commune(ReferenceSnapshot ref, String code) {
    return code == null ? null : ref.commune(code)
        .map(x -> new Named(x.code(), x.name(), x.name())).orElse(null);
  }

  private static Named agency(ReferenceSnapshot ref, String code) {
    return code == null ? null : ref.agency(code)
        .map(x -> new Named(x.code(), x.nameVi(), x.nameEn())).orElse(null);
  }
}
