package vn.citizenhub.channel.notify;

import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.notify.Notification;

/**
 * Delivers notifications in one channel's medium (a Zalo message, an SMS, an app push). A channel
 * module provides one bean; {@link NotificationInbox} and {@link NotificationDispatcher} do the
 * rest: durable keeping, retries with backoff, handing back, and reporting every outcome to the
 * ticket's timeline.
 */
public interface ChannelSender {

  Channel channel();

  /**
   * Sends one notification. Return the outcome; throw when the failure is transient (the outside
   * API is down, rate-limited), and the notice is tried again later.
   */
  DeliveryOutcome send(Notification notification) throws Exception;
}
