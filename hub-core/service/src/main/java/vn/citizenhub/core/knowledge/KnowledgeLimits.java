package vn.citizenhub.core.knowledge;

/**
 * How long each text of the knowledge store may be: exactly what its column holds
 * (knowledge_article, published_answer; ColumnLimitsTest reads the sizes from the schema), so a
 * text the API accepts can always be stored.
 */
public final class KnowledgeLimits {

  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 4000;
  public static final int MAX_KEYWORDS = 300;
  public static final int MAX_SOURCE = 200;
  public static final int MAX_CODE = 40;
  public static final int MAX_KIND = 10;
  public static final int MAX_QUESTION = 4000;
  public static final int MAX_ANSWER = 4000;
  /** published_answer.drafted_by / published_by and knowledge_article.updated_by: a username. */
  public static final int MAX_STAFF_NAME = 60;

  private KnowledgeLimits() {}
}
