package vn.citizenhub.core.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the public API shows of the knowledge store: no personal data, nothing unpublished. */
public final class PublicKnowledgeView {

  private PublicKnowledgeView() {}

  /** A category, agency or commune, by code and name. */
  public record Named(String code, String name, String nameEn) {}

  /** A published article. */
  public record ArticleView(long id, String kind, Named category, Named agency, String titleVi,
      String titleEn, String bodyVi, String bodyEn, String sourceVi, Instant updatedAt,
      String url) {}

  /** The published articles of a category and/or agency. */
  public record ArticleList(List<ArticleView> items) {}

  /**
   * A published question and answer: the ticket's category, commune and agency, when it was
   * published, and the ticket's tracking code with the link to follow it. The English texts are
   * null when the lead published the answer in Vietnamese only.
   */
  public record AnswerView(long id, String questionVi, String answerVi, String questionEn,
      String answerEn, Named category,
      Named commune, Named agency, LocalDate publishedOn, String trackingCode, String trackUrl,
      String url) {}

  /** One page of recent published answers, newest first. */
  public record AnswerPage(List<AnswerView> items, int page, int size, boolean hasMore) {}
}
