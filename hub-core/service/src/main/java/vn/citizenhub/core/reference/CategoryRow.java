package vn.citizenhub.core.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A category of the catalog; {@code guidanceVi}/{@code guidanceEn} tell a citizen what a report of
 * it should say (the portal shows them when the category is picked), null where none is written.
 */
@MappedEntity("category")
public record CategoryRow(@Id String code, String nameVi, String nameEn, String kind,
    String clockCode, @Nullable String guidanceVi, @Nullable String guidanceEn) {}
