package vn.citizenhub.core.knowledge;

import java.time.Instant;

/** One row of knowledge_article. */
record ArticleRow(long id, Article article, Instant updatedAt, String updatedBy) {}
