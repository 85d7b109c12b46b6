package vn.citizenhub.core.publicapi;

import java.time.Instant;
import java.util.List;

/**
 * Open tickets like the one a citizen is about to report, so they may follow one instead. Only
 * what the tracking page shows anyone, and of the texts only the citizen's own words that the
 * ticket shares: no name, phone, address or description.
 */
public record SimilarTickets(List<Item> items) {

  public record Item(String trackingCode, String categoryCode, String categoryName,
      String communeName, String agencyName, String status, String statusLabel,
      String statusLabelEn, Instant createdAt, List<String> wordsInCommon) {}
}
