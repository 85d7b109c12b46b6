package vn.citizenhub.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a client receives when Micronaut refuses a request before our code runs: a bilingual body,
 * and for a request line or headers over the limits, an answer that arrives (the fuzz suite once
 * saw a reset instead, one time in three).
 */
class FrameworkRefusalsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static EmbeddedServer server;
  private static HttpClient client;

  @BeforeAll
  static void start() {
    server = ApplicationContext.run(EmbeddedServer.class,
        Map.of("micronaut.server.port", -1, "spec.name", "FrameworkRefusalsTest"));
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aUrlOverTheLimitIsAnsweredEveryTimeWith414InBothLanguages() throws Exception {
    String longToken = URLEncoder.encode("é".repeat(5_100), StandardCharsets.UTF_8);
    for (int i = 0; i < 30; i++) {
      HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
              URI.create(server.getURI() + "/echo?t=" + longToken))
          .header("Content-Type", "application/x-www-form-urlencoded; charset=nonsense")
          .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(414, answer.statusCode(), "attempt " + i);
      JsonNode body = JSON.readTree(answer.body());
      assertEquals("URI_TOO_LONG", body.path("error").asText());
      assertEquals("Địa chỉ (URL) của yêu cầu quá dài.", body.path("message").asText());
      assertEquals("The request's address (URL) is too long.", body.path("messageEn").asText());
    }
  }

  @Test
  void headersOverTheLimitAreAnsweredWith431() throws Exception {
    HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
            URI.create(server.getURI() + "/echo"))
        .header("X-Padding", "x".repeat(20_000)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(431, answer.statusCode());
    assertEquals("HEADERS_TOO_LARGE", JSON.readTree(answer.body()).path("error").asText());
  }

  @Test
  void aMethodThePathDoesNotTakeGetsTheBilingualShape() throws Exception {
    HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
            URI.create(server.getURI() + "/echo")).DELETE().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(405, answer.statusCode());
    JsonNode body = JSON.readTree(answer.body());
    assertEquals("METHOD_NOT_ALLOWED", body.path("error").asText());
    assertTrue(body.path("message").asText().startsWith("Địa chỉ này không nhận"));
    assertTrue(body.path("messageEn").asText().startsWith("This address does not take"));
  }

  @Test
  void ordinaryRequestsAreUntouched() throws Exception {
    HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
            URI.create(server.getURI() + "/echo?t=abc")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode());
    assertEquals("abc", answer.body());
  }

  @Controller("/echo")
  @io.micronaut.context.annotation.Requires(property = "spec.name", value = "FrameworkRefusalsTest")
  static class Echo {
    @Get(produces = "text/plain")
    String get(@io.micronaut.http.annotation.QueryValue(defaultValue = "") String t) {
      return t;
    }

    @Post(consumes = "application/x-www-form-urlencoded", produces = "text/plain")
    String post(@io.micronaut.http.annotation.QueryValue(defaultValue = "") String t) {
      return t;
    }
  }
}
