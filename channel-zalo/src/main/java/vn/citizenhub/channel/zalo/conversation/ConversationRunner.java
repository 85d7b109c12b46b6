package vn.citizenhub.channel.zalo.conversation;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.handoff.HandoffResult;
import vn.citizenhub.channel.handoff.InvalidIntakeException;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.channel.zalo.media.MediaStore;
import vn.citizenhub.channel.zalo.oa.OaAccount;
import vn.citizenhub.channel.zalo.outbound.ReplyOutbox;
import vn.citizenhub.channel.zalo.tracking.PublicTracking;
import vn.citizenhub.channel.zalo.tracking.TrackingTexts;
import vn.citizenhub.channel.zalo.user.ZaloUser;
import vn.citizenhub.channel.zalo.user.ZaloUsers;
import vn.citizenhub.channel.zalo.webhook.InboxEvent;
import vn.citizenhub.channel.zalo.webhook.ZaloEvent;

/**
 * Runs one stored event through the conversation, in one transaction that holds the user's row
 * lock: the draft, the replies to send, the user's record and the event's "done" mark change
 * together or not at all. Intake is handed off inside it, idempotently (the msg_id is the key),
 * so a step that is run again after a crash hands off nothing new.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class ConversationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ConversationRunner.class);
  private static final DateTimeFormatter VI_DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private final ZaloUsers users;
  private final DraftStore drafts;
  private final ReplyOutbox replies;
  private final ZaloIntake intake;
  private final PublicTracking tracking;
  private final MediaStore media;
  private final CategoryMenu menu;
  private final ZaloSettings settings;
  private final Clock clock = Clock.systemUTC();

  public ConversationRunner(ZaloUsers users, DraftStore drafts, ReplyOutbox replies,
      ZaloIntake intake, PublicTracking tracking, MediaStore media, CategoryMenu menu,
      ZaloSettings settings) {
    this.users = users;
    this.drafts = drafts;
    this.replies = replies;
    this.intake = intake;
    this.tracking = tracking;
    this.media = media;
    this.menu = menu;
    this.settings = settings;
  }

  /** Photos are fetched before the transaction: slow I/O holds no lock. */
  public List<Photo> prepare(OaAccount oa, ZaloEvent event) {
    List<String> urls = IncomingEvents.imageUrls(event);
    return urls.isEmpty() ? List.of() : media.keep(oa.getName(), event.userId(), event.dedupeKey(),
        urls);
  }

  /**
   * One step, on the caller's transaction. Returns false (and changes nothing) when an older
   * event of the same user is still waiting: events of one user are taken in order.
   */
  public boolean step(Connection c, OaAccount oa, InboxEvent stored, ZaloEvent event,
      List<Photo> photos) throws SQLException {
    Optional<Incoming> incoming = IncomingEvents.read(event, photos);
    if (incoming.isEmpty()) {
      return true;
    }
    Instant now = clock.instant();
    ZaloUser user = users.lock(c, event.userId(), oa.getName(), now);
    if (stored.olderWaiting(c)) {
      return false;
    }
    Incoming in = incoming.get();
    if (!(in instanceof Incoming.Unfollow) && !(in instanceof Incoming.Withdraw)) {
      users.interacted(c, user.userId(), now);
    }
    Draft draft = drafts.find(c, user.userId(), now).orElse(null);
    Set<String> own = new HashSet<>();
    users.recentReports(c, user.userId(), 50).forEach(r -> own.add(r.trackingCode()));
    Situation situation = new Situation(draft, user.replyTicket(now), own, user.phone() != null,
        now);
    Decision decision = conversation(oa).next(situation, in);
    List<Reply> said = new ArrayList<>();
    for (Action action : decision.actions()) {
      try {
        carryOut(c, oa, user, stored, action, now, said);
      } catch (InvalidIntakeException e) {
        // The conversation checks what the citizen wrote; what is left (an OA's consent version
        // longer than its column, say) is a setting to fix. Tell the citizen instead of retrying.
        LOG.error("Zalo intake refused by the contract's rules ({}); the citizen is asked to"
            + " send again", e.getMessage());
        said.add(Reply.text(ConversationTexts.NOT_SENT));
        break; // what came after (a "sent" message) is no longer true
      }
    }
    if (decision.draft() == null) {
      drafts.delete(c, user.userId());
    } else if (!decision.draft().equals(draft)) {
      drafts.save(c, user.userId(), oa.getName(), decision.draft(), now,
          now.plus(settings.getDraftTtl()));
    }
    for (Reply reply : merged(said)) {
      replies.add(c, oa.getName(), user.userId(), reply.kind(), reply.text(), now);
    }
    return true;
  }

  /** One message to send back. */
  private record Reply(ReplyOutbox.Kind kind, String text) {
    static Reply text(String text) {
      return new Reply(ReplyOutbox.Kind.TEXT, text);
    }
  }

  /** Texts said one after another go as one message: fewer calls, one notification on the phone. */
  private static List<Reply> merged(List<Reply> said) {
    List<Reply> out = new ArrayList<>();
    for (Reply reply : said) {
      Reply last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.kind() == ReplyOutbox.Kind.TEXT
          && reply.kind() == ReplyOutbox.Kind.TEXT
          && last.text().length() + reply.text().length() < 1900) {
        out.set(out.size() - 1, Reply.text(last.text() + "\n\n" + reply.text()));
      } else {
        out.add(reply);
      }
    }
    return out;
  }

  private Conversation conversation(OaAccount oa) {
    return new Conversation(menu.choices(),
        oa.getConsentText() != null ? oa.getConsentText() : ConversationTexts.CONSENT_TEXT);
  }

  private void carryOut(Connection c, OaAccount oa, ZaloUser user, InboxEvent stored,
      Action action, Instant now, List<Reply> said) throws SQLException {
    String uid = user.userId();
    if (action instanceof Action.Say say) {
      said.add(Reply.text(say.text()));
    } else if (action instanceof Action.AskPhone) {
      said.add(new Reply(ReplyOutbox.Kind.ASK_PHONE, ConversationTexts.ASK_PHONE_TITLE));
    } else if (action instanceof Action.Submit submit) {
      String key = submit.msgId() != null ? submit.msgId() : "inbox-" + stored.id();
      HandoffResult result = intake.report(uid, user.phone(), submit.draft(),
          oa.getConsentTextVersion(), key, now);
      users.reported(c, uid, oa.getName(), result.trackingCode(), submit.draft().categoryCode(),
          now);
      said.add(Reply.text(result.outcome() == HandoffResult.Outcome.DELAYED
          ? ConversationTexts.receivedDelayed(result.trackingCode())
          : ConversationTexts.received(result.trackingCode())));
      LOG.info("Zalo report {} handed off ({})", result.trackingCode(), result.outcome());
    } else if (action instanceof Action.FollowUp f) {
      intake.followUp(uid, user.phone(), f.trackingCode(), f.text(), f.photos(),
          key(f.msgId(), stored), now);
    } else if (action instanceof Action.Rate r) {
      intake.rating(uid, user.phone(), r.trackingCode(), r.score(), key(r.msgId(), stored), now);
    } else if (action instanceof Action.NotFixed n) {
      intake.notFixed(uid, user.phone(), n.trackingCode(), n.comment(), key(n.msgId(), stored),
          now);
    } else if (action instanceof Action.Lookup lookup) {
      said.add(Reply.text(tracking.find(lookup.trackingCode())
          .map(s -> TrackingTexts.status(lookup.trackingCode(), s))
          .orElse(ConversationTexts.TRACKING_UNAVAILABLE)));
    } else if (action instanceof Action.ListRecent) {
      said.add(Reply.text(recent(c, uid)));
    } else if (action instanceof Action.RememberPhone phone) {
      users.rememberPhone(c, uid, phone.phone(), oa.getConsentTextVersion(), now);
    } else if (action instanceof Action.Forget forget) {
      int photos = media.forget(c, uid);
      String outcome = users.forget(c, uid, oa.getName(), forget.reason().name(),
          stored.receivedAt(), now, photos);
      LOG.info("Zalo data-subject request ({}) handled: {}", forget.reason(), outcome);
    }
    // Welcome: the follow itself is the interaction that opens the window; nothing else to do.
  }

  private String recent(Connection c, String uid) throws SQLException {
    List<ZaloUsers.SentReport> reports = users.recentReports(c, uid, 5);
    if (reports.isEmpty()) {
      return ConversationTexts.NO_REPORTS;
    }
    StringBuilder text = new StringBuilder("Các phản ánh gần đây của bạn:");
    for (ZaloUsers.SentReport r : reports) {
      text.append('\n').append(TrackingTexts.line(r.trackingCode(),
          VI_DATE.format(r.submittedAt()), tracking.find(r.trackingCode()).orElse(null)));
    }
    return text.append("\nNhắn \"tra cứu <mã>\" để xem chi tiết.").toString();
  }

  private static String key(String msgId, InboxEvent stored) {
    return msgId != null ? msgId : "inbox-" + stored.id();
  }
}
