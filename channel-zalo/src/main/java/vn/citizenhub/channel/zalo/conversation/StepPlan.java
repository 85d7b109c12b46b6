package vn.citizenhub.channel.zalo.conversation;

import java.time.Instant;
import java.util.List;
import vn.citizenhub.channel.zalo.oa.OaAccount;
import vn.citizenhub.channel.zalo.user.ZaloUser;
import vn.citizenhub.channel.zalo.user.ZaloUsers;
import vn.citizenhub.channel.zalo.webhook.InboxEvent;

/**
 * What one conversation step decided, from where the citizen stood when it was read: carried out
 * (the calls to Kafka and hub-core with no transaction open) and then recorded.
 *
 * @param draftBefore the draft as read, to tell whether the decision changed it
 * @param recent the citizen's recent reports, read when the decision lists them, else empty
 * @param now the step's time, used for everything it records
 */
record StepPlan(OaAccount oa, InboxEvent stored, ZaloUser user, Incoming incoming,
    Draft draftBefore, Decision decision, List<ZaloUsers.SentReport> recent, Instant now) {

  StepPlan {
    recent = List.copyOf(recent);
  }

  /**
   * Whether carrying the decision out leaves the channel's database: a hand-off to Kafka (a
   * report, a follow-up, a rating, a verdict) or a question to hub-core's tracking API.
   */
  boolean callsOutside() {
    return decision.actions().stream().anyMatch(a -> a instanceof Action.Submit
        || a instanceof Action.FollowUp || a instanceof Action.Rate
        || a instanceof Action.NotFixed || a instanceof Action.Lookup
        || (a instanceof Action.ListRecent && !recent.isEmpty()));
  }

  /**
   * The idempotency key of what an action hands off: the Zalo msg_id, else the stored event's
   * id. Either way the same for every run of this step, so a step run twice hands off once.
   */
  String key(String msgId) {
    return msgId != null ? msgId : "inbox-" + stored.id();
  }
}
