package vn.citizenhub.core.agencies;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An agency's published contact as administrators and coordinators see it in the console: the
 * catalog's fields, and who last changed them and when ({@code updatedBy}: a staff username, for
 * staff eyes only; the public catalog never carries it).
 */
public record AgencyContactView(
    String code,
    String name,
    String nameEn,
    String level,
    String focalPoint,
    String focalPointEn,
    String contactPhone,
    String contactEmail,
    String address,
    String addressEn,
    String hours,
    String hoursEn,
    String rules,
    String rulesEn,
    String infoRulesUrl,
    LocalDate rulesUpdatedOn,
    Instant updatedAt,
    String updatedBy) {}
