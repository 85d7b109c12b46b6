package vn.citizenhub.channel.hotline;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import vn.citizenhub.channel.hotline.events.EventSignature;

/** The phone system as the tests play it: signed call events, and some it should not send. */
public final class PhoneSystem {

  public static final String SECRET = "tong-dai-1022-khoa-ky-su-kien-thu-nghiem";

  private final HttpClient http;

  public PhoneSystem(HttpClient http) {
    this.http = http;
  }

  public static String event(String type, String callId, String caller, String extension,
      Instant at) {
    return "{\"event\":\"" + type + "\",\"callId\":\"" + callId + "\""
        + (caller == null ? "" : ",\"caller\":\"" + caller + "\"")
        + (extension == null ? "" : ",\"extension\":\"" + extension + "\"")
        + ",\"timestamp\":" + at.getEpochSecond() + "}";
  }

  /** Posts a correctly signed event; the HTTP status. */
  public int send(String type, String callId, String caller, String extension) {
    String body = event(type, callId, caller, extension, Instant.now());
    return post(body, EventSignature.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)));
  }

  /** Posts a body with whatever signature header is given (none when null); the HTTP status. */
  public int post(String body, String signature) {
    var request = HttpRequest.POST("/api/hotline/calls/events", body)
        .contentType(MediaType.APPLICATION_JSON_TYPE);
    if (signature != null) {
      request.header(EventSignature.HEADER, signature);
    }
    try {
      HttpResponse<String> response = http.toBlocking().exchange(request, String.class);
      return response.code();
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }
}
