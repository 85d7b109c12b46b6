package vn.citizenhub.core.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.intake.IntakeValidator;
import vn.citizenhub.contract.intake.NotFixedVerdict;
import vn.citizenhub.contract.intake.Rating;
import vn.citizenhub.core.publicapi.PublicJson;
import vn.citizenhub.core.publicapi.PublicRefusal;

/**
 * The private feedback link's API. The token travels in the body (the page read it from the
 * link's fragment), never in a URL that a log or a Referer could keep. The body may also name the
 * tracking code the page shows; a token of another ticket is then refused like an unknown one.
 */
@Controller("/api/public/feedback")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Citizen feedback link")
class FeedbackController {

  private final FeedbackLink link;

  FeedbackController(FeedbackLink link) {
    this.link = link;
  }

  @Post(uri = "/check", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
  HttpResponse<FeedbackLink.Check> check(@Body @Nullable String body) throws SQLException {
    PublicJson json = PublicJson.read(body);
    return HttpResponse.ok(link.check(token(json, new ArrayList<>()), json.text("trackingCode")));
  }

  @Post(uri = "/rating", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
  HttpResponse<FeedbackLink.Rated> rate(@Body @Nullable String body) throws SQLException {
    PublicJson json = PublicJson.read(body);
    List<FieldError> errors = new ArrayList<>();
    String token = token(json, errors);
    Integer score = json.integer("score");
    Rating rating = new Rating(score == null ? 0 : score, json.text("comment"));
    errors.addAll(IntakeValidator.validateRating(rating, ""));
    refuseIf(errors);
    return HttpResponse.ok(link.rate(token, json.text("trackingCode"), rating));
  }

  @Post(uri = "/not-fixed", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
  HttpResponse<FeedbackLink.Reopened> notFixed(@Body @Nullable String body) throws SQLException {
    PublicJson json = PublicJson.read(body);
    List<FieldError> errors = new ArrayList<>();
    String token = token(json, errors);
    NotFixedVerdict verdict = new NotFixedVerdict(json.text("comment"));
    errors.addAll(IntakeValidator.validateVerdict(verdict, ""));
    refuseIf(errors);
    return HttpResponse.ok(link.notFixed(token, json.text("trackingCode"), verdict));
  }

  /** The token, required; its form is not judged here (a malformed one is simply not found). */
  private static String token(PublicJson json, List<FieldError> errors) {
    String token = json.text("token");
    if (token == null || token.isBlank()) {
      errors.add(new FieldError("token", "REQUIRED", "Thiếu mã của liên kết phản hồi",
          "The feedback link's token is missing"));
    }
    refuseIf(errors);
    return token;
  }

  private static void refuseIf(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw PublicRefusal.invalid(errors);
    }
  }
}
