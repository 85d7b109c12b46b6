package vn.citizenhub.core.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.rules.SecurityRuleResult;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import vn.citizenhub.contract.Channel;

/** The public paths are hub-core's own and whatever each channel's definition names. */
class PublicPathsRuleTest {

  private final PublicPathsRule rule = new PublicPathsRule();

  private SecurityRuleResult check(String path) {
    Publisher<SecurityRuleResult> answer = rule.check(HttpRequest.GET(path), null);
    SecurityRuleResult[] result = new SecurityRuleResult[1];
    answer.subscribe(new Subscriber<>() {
      @Override
      public void onSubscribe(Subscription s) {
        s.request(1);
      }

      @Override
      public void onNext(SecurityRuleResult r) {
        result[0] = r;
      }

      @Override
      public void onError(Throwable t) {
        throw new AssertionError(t);
      }

      @Override
      public void onComplete() {}
    });
    return result[0];
  }

  @Test
  void everyChannelsDefinedPathsAreOpen() {
    for (Channel c : Channel.values()) {
      for (String prefix : c.publicPathPrefixes()) {
        assertEquals(SecurityRuleResult.ALLOWED, check(prefix + "x"), c + " " + prefix);
      }
      for (String page : c.publicPages()) {
        assertEquals(SecurityRuleResult.ALLOWED, check(page), c + " " + page);
      }
    }
    assertEquals(SecurityRuleResult.ALLOWED, check("/open311/v2/services.json"));
    assertEquals(SecurityRuleResult.ALLOWED, check("/zalo/webhook"));
  }

  @Test
  void hubCoresOwnStayOpenAndTheStaffApiIsNot() {
    assertEquals(SecurityRuleResult.ALLOWED, check("/api/public/catalog"));
    assertEquals(SecurityRuleResult.ALLOWED, check("/track"));
    assertEquals(SecurityRuleResult.ALLOWED, check("/console/app.js"));
    assertEquals(SecurityRuleResult.UNKNOWN, check("/api/staff/tickets"));
    assertEquals(SecurityRuleResult.UNKNOWN, check("/api/hotline/calls"),
        "the operator's API needs a signed-in operator");
    assertEquals(SecurityRuleResult.UNKNOWN, check("/reports"), "/ is a page, not a prefix");
  }
}
