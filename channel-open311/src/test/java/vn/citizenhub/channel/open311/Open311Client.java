package vn.citizenhub.channel.open311;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import vn.citizenhub.contract.ContractJson;

/** A GeoReport v2 client as FixMyStreet is one: form posts, JSON and XML reads. */
public final class Open311Client {

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public Open311Client(String serverUrl) {
    this.base = serverUrl.replaceAll("/+$", "") + "/open311/v2";
  }

  /** One answer: status, content type and body. */
  public record Reply(int status, String contentType, String body) {
    public JsonNode json() throws Exception {
      return ContractJson.mapper().readTree(body);
    }

    public Document xml() throws Exception {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder()
          .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
  }

  public Reply get(String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(20)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
        r.body());
  }

  public Reply post(String path, Map<String, String> form, String idempotencyKey)
      throws Exception {
    var request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    HttpResponse<String> r = http.send(request.build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
        r.body());
  }

  static String encode(Map<String, String> form) {
    return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
        + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** A citizen's pothole in Phường Kiến Tường, with every personal detail a client may send. */
  public static Map<String, String> pothole(String apiKey, String description) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("api_key", apiKey);
    form.put("service_code", "ROAD_DAMAGE");
    form.put("lat", "10.784512");
    form.put("long", "105.927734");
    form.put("address_id", "27787");
    form.put("address_string", "Số 45 Đường Nguyễn Huệ, phường Kiến Tường");
    form.put("description", description);
    form.put("email", "hoa.tran@example.vn");
    form.put("first_name", "Trần");
    form.put("last_name", "Thị Hoa");
    form.put("phone", "0912 345 678");
    form.put("device_id", "device-123");
    return form;
  }
}
