package vn.citizenhub.channel.open311.wire;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of one element in the specification's order. A null value stays: JSON writes
 * {@code null}, XML an empty element, so that every field the specification names is present.
 */
public final class Fields {

  private final Map<String, Object> values = new LinkedHashMap<>();

  public Fields put(String name, Object value) {
    values.put(name, value);
    return this;
  }

  public Map<String, Object> values() {
    return values;
  }
}
