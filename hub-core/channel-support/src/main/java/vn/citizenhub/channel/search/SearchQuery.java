package vn.citizenhub.channel.search;

/**
 * What to search: words (blank with a filter lists by the filters), an optional type
 * ({@code ARTICLE}, {@code ANSWER}, {@code TICKET}), category, commune and agency codes, and the
 * page from 1. Nulls are "any".
 */
public record SearchQuery(String text, String type, String categoryCode, String communeCode,
    String agencyCode, int page) {

  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, 1);
  }
}
