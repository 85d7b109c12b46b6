package vn.citizenhub.core.search;

/**
 * A validated search: the words (may be blank when a filter is given), the filters (null for
 * none) and the page, from 1.
 */
public record SearchRequest(String text, SearchType type, String categoryCode,
    String communeCode, String agencyCode, int page, int pageSize) {}
