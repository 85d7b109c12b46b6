package vn.citizenhub.channel.open311.wire;

import java.util.List;

/**
 * A list in an answer: a JSON array, and in XML one {@code <element>} per value inside the
 * element that holds the list ({@code <services><service>…}, {@code <formats><format>…}).
 * Values are field maps ({@link Fields}) or plain values.
 */
public record Items(String element, List<?> values) {
  public Items {
    values = List.copyOf(values);
  }
}
