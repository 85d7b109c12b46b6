package vn.citizenhub.channel.hotline;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.Map;
import vn.citizenhub.contract.ContractJson;

/** The hotline's and hub-core's HTTP API as a signed-in staff member calls them. */
public final class Api {

  /** An answer: its status and JSON body (a text node when the body is not JSON). */
  public record Answer(int status, JsonNode body) {
    public String text(String field) {
      return body.path(field).asText();
    }
  }

  private final HttpClient http;

  public Api(HttpClient http) {
    this.http = http;
  }

  public String token(String username, String password) {
    Answer a = call(HttpRequest.POST("/api/staff/token",
        Map.of("username", username, "password", password)), null);
    if (a.status() != 200) {
      throw new AssertionError("sign-in of " + username + " failed: " + a);
    }
    return a.text("accessToken");
  }

  public Answer get(String path, String token) {
    return call(HttpRequest.GET(path), token);
  }

  public Answer post(String path, Object body, String token) {
    return call(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE), token);
  }

  public Answer put(String path, Object body, String token) {
    return call(HttpRequest.PUT(path, body).contentType(MediaType.APPLICATION_JSON_TYPE), token);
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
