package vn.citizenhub.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.testsupport.MultipartForm;

/** A citizen's browser: posts the portal's form and follows the tracking page. */
final class WebReports {

  /** The citizen's personal data in {@link #form}: never in a log or a public answer. */
  static final String NAME = "Phạm Minh Đức";
  static final String PHONE = "0987 111 222";
  static final String EMAIL = "pham.minh.duc@example.vn";

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;

  WebReports(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  static String form(String category, String address) {
    return """
        {"kind": "REPORT", "categoryCode": "%s",
         "description": "Nắp cống bị vỡ, rất nguy hiểm cho người đi xe máy vào ban đêm.",
         "location": {"address": "%s"},
         "name": "%s", "phone": "%s", "email": "%s",
         "consent": {"given": true, "textVersion": "web-2025-07"}}
        """.formatted(category, address, NAME, PHONE, EMAIL);
  }

  /** Posts a report; the status and the JSON answer. */
  Answer post(String body, String idempotencyKey) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/web/reports"))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), ContractJson.mapper().readTree(response.body()));
  }

  /** Posts a report with photos, as the portal's FormData does. */
  Answer postWithPhotos(String report, String idempotencyKey, byte[]... photos)
      throws IOException, InterruptedException {
    MultipartForm form = new MultipartForm().file("report", "blob", "application/json",
        report.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (int i = 0; i < photos.length; i++) {
      form.file("photo", "anh-" + i + ".jpg", "image/jpeg", photos[i]);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/web/reports"))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", form.contentType())
        .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), ContractJson.mapper().readTree(response.body()));
  }

  /** The public tracking page of a code, or null while it is not found. */
  JsonNode track(String code) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
        URI.create(baseUrl + "/api/public/tickets/" + code)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200 ? ContractJson.mapper().readTree(response.body()) : null;
  }

  /** A public file (a photo the citizen allowed) as the browser fetches it. */
  HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  String trackRaw(String code) throws IOException, InterruptedException {
    return get("/api/public/tickets/" + code).body();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  record Answer(int status, JsonNode body) {
    String code() {
      return body.path("trackingCode").asText();
    }
  }
}
