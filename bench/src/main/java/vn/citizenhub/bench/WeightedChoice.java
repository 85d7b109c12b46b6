package vn.citizenhub.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/**
 * Picks one of several values with given relative weights (cumulative weights, binary search), so
 * synthetic tickets fall on agencies, categories and communes as unevenly as real ones do.
 */
final class WeightedChoice<T> {

  private final List<T> values;
  private final double[] cumulative;

  private WeightedChoice(List<T> values, double[] weights) {
    if (values.isEmpty() || values.size() != weights.length) {
      throw new IllegalArgumentException("one weight per value, at least one value");
    }
    this.values = List.copyOf(values);
    this.cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
        throw new IllegalArgumentException("weights must be finite and not negative");
      }
      sum += weights[i];
      cumulative[i] = sum;
    }
    if (sum <= 0) {
      throw new IllegalArgumentException("at least one weight must be positive");
    }
  }

  /** Each value weighed by {@code weight}. */
  static <T> WeightedChoice<T> of(List<T> values, ToDoubleFunction<T> weight) {
    return new WeightedChoice<>(values, values.stream().mapToDouble(weight).toArray());
  }

  /**
   * Value to weight. Values are taken in the order of their names, so that a seed gives the same
   * picks in every JVM (Map.of has no fixed order).
   */
  static <T> WeightedChoice<T> of(Map<T, ? extends Number> weights) {
    List<T> values = new ArrayList<>(weights.keySet());
    values.sort(Comparator.comparing(String::valueOf));
    return new WeightedChoice<>(values,
        values.stream().mapToDouble(v -> weights.get(v).doubleValue()).toArray());
  }

  T pick(RandomGenerator random) {
    double target = random.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, target);
    // Not found gives -(insertion point) - 1: the first cumulative weight above the target.
    // Found exactly means the target sits on a boundary, which belongs to the next value.
    int index = i >= 0 ? i + 1 : -i - 1;
    // Skip zero-weight values a boundary hit may land on.
    while (index < cumulative.length - 1 && cumulative[index] <= target) {
      index++;
    }
    return values.get(Math.min(index, values.size() - 1));
  }
}
