package vn.citizenhub.core.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/**
 * An agency with the focal point, contact, hours and rules it publishes (Decree 42/2022). Who
 * last edited them is kept beside them (agency.contact_updated_*) but never read here: nothing in
 * the reference snapshot reaches a public page with a staff member's name.
 */
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
    @Nullable String addressEn,
    @Nullable String hoursVi,
    @Nullable String hoursEn,
    @Nullable String rulesVi,
    @Nullable String rulesEn,
    @Nullable LocalDate rulesUpdatedOn,
    @Nullable String infoRulesUrl) {}
