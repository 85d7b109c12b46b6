package vn.citizenhub.core.knowledge;

import io.micronaut.core.annotation.Nullable;

/**
 * An article as a lead or an administrator sends it (create or update). Checked by
 * {@link ArticleRules}; reviewBy is an ISO date (2027-06-30).
 */
public record ArticleInput(
    @Nullable String kind,
    @Nullable String categoryCode,
    @Nullable String agencyCode,
    @Nullable String titleVi,
    @Nullable String titleEn,
    @Nullable String bodyVi,
    @Nullable String bodyEn,
    @Nullable String keywords,
    @Nullable String sourceVi,
    @Nullable Boolean published,
    @Nullable String reviewBy) {}
