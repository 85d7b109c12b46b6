package vn.citizenhub.channel.zalo.conversation;

import java.util.List;

/** What the conversation decided to do; the runner carries it out in order. */
public sealed interface Action {

  /** A reply to the citizen. */
  record Say(String text) implements Action {}

  /** Ask the citizen to share their phone number (Zalo's request_user_info). */
  record AskPhone() implements Action {}

  /** Hand the finished draft off as a new report; the reply carries the tracking code. */
  record Submit(Draft draft, String msgId) implements Action {}

  record FollowUp(String trackingCode, String text, List<Photo> photos, String msgId)
      implements Action {}

  record Rate(String trackingCode, int score, String msgId) implements Action {}

  record NotFixed(String trackingCode, String comment, String msgId) implements Action {}

  /** Look a ticket up on hub-core's public tracking API and tell the citizen. */
  record Lookup(String trackingCode) implements Action {}

  /** Tell the citizen about their recent reports. */
  record ListRecent() implements Action {}

  record RememberPhone(String phone) implements Action {}

  /** A follow: the citizen may be messaged again. */
  record Welcome() implements Action {}

  /** Unfollow or withdrawal: stop messaging and delete the conversation data. */
  record Forget(Reason reason) implements Action {
    /** Why the citizen's data goes. */
    public enum Reason { UNFOLLOW, WITHDRAW }
  }
}
