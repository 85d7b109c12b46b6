package vn.citizenhub.channel.zalo.conversation;

import java.util.List;

/** What a citizen did on Zalo, as the conversation sees it. */
public sealed interface Incoming {

  /** The message id (the idempotency key of anything it leads to); null for follow and such. */
  String msgId();

  record Text(String msgId, String text) implements Incoming {}

  /** Photos; {@code attachments} are the kept copies (or the CDN links if a download failed). */
  record Photos(String msgId, List<Photo> photos, String caption) implements Incoming {}

  record SharedLocation(String msgId, double latitude, double longitude, String label)
      implements Incoming {}

  /** The answer to request_user_info: the phone (already normalised) and name. */
  record SharedInfo(String msgId, String phone) implements Incoming {}

  record Follow(String msgId) implements Incoming {}

  record Unfollow(String msgId) implements Incoming {}

  /** user_withdraw: the user asks the OA to stop using their data. */
  record Withdraw(String msgId) implements Incoming {}

  /** Stickers, audio, video, files, links: not understood, answered with the menu. */
  record Other(String msgId, String eventName) implements Incoming {}
}
