package vn.citizenhub.channel.catalog;

/**
 * One category of the public catalog with its names: what a channel that lists the province's
 * services (Open311's {@code services}) shows.
 *
 * @param kind the item kind it files under ({@code REPORT}, {@code QUESTION}, ...)
 */
public record CatalogCategory(String code, String nameVi, String nameEn, String kind) {}
