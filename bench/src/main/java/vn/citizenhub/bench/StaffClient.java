package vn.citizenhub.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs staff in through {@code POST /api/staff/token} and reads staff pages with the bearer token. */
final class StaffClient {

  private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

  private final URI base;
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  StaffClient(URI base) {
    this.base = base;
  }

  String signIn(String username, String password) throws IOException, InterruptedException {
    String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(
            "/api/staff/token"))
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher m = TOKEN.matcher(response.body());
    if (response.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException("sign-in of " + username + " refused: "
          + response.statusCode() + " " + response.body());
    }
    return m.group(1);
  }

  /**
   * The status of a GET; the body is read in full, as a browser would. A null token reads as
   * anyone on the internet does (the public record).
   */
  int get(String path, String token) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        // JSON first, anything else (a chart's SVG, a CSV) as a browser's image or link would.
        .header("Accept", "application/json, */*;q=0.8")
        .timeout(Duration.ofSeconds(60));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray())
        .statusCode();
  }
}
