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
 */
public record Situation(
    Draft draft, String replyTicket, Set<String> ownCodes, boolean phoneKnown, Instant now) {

  public Situation {
    ownCodes = ownCodes == null ? Set.of() : Set.copyOf(ownCodes);
  }
}
