package vn.citizenhub.core.reference;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("clock_rule")
public record ClockRuleRow(
    @Id String code,
    String nameVi,
    String nameEn,
    String dayType,
    int firstResponseDays,
    int resolutionDays,
    int extensionDays,
    String legalBasis) {}
