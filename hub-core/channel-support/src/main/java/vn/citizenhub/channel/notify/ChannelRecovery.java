package vn.citizenhub.channel.notify;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.contract.Channel;

/**
 * Notices when a channel's outside API is back after an outage, for one dispatcher thread. After
 * a failed delivery it asks for a probe every {@code probeInterval} (the notice waiting longest,
 * tried early); the first delivery that gets through after failures, probe or not, makes every
 * notice waiting for a retry due at once. The outside API's own circuit breaker keeps the probes
 * cheap while it is still down.
 */
final class ChannelRecovery {

  private static final Logger LOG = LoggerFactory.getLogger(ChannelRecovery.class);
  private static final Duration PROBE_LEASE = Duration.ofMinutes(2);

  private final Channel channel;
  private final NotificationStore store;
  private final Duration probeInterval;
  // At start-up notices may wait from before a restart: probe for them too.
  private boolean failing = true;
  private Instant lastProbe = Instant.EPOCH;

  ChannelRecovery(Channel channel, NotificationStore store, Duration probeInterval) {
    this.channel = channel;
    this.store = store;
    this.probeInterval = probeInterval;
  }

  /** After each attempt: whether it got through (any final outcome) or failed for now. */
  void attempted(boolean gotThrough, Instant now) throws SQLException {
    if (!gotThrough) {
      failing = true;
      return;
    }
    if (failing) {
      failing = false;
      int woken = store.bringRetriesForward(channel, now);
      if (woken > 0) {
        LOG.info("{} deliveries get through again: {} waiting notice(s) brought forward",
            channel, woken);
      }
    }
  }

  /** The notice to probe with now, if the channel is failing and a probe is due. */
  List<NotificationStore.Due> probeDue(Instant now) throws SQLException {
    if (!failing || now.isBefore(lastProbe.plus(probeInterval))) {
      return List.of();
    }
    lastProbe = now;
    return store.claimProbe(channel, now, PROBE_LEASE);
  }
}
