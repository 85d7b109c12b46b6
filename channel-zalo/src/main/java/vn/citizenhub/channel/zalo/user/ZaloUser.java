package vn.citizenhub.channel.zalo.user;

import java.time.Instant;

/** A Zalo user of one OA as the channel keeps them (personal data: never logged). */
public record ZaloUser(
    String userId,
    String oaName,
    Instant lastInteractionAt,
    String phone,
    String replyTicketCode,
    Instant replyTicketUntil,
    Instant optedOutAt) {

  /** The ticket the user's next words answer, while the reply window lasts. */
  public String replyTicket(Instant now) {
    return replyTicketCode != null && replyTicketUntil != null && now.isBefore(replyTicketUntil)
        ? replyTicketCode : null;
  }
}
