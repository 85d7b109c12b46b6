package vn.citizenhub.core.knowledge;

import io.micronaut.core.annotation.Nullable;

/** The lead's edit of a draft: both texts, masked again on save. */
public record PublicationEdit(@Nullable String questionVi, @Nullable String answerVi) {}
