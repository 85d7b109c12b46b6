package vn.citizenhub.channel.web.notify;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.citizenhub.channel.notify.ChannelSender;
import vn.citizenhub.channel.notify.DeliveryOutcome;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.notify.Notification;

/**
 * A stand-in for an app's push gateway: answers by what the message says, so one test can drive
 * every outcome, and counts the attempts per notification.
 */
@Singleton
@Requires(property = "spec.name", value = "NotificationDeliveryTest")
class RecordingAppSender implements ChannelSender {

  final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

  @Override
  public Channel channel() {
    return Channel.APP;
  }

  @Override
  public DeliveryOutcome send(Notification n) throws Exception {
    int attempt = attempts.computeIfAbsent(n.id(), id -> new AtomicInteger()).incrementAndGet();
    if (n.messageEn().contains("flaky") && attempt < 3) {
      throw new java.io.IOException("push gateway answered 503");
    }
    if (n.messageEn().contains("uninstalled")) {
      return DeliveryOutcome.handBack("Ứng dụng đã bị gỡ.", "The app was uninstalled.");
    }
    return DeliveryOutcome.sent("Đã gửi thông báo đẩy.", "Push notification sent.");
  }
}
