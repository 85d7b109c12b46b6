package vn.citizenhub.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import vn.citizenhub.contract.ContractJson;

/** A staff member signed in to a running hub with a bearer token, as an API client would be. */
final class StaffSession {

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String token;

  private StaffSession(String base, String token) {
    this.base = base;
    this.token = token;
  }

  static StaffSession signIn(String base, String username, String password) throws Exception {
    String body = ContractJson.mapper().createObjectNode().put("username", username)
        .put("password", password).toString();
    HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(base + "/api/staff/token"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new AssertionError("sign-in of " + username + " refused: " + answer.body());
    }
    return new StaffSession(base,
        ContractJson.mapper().readTree(answer.body()).path("accessToken").asText());
  }

  JsonNode get(String path) throws Exception {
    return ContractJson.mapper().readTree(page(path));
  }

  String page(String path) throws Exception {
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new AssertionError(path + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return answer.body();
  }
}
