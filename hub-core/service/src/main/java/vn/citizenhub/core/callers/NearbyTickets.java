package vn.citizenhub.core.callers;

import java.time.Instant;
import java.util.List;

/**
 * Open tickets of one category in one commune, as a hotline operator is shown them to offer "add
 * to this one" instead of a new ticket: what the public tracking page shows, and no more. No
 * name, phone, address, description or agency staff; the summary is the ticket's latest public
 * step, which the tracking page shows to anyone.
 */
public record NearbyTickets(List<Item> items) {

  /** One open ticket nearby. */
  public record Item(String trackingCode, String categoryCode, String categoryName,
      String communeCode, String communeName, String status, String statusLabel,
      Instant receivedAt, long ageDays, String summary) {}
}
