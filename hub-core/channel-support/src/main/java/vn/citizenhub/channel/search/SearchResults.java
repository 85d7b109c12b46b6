package vn.citizenhub.channel.search;

import java.util.List;
import java.util.Map;

/** A page of search hits, best first, with how many match in all and per type. */
public record SearchResults(String query, long total, Map<String, Long> counts,
    List<SearchResult> results) {}
