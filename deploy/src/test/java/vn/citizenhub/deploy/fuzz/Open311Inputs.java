package vn.citizenhub.deploy.fuzz;

import static vn.citizenhub.deploy.fuzz.FuzzRandom.weight;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Open311 posts as FixMyStreet would send them, and as an attacker would. */
final class Open311Inputs {

  private static final List<String> SERVICES = List.of("ROAD_DAMAGE", "STREET_LIGHT",
      "FLOOD_DRAINAGE", "OTHER", "NO_SUCH", "");
  private static final List<String> ARGUMENTS = List.of("api_key", "service_code", "lat", "long",
      "address_string", "address_id", "description", "media_url", "email", "device_id",
      "account_id", "first_name", "last_name", "phone");

  private Open311Inputs() {}

  static Open311Case cases(FuzzRandom r, String apiKey) {
    String file = r.frequency(
        weight(10, x -> x.oneOf("requests.json", "requests.xml")),
        weight(1, x -> x.oneOf("requests", "requests.html", "requests.json.xml", "services.json",
            "requests.", ".json", "requests.JSON")));
    String type = r.frequency(
        weight(12, x -> "application/x-www-form-urlencoded; charset=utf-8"),
        weight(2, x -> "application/json"),
        weight(2, x -> x.oneOf("text/plain", "application/xml", "multipart/form-data; boundary=x",
            "garbage", "application/x-www-form-urlencoded; charset=ISO-8859-1", "")),
        weight(1, x -> null));
    String key = r.frequency(
        weight(6, x -> null),
        weight(3, x -> "fuzz-" + FuzzHub.fresh()),
        weight(1, x -> x.oneOf(" ", "a".repeat(100), "b".repeat(101)) + FuzzHub.fresh() % 10));
    Map<String, String> form = form(r, apiKey);
    String body = type != null && type.equals("application/json") ? json(form)
        : r.frequency(weight(12, x -> encoded(form)),
            weight(2, x -> x.oneOf("", "=", "&&&", "api_key", "%zz=1", "a=%E0%A4%A",
                encoded(form) + "&%", "api_key=" + apiKey + "&" + "x".repeat(5000))),
            weight(1, x -> x.anyString(300)));
    return new Open311Case(file, type, body, key);
  }

  /** The ordinary post, each argument now and then dropped or spoiled. */
  static Map<String, String> form(FuzzRandom r, String apiKey) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("api_key", r.frequency(weight(12, x -> apiKey),
        weight(1, x -> x.oneOf("", "wrong", apiKey + "x", apiKey.toUpperCase(), " " + apiKey))));
    form.put("service_code", r.oneOf(SERVICES));
    form.put("lat", r.oneOf("10.7765", "11.3", "10.784512"));
    form.put("long", r.oneOf("106.7009", "106.1", "105.927734"));
    form.put("address_id", r.oneOf("27787", "27712"));
    form.put("address_string", r.oneOf("Số 45 Đường Nguyễn Huệ, phường Kiến Tường",
        "Hẻm 3, phường Tân An"));
    form.put("description", r.oneOf(Hostile.SENTENCES));
    form.put("email", "thu@example.vn");
    form.put("phone", r.oneOf("0912 345 678", "+84912345678"));
    form.put("first_name", "Trần Thị");
    form.put("last_name", "Thu");
    form.put("device_id", "device-" + r.between(1, 50));
    form.put("media_url", "https://example.vn/anh/" + r.between(1, 9) + ".jpg");
    int spoiled = r.between(0, 3);
    List<String> names = new ArrayList<>(ARGUMENTS);
    for (int i = 0; i < spoiled; i++) {
      String name = r.oneOf(names);
      form.put(name, r.frequency(
          weight(3, x -> ""),
          weight(3, Hostile::text),
          weight(2, Hostile::number),
          weight(2, Hostile::nasty),
          weight(1, Hostile::ofLength)));
    }
    if (r.between(0, 9) == 0) {
      form.put("attribute[" + r.anyString(10) + "]", r.anyString(20));
    }
    return form;
  }

  static String encoded(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  static String json(Map<String, String> form) {
    return form.entrySet().stream().map(e -> JsonText.quote(e.getKey()) + ":"
        + JsonText.quote(e.getValue())).collect(Collectors.joining(",", "{", "}"));
  }
}
