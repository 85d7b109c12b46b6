package vn.citizenhub.channel.zalo.conversation;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.channel.zalo.outbound.ReplyOutbox;
import vn.citizenhub.channel.zalo.outbound.ReplySender;
import vn.citizenhub.channel.zalo.user.ZaloUsers;
import vn.citizenhub.logging.ErrorText;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * Drops drafts the citizen abandoned and tells them so, politely: keeping half a report (with
 * their words, photos, location) longer than needed is what the data rules ask us not to do.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class DraftExpiry {

  private static final Logger LOG = LoggerFactory.getLogger(DraftExpiry.class);

  private final JdbcDatabase database;
  private final DraftStore drafts;
  private final ZaloUsers users;
  private final ReplyOutbox replies;
  private final ReplySender sender;
  private final Clock clock = Clock.systemUTC();

  public DraftExpiry(JdbcDatabase database, DraftStore drafts, ZaloUsers users,
      ReplyOutbox replies, ReplySender sender) {
    this.database = database;
    this.drafts = drafts;
    this.users = users;
    this.replies = replies;
    this.sender = sender;
  }

  @Scheduled(fixedDelay = "${hub.zalo.draft-sweep-interval:1m}", initialDelay = "10s")
  public void sweep() {
    try {
      Instant now = clock.instant();
      int expired = 0;
      for (DraftStore.Expired e : database.inTransaction(c -> drafts.expired(c, now, 200))) {
        boolean dropped = database.inTransaction(c -> {
          users.lock(c, e.userId(), e.oaName(), now); // no step of this user runs meanwhile
          if (!drafts.deleteIfExpired(c, e.userId(), now)) {
            return false;
          }
          replies.add(c, e.oaName(), e.userId(), ReplyOutbox.Kind.TEXT,
              ConversationTexts.EXPIRED, now);
          return true;
        });
        expired += dropped ? 1 : 0;
      }
      if (expired > 0) {
        LOG.info("{} abandoned Zalo draft(s) dropped, each citizen told", expired);
        sender.wake();
      }
    } catch (Exception e) {
      LOG.warn("Draft sweep failed; next round retries: {}", ErrorText.of(e));
    }
  }
}
