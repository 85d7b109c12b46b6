package vn.citizenhub.core.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An agency with the focal point and contact it publishes (Decree 42/2022). */
@MappedEntity("agency")
public record AgencyRow(
    @Id String code,
    String nameVi,
    String nameEn,
    String level,
    @Nullable String communeCode,
    String focalPointVi,
    String focalPointEn,
    String contactPhone,
    String contactEmail,
    String addressVi,
    @Nullable String infoRulesUrl) {}
