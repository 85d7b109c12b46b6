package vn.citizenhub.core.callers;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import vn.citizenhub.channel.staff.CallerLines;
import vn.citizenhub.contract.ContractJson;

/**
 * Asks a hotline that runs as its own service whether a number is on an operator's line:
 * {@code POST {hub.callers.hotline-url}/api/hotline/lines/check} with the number in the body (not
 * the path, which proxies log) and the operator's own token, so the hotline answers only about
 * that operator. Not used beside the hotline in one JVM, where its own bean answers.
 */
@Singleton
@Requires(property = RemoteCallerLines.URL)
@Requires(missingClasses = RemoteCallerLines.HOTLINE)
class RemoteCallerLines implements CallerLines {

  static final String URL = "hub.callers.hotline-url";
  static final String HOTLINE = "vn.citizenhub.channel.hotline.HotlineChannelApplication";

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();
  private final URI check;

  RemoteCallerLines(@Value("${" + URL + "}") String hotlineUrl) {
    this.check = URI.create(hotlineUrl.replaceAll("/+$", "") + "/api/hotline/lines/check");
  }

  @Override
  public boolean isOnLine(String operator, String phone, String token) throws Exception {
    if (token == null) {
      return false;
    }
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(check)
        .timeout(Duration.ofSeconds(3)).header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            ContractJson.mapper().writeValueAsString(Map.of("phone", phone))))
        .build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      return false;
    }
    JsonNode body = ContractJson.mapper().readTree(answer.body());
    return body.path("onLine").asBoolean(false)
        && operator.equals(body.path("operator").asText());
  }
}
