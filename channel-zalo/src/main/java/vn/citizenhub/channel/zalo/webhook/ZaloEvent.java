package vn.citizenhub.channel.zalo.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;
import vn.citizenhub.contract.ContractJson;

/**
 * The few fields of a webhook event the edge needs before the event is stored: who it is from,
 * for which app and OA, and what makes a retry recognisable. Ids and timestamps are strings, as
 * Zalo sends them (19-digit ids do not fit a double).
 *
 * @param userId the citizen: sender of a user event, the follower of follow/unfollow; for an
 *     echo of the OA's own message ({@code oa_send_*}) the recipient
 */
public record ZaloEvent(
    String eventName, String appId, String oaId, String userId, String msgId, String timestamp,
    JsonNode root) {

  /** Reads the envelope; empty when the body is not a JSON object with an event name. */
  public static Optional<ZaloEvent> parse(byte[] body) {
    JsonNode root;
    try {
      root = ContractJson.mapper().readTree(body);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (root == null || !root.isObject() || text(root, "event_name") == null) {
      return Optional.empty();
    }
    String event = text(root, "event_name");
    String sender = text(root.path("sender"), "id");
    String recipient = text(root.path("recipient"), "id");
    boolean echo = isEcho(event);
    String user = echo ? recipient : sender;
    String oa = echo ? sender : recipient;
    if (root.has("follower")) {
      user = text(root.path("follower"), "id");
    }
    if (text(root, "oa_id") != null) {
      oa = text(root, "oa_id");
    }
    return Optional.of(new ZaloEvent(event, text(root, "app_id"), oa, user,
        text(root.path("message"), "msg_id"), text(root, "timestamp"), root));
  }

  /** What the OA itself sent, by the API or by a person in the OA chat tool. */
  public static boolean isEcho(String eventName) {
    return eventName != null && eventName.startsWith("oa_send_");
  }

  public boolean isEcho() {
    return isEcho(eventName);
  }

  /**
   * Whether the event was sent before {@code cutoff}. Only 13-digit timestamps are read (epoch
   * milliseconds, as real traffic has); other forms (the 12 digits of Zalo's doc samples) are
   * of no known unit and never count as old.
   */
  public boolean olderThan(java.time.Instant cutoff) {
    if (timestamp == null || !timestamp.matches("[0-9]{13}")) {
      return false;
    }
    return Long.parseLong(timestamp) < cutoff.toEpochMilli();
  }

  /** Zalo's receipts of delivery and reading: nothing the citizen said, nothing to answer. */
  public boolean isReceipt() {
    return "user_received_message".equals(eventName) || "user_seen_message".equals(eventName);
  }

  /**
   * The same event delivered again has the same key: the message id when there is one, else
   * the event name, timestamp and user (Zalo's documented dedupe rule).
   */
  public String dedupeKey() {
    if (msgId != null) {
      return "msg:" + msgId;
    }
    return eventName + ":" + timestamp + ":" + userId;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : null;
  }
}
