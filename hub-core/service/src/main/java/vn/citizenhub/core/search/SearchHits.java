package vn.citizenhub.core.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, best first, with how many match in all and per type. {@code snippet} is HTML
 * escaped by the highlighter, with the matched words in {@code <mark>}; null for tickets.
 */
public record SearchHits(long total, Map<SearchType, Long> perType, List<Hit> hits) {

  public record Hit(SearchDocument document, float score, String snippet) {}
}
