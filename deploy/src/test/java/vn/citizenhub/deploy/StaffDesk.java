package vn.citizenhub.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import vn.citizenhub.contract.ContractJson;

/** An officer at the staff API: signs in, finds a ticket by its code, acts on it. */
final class StaffDesk {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .build();
  private final String baseUrl;
  private String token;

  StaffDesk(String baseUrl) {
    this.baseUrl = baseUrl.replaceAll("/$", "");
  }

  void signIn(String username, String password) throws Exception {
    JsonNode answer = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/staff/token"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(ContractJson.writeString(
            Map.of("username", username, "password", password)))), 200);
    token = answer.path("accessToken").asText();
  }

  /** The id of the ticket with this code among the officer's routed tickets, or -1. */
  long find(String displayCode) throws Exception {
    JsonNode page = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/staff/tickets?q="
        + URLEncoder.encode(displayCode, StandardCharsets.UTF_8) + "&status=ROUTED"
        + "&status=IN_PROGRESS&status=RESOLVED")).GET(), 200);
    return page.path("total").asInt() == 1 ? page.path("items").get(0).path("id").asLong() : -1;
  }

  JsonNode ticket(long id) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/staff/tickets/" + id)).GET(),
        200);
  }

  /** A file the ticket page links to (a citizen's photo), as the browser fetches it. */
  HttpResponse<byte[]> file(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET()
        .build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  JsonNode act(long id, String action, String... fields) throws Exception {
    Map<String, Object> body = new HashMap<>();
    body.put("action", action);
    body.put("version", ticket(id).path("version").asInt());
    for (int i = 0; i < fields.length; i += 2) {
      body.put(fields[i], fields[i + 1]);
    }
    return send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/staff/tickets/" + id
            + "/actions")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(ContractJson.writeString(body))), 200);
  }

  /** A POST of a JSON body to a staff path that must answer 200. */
  JsonNode post(String path, Object body) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(ContractJson.writeString(body))), 200);
  }

  /** A GET of a staff path that must answer 200. */
  JsonNode get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), 200);
  }

  /** The status a GET of a staff path answers, whatever it is. */
  int status(String path) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private JsonNode send(HttpRequest.Builder request, int expected)
      throws IOException, InterruptedException {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new AssertionError("staff API answered " + response.statusCode() + ": "
          + response.body());
    }
    return ContractJson.mapper().readTree(response.body());
  }
}
