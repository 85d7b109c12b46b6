package vn.citizenhub.channel.app.push;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.app.devices.Device;
import vn.citizenhub.channel.app.devices.DeviceRegistry;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.contract.ContractJson;

/**
 * Pushes one notice to every device of its user: devices it reached on an earlier attempt are
 * skipped, tokens FCM calls gone are forgotten, and a device FCM cannot take it for now makes
 * the whole attempt transient only when no device was reached at all.
 */
@Singleton
@Requires(property = PushSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
class PushDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(PushDelivery.class);

  /** How one notice went over a user's devices. */
  record Tally(int reached, int forgotten, int refused, String lastRefusal) {}

  private final FcmClient fcm;
  private final DeviceRegistry devices;
  private final PushLedger ledger;
  private final Clock clock = Clock.systemUTC();

  PushDelivery(FcmClient fcm, DeviceRegistry devices, PushLedger ledger) {
    this.fcm = fcm;
    this.devices = devices;
    this.ledger = ledger;
  }

  Tally push(String notificationId, NoticeContent content, List<Device> targets)
      throws FcmUnavailable, SQLException {
    Set<Long> alreadyReached = ledger.reached(notificationId);
    int reached = 0;
    int forgotten = 0;
    int refused = 0;
    String lastRefusal = null;
    FcmUnavailable transientFailure = null;
    for (Device device : targets) {
      if (alreadyReached.contains(device.id())) {
        reached++;
        continue;
      }
      FcmResult result;
      try {
        result = fcm.send(message(device.fcmToken(), content));
      } catch (FcmUnavailable e) {
        transientFailure = e;
        continue;
      }
      switch (result.kind()) {
        case SENT -> {
          ledger.sent(notificationId, device.id(), clock.instant());
          reached++;
        }
        case TOKEN_GONE -> {
          devices.remove(device.id());
          LOG.info("Device {} forgotten: FCM answered {}", device.id(), result.errorCode());
          forgotten++;
        }
        case REJECTED -> {
          refused++;
          lastRefusal = result.errorCode();
        }
      }
    }
    if (reached == 0 && transientFailure != null) {
      throw transientFailure;
    }
    return new Tally(reached, forgotten, refused, lastRefusal);
  }

  /** FCM's {@code Message}: to one token, a notification to show and the data for the app. */
  static ObjectNode message(String token, NoticeContent content) {
    ObjectNode message = ContractJson.mapper().createObjectNode();
    message.put("token", token);
    ObjectNode notification = message.putObject("notification");
    notification.put("title", content.title());
    notification.put("body", content.body());
    ObjectNode data = message.putObject("data");
    content.data().forEach(data::put);
    return message;
  }
}
