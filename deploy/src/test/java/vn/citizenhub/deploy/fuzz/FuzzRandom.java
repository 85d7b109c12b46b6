package vn.citizenhub.deploy.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The suite's own generator: a seeded {@link SplittableRandom} with the few choices the fuzz
 * inputs are made of. The same seed gives the same inputs in the same order, so a failure is
 * replayed with {@code -Dfuzz.seed=} (the ids that must be new each time, from
 * {@link FuzzHub#fresh()}, are not drawn from it).
 */
final class FuzzRandom {

  /** A generator of values of one kind: what a fuzz input is built from. */
  @FunctionalInterface
  interface Gen<T> extends Function<FuzzRandom, T> {}

  /** One option of {@link #frequency}: drawn with a chance proportional to its weight. */
  record Weighted<T>(int weight, Gen<? extends T> gen) {}

  private final SplittableRandom random;

  FuzzRandom(long seed) {
    random = new SplittableRandom(seed);
  }

  static <T> Weighted<T> weight(int weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }

  /** An int from {@code min} to {@code max}, both included. */
  int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  long anyLong() {
    return random.nextLong();
  }

  /** Any double bit pattern: huge, tiny, negative zero, subnormal, NaN and infinities too. */
  double anyDouble() {
    return random.nextInt(4) == 0 ? random.nextDouble(-1000, 1000)
        : Double.longBitsToDouble(random.nextLong());
  }

  boolean anyBoolean() {
    return random.nextBoolean();
  }

  /** One of the values, each as likely. */
  @SafeVarargs
  final <T> T oneOf(T... values) {
    return values[random.nextInt(values.length)];
  }

  <T> T oneOf(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** The value of one of the generators, each as likely. */
  @SafeVarargs
  final <T> T anyOf(Gen<? extends T>... gens) {
    return oneOf(gens).apply(this);
  }

  /** The value of one of the generators, each drawn as often as its weight says. */
  @SafeVarargs
  final <T> T frequency(Weighted<? extends T>... options) {
    int total = 0;
    for (Weighted<? extends T> option : options) {
      total += option.weight();
    }
    int at = random.nextInt(total);
    for (Weighted<? extends T> option : options) {
      at -= option.weight();
      if (at < 0) {
        return option.gen().apply(this);
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /** {@code size} values of the generator. */
  <T> List<T> list(int size, Gen<? extends T> gen) {
    List<T> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(gen.apply(this));
    }
    return values;
  }

  /** A string of {@code min} to {@code max} characters of the alphabet. */
  String string(String alphabet, int min, int max) {
    int length = between(min, max);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  /**
   * Up to {@code max} UTF-16 units of any kind: half from the whole range (unpaired surrogates,
   * noncharacters, private use included), half from the corners where parsers break (controls,
   * DEL and C1, quotes and backslashes, bidi and zero-width marks, Vietnamese letters).
   */
  String anyString(int max) {
    int length = between(0, max);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(random.nextBoolean() ? (char) random.nextInt(0x10000)
          : CORNERS.charAt(random.nextInt(CORNERS.length())));
    }
    return s.toString();
  }

  private static final String CORNERS = "\u0000\u0001\u001f\t\n\r \"\\/'<>&%{}[]:,0aZ~\u007f"
      + "\u0080\u0085\u009f\u00a0\u00ff\u0301ồĐ\u200b\u200e\u202e\u2028\u2066\ud800\udfff\ue000"
      + "\ufeff\ufffd\ufffe\uffff";
}
