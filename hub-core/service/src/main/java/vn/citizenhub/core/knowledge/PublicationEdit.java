package vn.citizenhub.core.knowledge;

import io.micronaut.core.annotation.Nullable;

/**
 * The lead's edit of a draft: the Vietnamese texts (required) and, for the portal's English
 * readers, the English ones (optional; both or neither), all masked again on save.
 */
public record PublicationEdit(@Nullable String questionVi, @Nullable String answerVi,
    @Nullable String questionEn, @Nullable String answerEn) {}
