package vn.citizenhub.channel.zalo.conversation;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffResult;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.handoff.InvalidIntakeException;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.channel.zalo.tracking.PublicTracking;
import vn.citizenhub.channel.zalo.user.ZaloUsers;

/**
 * The part of a conversation step that leaves the channel's database: intake handed off to
 * Kafka (which waits for the acknowledgement up to the hand-off's publish wait) and questions to
 * hub-core's tracking API. Called with no transaction open, so no row is locked meanwhile; what
 * the calls answered is recorded afterwards. Every hand-off is keyed by the step's message, so a
 * step run again (its replica died, its lease ran out) hands off nothing new and gets the same
 * tracking code back.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class OutsideCalls {

  private static final Logger LOG = LoggerFactory.getLogger(OutsideCalls.class);

  /**
   * What the calls answered.
   *
   * @param handedOff each hand-off's result, by the index of its action in the decision
   * @param statuses tickets' public states by code; a code hub-core did not answer for is absent
   * @param refusedAt the index of the action whose intake the contract refused (nothing of it was
   *     kept, and nothing after it was done), or -1
   */
  record Results(Map<Integer, HandoffResult> handedOff,
      Map<String, PublicTracking.Status> statuses, int refusedAt) {

    static final Results NONE = new Results(Map.of(), Map.of(), -1);

    Results {
      handedOff = Map.copyOf(handedOff);
      statuses = Map.copyOf(statuses);
    }

    Optional<PublicTracking.Status> status(String code) {
      return Optional.ofNullable(statuses.get(code));
    }
  }

  private final ZaloIntake intake;
  private final PublicTracking tracking;

  public OutsideCalls(ZaloIntake intake, PublicTracking tracking) {
    this.intake = intake;
    this.tracking = tracking;
  }

  Results make(StepPlan plan) {
    Map<Integer, HandoffResult> handedOff = new HashMap<>();
    Map<String, PublicTracking.Status> statuses = new HashMap<>();
    String uid = plan.user().userId();
    String phone = plan.user().phone();
    List<Action> actions = plan.decision().actions();
    for (int i = 0; i < actions.size(); i++) {
      Action action = actions.get(i);
      try {
        if (action instanceof Action.Submit s) {
          handedOff.put(i, intake.report(uid, phone, s.draft(),
              plan.oa().getConsentTextVersion(), plan.key(s.msgId()), plan.now()));
        } else if (action instanceof Action.FollowUp f) {
          handedOff.put(i, intake.followUp(uid, phone, f.trackingCode(), f.text(), f.photos(),
              plan.key(f.msgId()), plan.now()));
        } else if (action instanceof Action.Rate r) {
          handedOff.put(i, intake.rating(uid, phone, r.trackingCode(), r.score(),
              plan.key(r.msgId()), plan.now()));
        } else if (action instanceof Action.NotFixed n) {
          handedOff.put(i, intake.notFixed(uid, phone, n.trackingCode(), n.comment(),
              plan.key(n.msgId()), plan.now()));
        } else if (action instanceof Action.Lookup lookup) {
          String code = lookup.trackingCode();
          tracking.find(code).ifPresent(s -> statuses.put(code, s));
        } else if (action instanceof Action.ListRecent) {
          for (ZaloUsers.SentReport r : plan.recent()) {
            Optional<PublicTracking.Status> s = tracking.find(r.trackingCode());
            if (s.isEmpty()) {
              break; // hub-core is not answering: the list goes without states, not slowly
            }
            statuses.put(r.trackingCode(), s.get());
          }
        }
      } catch (InvalidIntakeException e) {
        // The conversation checks what the citizen wrote; what is left (an OA's consent version
        // longer than its column, say) is a setting to fix. Tell the citizen instead of retrying.
        LOG.error("Zalo intake refused by the contract's rules ({}); the citizen is asked to"
            + " send again", e.getMessage());
        return new Results(handedOff, statuses, i); // what came after is no longer true
      }
    }
    return new Results(handedOff, statuses, -1);
  }
}
