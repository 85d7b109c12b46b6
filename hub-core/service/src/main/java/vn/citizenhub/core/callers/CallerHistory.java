package vn.citizenhub.core.callers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a hotline operator sees the moment a number calls: the open and recent tickets of every
 * citizen with that phone, whichever channel they came through (Zalo, app, web, earlier calls).
 * A ticket is shown by its code, status, category, agency and dates, with a short summary only.
 *
 * @param phone the number as the hub keeps it, +84…
 * @param citizens how many citizen records (one per channel identity) carry that number
 */
public record CallerHistory(String phone, int citizens, List<Ticket> open, List<Ticket> recent) {

  /** One ticket in the caller's history. */
  public record Ticket(long id, String code, String status, String statusLabel, String kind,
      String categoryCode, String categoryName, String agencyCode, String agencyName,
      String channel, Instant receivedAt, LocalDate dueDate, boolean overdue,
      Instant resolvedAt, String summary) {}
}
