package vn.citizenhub.core.reference;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("commune")
public record CommuneRow(@Id String code, String name, String kind) {}
