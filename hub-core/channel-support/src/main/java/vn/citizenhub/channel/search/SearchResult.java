package vn.citizenhub.channel.search;

import java.time.Instant;

/**
 * One hit in its public form. {@code type}: {@code CODE} (the ticket a typed tracking code
 * names), {@code ARTICLE}, {@code ANSWER} or {@code TICKET}. {@code snippet} is escaped HTML with
 * the matched words in {@code <mark>} (articles and answers only); {@code text} the article's or
 * answer's whole text, for the hotline to read out. A ticket carries only its public summary
 * (category — commune — status — date): never the citizen's words, name, phone or address.
 */
public record SearchResult(String type, Long id, String code, String title, String titleEn,
    String snippet, String text, String summary, String summaryEn, String url,
    String categoryCode, String categoryName, String communeCode, String communeName,
    String agencyCode, String agencyName, String statusLabel, String statusLabelEn,
    Instant receivedAt, Double latitude, Double longitude, double score) {}
