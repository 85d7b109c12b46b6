package vn.citizenhub.schema;

import java.util.Collections;

/** The {@code (?, ?, ?)} list of an SQL {@code IN} with one placeholder per value. */
public final class InClause {
  private InClause() {}

  public static String of(int values) {
    if (values < 1) {
      throw new IllegalArgumentException("an IN list needs at least one value");
    }
    return "(" + String.join(", ", Collections.nCopies(values, "?")) + ")";
  }
}
