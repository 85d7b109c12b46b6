package vn.citizenhub.core.reference;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("category")
public record CategoryRow(@Id String code, String nameVi, String nameEn, String kind, String clockCode) {}
