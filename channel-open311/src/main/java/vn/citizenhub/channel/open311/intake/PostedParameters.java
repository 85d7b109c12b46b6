package vn.citizenhub.channel.open311.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.citizenhub.contract.ContractJson;

/**
 * The arguments of a posted request: {@code application/x-www-form-urlencoded} in UTF-8 as the
 * specification says, or a flat JSON object. An empty argument means the same as a missing one;
 * a name given twice keeps its first value. {@code attribute[...]} arguments are kept apart.
 */
public final class PostedParameters {

  private final Map<String, String> values;

  private PostedParameters(Map<String, String> values) {
    this.values = values;
  }

  /** The arguments, or empty when the body cannot be read. */
  public static Optional<PostedParameters> parse(String body, boolean json) {
    Map<String, String> values = new LinkedHashMap<>();
    if (body == null || body.isBlank()) {
      return Optional.of(new PostedParameters(values));
    }
    try {
      if (json) {
        JsonNode object = ContractJson.mapper().readTree(body);
        if (object == null || !object.isObject()) {
          return Optional.empty();
        }
        object.fields().forEachRemaining(f -> {
          if (f.getValue().isValueNode() && !f.getValue().isNull()) {
            values.putIfAbsent(f.getKey(), f.getValue().asText());
          }
        });
      } else {
        for (String pair : body.split("&")) {
          if (pair.isEmpty()) {
            continue;
          }
          int eq = pair.indexOf('=');
          String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq),
              StandardCharsets.UTF_8);
          String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1),
              StandardCharsets.UTF_8);
          values.putIfAbsent(name, value);
        }
      }
    } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
      return Optional.empty();
    }
    return Optional.of(new PostedParameters(values));
  }

  /** The argument's value, stripped; null when missing or empty. */
  public String get(String name) {
    String value = values.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Adds an argument given in the query string when the body has none of that name. */
  public void addIfAbsent(String name, String value) {
    if (get(name) == null && value != null && !value.isBlank()) {
      values.put(name, value);
    }
  }

  /** The arguments the hash of a request is made from: all but the key, in a fixed order. */
  public String canonical() {
    StringBuilder s = new StringBuilder();
    values.entrySet().stream().filter(e -> !"api_key".equals(e.getKey()))
        .filter(e -> !e.getValue().isBlank())
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> s.append(e.getKey()).append('=').append(e.getValue().strip()).append('\n'));
    return s.toString();
  }
}
