package vn.citizenhub.channel.zalo.conversation;

import java.time.Instant;
import java.util.Set;

/**
 * Where a citizen's conversation stands before their next message.
 *
 * @param draft the report being put together, or null
 * @param replyTicket the ticket the citizen was last told about, while their next words may be
 *     the answer the agency asked for; else null
 * @param ownCodes tracking codes of the reports this citizen sent through Zalo
 * @param nextReportAt when this citizen may send their next report, having sent as many as the
 *     channel takes from one user in a while; null when they may send one now
 */
public record Situation(
    Draft draft, String replyTicket, Set<String> ownCodes, boolean phoneKnown, Instant now,
    Instant nextReportAt) {

  public Situation {
    ownCodes = ownCodes == null ? Set.of() : Set.copyOf(ownCodes);
  }

  public Situation(Draft draft, String replyTicket, Set<String> ownCodes, boolean phoneKnown,
      Instant now) {
    this(draft, replyTicket, ownCodes, phoneKnown, now, null);
  }

  /** Whether the citizen's report budget is spent for now. */
  boolean reportsSpent() {
    return nextReportAt != null && nextReportAt.isAfter(now);
  }
}
