package vn.citizenhub.channel.zalo.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.channel.zalo.webhook.ZaloEvent;
import vn.citizenhub.contract.intake.IntakeValidator;
import vn.citizenhub.contract.intake.PhoneNumber;

/**
 * Reads a stored webhook event as something the citizen did. Outside input: every field may be
 * missing or of the wrong type, and the answer is then "not understood", never an exception.
 */
public final class IncomingEvents {

  private IncomingEvents() {}

  /** Image links in an event, to be downloaded before the conversation sees them. */
  public static List<String> imageUrls(ZaloEvent event) {
    List<String> urls = new ArrayList<>();
    for (JsonNode a : event.root().path("message").path("attachments")) {
      String type = a.path("type").asText("");
      String url = a.path("payload").path("url").asText("");
      // A link the contract would refuse (if the download fails it is kept as it is) is left
      // out: one photo less is better than a report that cannot be sent.
      if ((type.equals("image") || type.equals("gif")) && url.startsWith("http")
          && url.length() <= IntakeValidator.MAX_ATTACHMENT_URL
          && url.chars().allMatch(c -> c > ' ' && c < 127)) {
        urls.add(url);
      }
    }
    return urls;
  }

  /** Empty for events that need no answer (receipts of delivery and reading). */
  public static Optional<Incoming> read(ZaloEvent event, List<Photo> keptPhotos) {
    String msgId = event.msgId();
    JsonNode message = event.root().path("message");
    String text = message.path("text").isTextual() ? message.path("text").asText() : null;
    switch (event.eventName()) {
      case "user_send_text":
        return Optional.of(new Incoming.Text(msgId, text == null ? "" : text));
      case "user_send_image":
      case "user_send_gif":
        return Optional.of(keptPhotos.isEmpty() ? new Incoming.Other(msgId, event.eventName())
            : new Incoming.Photos(msgId, keptPhotos, text));
      case "user_send_location":
        return location(msgId, message, text);
      case "user_submit_info":
        return Optional.of(new Incoming.SharedInfo(msgId, phone(event.root().path("info"))));
      case "follow":
        return Optional.of(new Incoming.Follow(msgId));
      case "unfollow":
        return Optional.of(new Incoming.Unfollow(msgId));
      case "user_withdraw":
        return Optional.of(new Incoming.Withdraw(msgId));
      case "user_received_message":
      case "user_seen_message":
      case "user_reacted_message":
        return Optional.empty();
      default:
        return Optional.of(new Incoming.Other(msgId, event.eventName()));
    }
  }

  private static Optional<Incoming> location(String msgId, JsonNode message, String label) {
    for (JsonNode a : message.path("attachments")) {
      JsonNode c = a.path("payload").path("coordinates");
      try {
        double lat = Double.parseDouble(c.path("latitude").asText());
        double lon = Double.parseDouble(c.path("longitude").asText());
        if (Double.isFinite(lat) && Double.isFinite(lon)) {
          return Optional.of(new Incoming.SharedLocation(msgId, lat, lon, label));
        }
      } catch (NumberFormatException e) {
        // try the next attachment
      }
    }
    return Optional.of(new Incoming.Other(msgId, "user_send_location"));
  }

  /** The phone in either shape of {@code info}; null when missing or not a Vietnamese number. */
  private static String phone(JsonNode info) {
    JsonNode phone = info.path("phone");
    return PhoneNumber.normalize(phone.isValueNode() ? phone.asText() : null).orElse(null);
  }
}
