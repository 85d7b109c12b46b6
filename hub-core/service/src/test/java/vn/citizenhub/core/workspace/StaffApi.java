package vn.citizenhub.core.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.time.Instant;
import java.util.Map;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;

/** Calls the staff API as a signed-in staff member would, answers and refusals alike. */
public final class StaffApi {

  public record Answer(int status, JsonNode body) {}

  private final HttpClient http;

  public StaffApi(HttpClient http) {
    this.http = http;
  }

  public static long createAccount(StaffAccounts accounts, PasswordHasher hasher, String username,
      StaffRole role, String agency, String password) throws Exception {
    return accounts.create(username, "Cán bộ " + username, role, agency, hasher.hash(password),
        Instant.now());
  }

  public String token(String username, String password) {
    Answer a = call(HttpRequest.POST("/api/staff/token",
        Map.of("username", username, "password", password)), null);
    if (a.status() != 200) {
      throw new AssertionError("sign-in of " + username + " failed: " + a);
    }
    return a.body().path("accessToken").asText();
  }

  public Answer signIn(String username, String password) {
    return call(HttpRequest.POST("/api/staff/token",
        Map.of("username", username, "password", password)), null);
  }

  public Answer get(String path, String token) {
    return call(HttpRequest.GET(path), token);
  }

  public Answer act(long ticketId, String token, Map<String, Object> body) {
    return call(HttpRequest.POST("/api/staff/tickets/" + ticketId + "/actions", body)
        .contentType(MediaType.APPLICATION_JSON_TYPE), token);
  }

  public Answer call(MutableHttpRequest<?> request, String token) {
    if (token != null) {
      request.bearerAuth(token);
    }
    try {
      HttpResponse<String> response = http.toBlocking().exchange(request, String.class);
      return new Answer(response.code(), parse(response.body()));
    } catch (HttpClientResponseException e) {
      return new Answer(e.getStatus().getCode(),
          parse(e.getResponse().getBody(String.class).orElse(null)));
    }
  }

  private static JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? ContractJson.mapper().nullNode()
          : ContractJson.mapper().readTree(body);
    } catch (Exception e) {
      return ContractJson.mapper().getNodeFactory().textNode(body);
    }
  }
}
