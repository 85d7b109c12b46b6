package vn.citizenhub.core.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("routing_rule")
public record RoutingRuleRow(
    @Id Integer id,
    @Nullable String categoryCode,
    @Nullable String communeCode,
    String agencyCode,
    @Nullable String note) {}
