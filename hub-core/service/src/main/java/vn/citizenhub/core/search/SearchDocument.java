package vn.citizenhub.core.search;

import java.time.Instant;

/**
 * One thing the public may find, as it is indexed. Only public fields: for a ticket, its code,
 * category, commune, agency, status, date and rounded point, and the names of its category,
 * commune and agency to be found by; never the citizen's words, name, phone or address.
 * {@code body} is an article's or a published answer's text (null for tickets): searched, and
 * what a snippet is cut from.
 */
public record SearchDocument(SearchType type, long id, String code, String titleVi,
    String titleEn, String keywords, String names, String body, String categoryCode,
    String communeCode, String agencyCode, String status, Instant receivedAt, Double latitude,
    Double longitude) {

  /** The index's key of a row: its type and id. */
  public String key() {
    return key(type, id);
  }

  public static String key(SearchType type, long id) {
    return type.name() + ":" + id;
  }
}
