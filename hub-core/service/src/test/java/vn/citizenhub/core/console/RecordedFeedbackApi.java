package vn.citizenhub.core.console;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.citizenhub.http.ApiError;

/**
 * The private feedback API as portal-api.md defines it ({@code /api/public/feedback/check},
 * {@code rating}, {@code not-fixed}), for the tracking page's test while the feedback branch that
 * builds the real one is not merged: one known token, the requests kept for the test. It stands
 * aside by itself once hub-core has the real controller, and then the test runs against that.
 */
@Controller("/api/public/feedback")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = RecordedFeedbackApi.ENABLED, value = "true")
@Requires(missingClasses = "vn.citizenhub.core.feedback.FeedbackController")
public class RecordedFeedbackApi {

  public static final String ENABLED = "hub-test.recorded-feedback-api";
  public static final String TOKEN = "k-private-7f3a9c";
  public static final List<Map<String, Object>> RECEIVED = new CopyOnWriteArrayList<>();
  /** The code the known token belongs to (set by the test). */
  public static volatile String trackingCode;

  record Check(String token) {}

  record Rating(String token, Integer score, String comment) {}

  record NotFixed(String token, String comment) {}

  @Post(uri = "/check", produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> check(@Body Check body) {
    if (!TOKEN.equals(body.token())) {
      return unknown();
    }
    return HttpResponse.ok(Map.of("trackingCode", trackingCode, "status", "RESOLVED",
        "canRate", true, "canSayNotFixed", true));
  }

  @Post(uri = "/rating", produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> rating(@Body Rating body) {
    if (!TOKEN.equals(body.token())) {
      return unknown();
    }
    RECEIVED.add(Map.of("path", "rating", "score", body.score(),
        "comment", String.valueOf(body.comment())));
    return HttpResponse.ok(Map.of("trackingCode", trackingCode, "score", body.score()));
  }

  @Post(uri = "/not-fixed", produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> notFixed(@Body NotFixed body) {
    if (!TOKEN.equals(body.token())) {
      return unknown();
    }
    RECEIVED.add(Map.of("path", "not-fixed", "comment", String.valueOf(body.comment())));
    return HttpResponse.ok(Map.of("trackingCode", trackingCode, "status", "REOPENED"));
  }

  private static HttpResponse<ApiError> unknown() {
    return HttpResponse.notFound(ApiError.of("FEEDBACK_LINK_UNKNOWN",
        "Đường dẫn đánh giá không hợp lệ hoặc đã hết hạn.",
        "This feedback link is not valid or has expired."));
  }
}
