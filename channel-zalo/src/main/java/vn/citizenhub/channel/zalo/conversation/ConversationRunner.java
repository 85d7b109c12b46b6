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
import vn.citizenhub.channel.handoff.HandoffResult;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.channel.zalo.media.MediaStore;
import vn.citizenhub.channel.zalo.oa.OaAccount;
import vn.citizenhub.channel.zalo.outbound.ReplyOutbox;
import vn.citizenhub.channel.zalo.tracking.TrackingTexts;
import vn.citizenhub.channel.zalo.user.ZaloUser;
import vn.citizenhub.channel.zalo.user.ZaloUsers;
import vn.citizenhub.channel.zalo.webhook.InboxEvent;
import vn.citizenhub.channel.zalo.webhook.ZaloEvent;

/**
 * The database side of a conversation step, on the caller's transaction: {@link #plan} reads where
 * the citizen stands (holding the user's row) and decides; {@link #record} writes what the step
 * did: the draft, the replies to send, the user's record. The calls to Kafka and hub-core happen
 * between the two, in {@link OutsideCalls}, never inside a transaction ({@link ConversationStep}).
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
  private final MediaStore media;
  private final CategoryMenu menu;
  private final ZaloSettings settings;
  private final Clock clock = Clock.systemUTC();

  public ConversationRunner(ZaloUsers users, DraftStore drafts, ReplyOutbox replies,
      MediaStore media, CategoryMenu menu, ZaloSettings settings) {
    this.users = users;
    this.drafts = drafts;
    this.replies = replies;
    this.media = media;
    this.menu = menu;
    this.settings = settings;
  }

  /** Photos are fetched before any transaction: slow I/O holds no lock. */
  public List<Photo> prepare(OaAccount oa, ZaloEvent event) {
    List<String> urls = IncomingEvents.imageUrls(event);
    return urls.isEmpty() ? List.of() : media.keep(oa.getName(), event.userId(), event.dedupeKey(),
        urls);
  }

  /**
   * Decides the step, on the caller's transaction, holding the user's row; changes nothing.
   * Empty when an older event of the same user is still waiting: events of one user are taken
   * in order.
   */
  Optional<StepPlan> plan(Connection c, OaAccount oa, InboxEvent stored, String userId,
      Incoming in) throws SQLException {
    Instant now = clock.instant();
    ZaloUser user = users.lock(c, userId, oa.getName(), now);
    if (stored.olderWaiting(c)) {
      return Optional.empty();
    }
    Draft draft = drafts.find(c, user.userId(), now).orElse(null);
    Set<String> own = new HashSet<>();
    List<ZaloUsers.SentReport> sent = users.recentReports(c, user.userId(),
        Math.max(50, settings.getReportsPerUser()));
    sent.forEach(r -> own.add(r.trackingCode()));
    Situation situation = new Situation(draft, user.replyTicket(now), own, user.phone() != null,
        now, nextReportAt(sent, now));
    Decision decision = conversation(oa).next(situation, in);
    boolean lists = decision.actions().stream().anyMatch(a -> a instanceof Action.ListRecent);
    List<ZaloUsers.SentReport> recent = lists ? users.recentReports(c, user.userId(), 5)
        : List.of();
    return Optional.of(new StepPlan(oa, stored, user, in, draft, decision, recent, now));
  }

  /**
   * When the citizen may send their next report: null while they have sent fewer than
   * {@code reports-per-user} in the last {@code reports-per-user-period}; else when the oldest
   * of those leaves the period. {@code sent} is newest first.
   */
  private Instant nextReportAt(List<ZaloUsers.SentReport> sent, Instant now) {
    int limit = settings.getReportsPerUser();
    Instant since = now.minus(settings.getReportsPerUserPeriod());
    List<ZaloUsers.SentReport> inPeriod = sent.stream()
        .filter(r -> r.submittedAt().isAfter(since)).toList();
    if (limit < 1 || inPeriod.size() < limit) {
      return null;
    }
    return inPeriod.get(limit - 1).submittedAt().plus(settings.getReportsPerUserPeriod());
  }

  /**
   * Records the step, on the caller's transaction: the user's record, the draft and the replies,
   * with what the outside calls answered. A decision that calls outside leaves the draft as it
   * was read or deletes it (a report sent), so a draft another writer changed in between (the
   * expiry sweep) is never written back.
   */
  void record(Connection c, StepPlan plan, OutsideCalls.Results results) throws SQLException {
    String uid = plan.user().userId();
    String oaName = plan.oa().getName();
    Instant now = plan.now();
    users.lock(c, uid, oaName, now); // briefly: no other writer of this user meanwhile
    if (!(plan.incoming() instanceof Incoming.Unfollow)
        && !(plan.incoming() instanceof Incoming.Withdraw)) {
      users.interacted(c, uid, now);
    }
    List<Reply> said = new ArrayList<>();
    List<Action> actions = plan.decision().actions();
    for (int i = 0; i < actions.size(); i++) {
      if (i == results.refusedAt()) {
        said.add(Reply.text(ConversationTexts.NOT_SENT));
        break; // what came after (a "sent" message) is no longer true
      }
      carryOut(c, plan, i, results, said);
    }
    Draft decided = plan.decision().draft();
    if (decided == null) {
      drafts.delete(c, uid);
    } else if (!decided.equals(plan.draftBefore())) {
      drafts.save(c, uid, oaName, decided, now, now.plus(settings.getDraftTtl()));
    }
    for (Reply reply : merged(said)) {
      replies.add(c, oaName, uid, reply.kind(), reply.text(), now);
    }
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

  /** The database side of one action; hand-offs and lookups were made by {@link OutsideCalls}. */
  private void carryOut(Connection c, StepPlan plan, int index, OutsideCalls.Results results,
      List<Reply> said) throws SQLException {
    Action action = plan.decision().actions().get(index);
    String uid = plan.user().userId();
    OaAccount oa = plan.oa();
    if (action instanceof Action.Say say) {
      said.add(Reply.text(say.text()));
    } else if (action instanceof Action.AskPhone) {
      said.add(new Reply(ReplyOutbox.Kind.ASK_PHONE, ConversationTexts.ASK_PHONE_TITLE));
    } else if (action instanceof Action.Submit submit) {
      HandoffResult result = results.handedOff().get(index);
      users.reported(c, uid, oa.getName(), result.trackingCode(), submit.draft().categoryCode(),
          plan.now());
      said.add(Reply.text(result.outcome() == HandoffResult.Outcome.DELAYED
          ? ConversationTexts.receivedDelayed(result.trackingCode())
          : ConversationTexts.received(result.trackingCode())));
      LOG.info("Zalo report {} handed off ({})", result.trackingCode(), result.outcome());
    } else if (action instanceof Action.Lookup lookup) {
      said.add(Reply.text(results.status(lookup.trackingCode())
          .map(s -> TrackingTexts.status(lookup.trackingCode(), s))
          .orElse(ConversationTexts.TRACKING_UNAVAILABLE)));
    } else if (action instanceof Action.ListRecent) {
      said.add(Reply.text(recent(plan.recent(), results)));
    } else if (action instanceof Action.RememberPhone phone) {
      users.rememberPhone(c, uid, phone.phone(), oa.getConsentTextVersion(), plan.now());
    } else if (action instanceof Action.Forget forget) {
      int photos = media.forget(c, uid);
      String outcome = users.forget(c, uid, oa.getName(), forget.reason().name(),
          plan.stored().receivedAt(), plan.now(), photos);
      LOG.info("Zalo data-subject request ({}) handled: {}", forget.reason(), outcome);
    }
    // Follow-ups, ratings and verdicts were handed off; their "sent" is a Say of the decision.
    // Welcome: the follow itself is the interaction that opens the window; nothing else to do.
  }

  private static String recent(List<ZaloUsers.SentReport> reports,
      OutsideCalls.Results results) {
    if (reports.isEmpty()) {
      return ConversationTexts.NO_REPORTS;
    }
    StringBuilder text = new StringBuilder("Các phản ánh gần đây của bạn:");
    for (ZaloUsers.SentReport r : reports) {
      text.append('\n').append(TrackingTexts.line(r.trackingCode(),
          VI_DATE.format(r.submittedAt()), results.status(r.trackingCode()).orElse(null)));
    }
    return text.append("\nNhắn \"tra cứu <mã>\" để xem chi tiết.").toString();
  }
}
