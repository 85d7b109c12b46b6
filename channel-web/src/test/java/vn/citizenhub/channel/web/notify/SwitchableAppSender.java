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

/** An app's push gateway that a test can take down and bring back; counts what got through. */
@Singleton
@Requires(property = "spec.name", value = "OutageRecoveryTest")
class SwitchableAppSender implements ChannelSender {

  volatile boolean down;
  final Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
  final AtomicInteger refused = new AtomicInteger();

  @Override
  public Channel channel() {
    return Channel.APP;
  }

  @Override
  public DeliveryOutcome send(Notification n) throws Exception {
    if (down) {
      refused.incrementAndGet();
      throw new java.net.ConnectException("push gateway unreachable");
    }
    delivered.computeIfAbsent(n.id(), id -> new AtomicInteger()).incrementAndGet();
    return DeliveryOutcome.sent("Đã gửi thông báo đẩy.", "Push notification sent.");
  }
}
