package vn.citizenhub.deploy.fuzz;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * How many cases each fuzz test sends and from which seed: {@code -Dfuzz.cases} (default
 * {@value #DEFAULT_CASES}, as in CI) and {@code -Dfuzz.seed} (default: a new one each run,
 * printed; in CI, where {@code CI} is set, {@value #CI_SEED}, a seed the merged hub passed, so
 * that whether main lands never depends on the draw: new seeds are for developers' runs and
 * {@code deploy/fuzz.sh}). Every failure names the seed and the case, so that the run can be
 * replayed.
 */
final class FuzzCases {

  static final int DEFAULT_CASES = 250;
  static final int CASES = Integer.getInteger("fuzz.cases", DEFAULT_CASES);
  static final long CI_SEED = 5248456354269916573L;
  static final long SEED = Long.getLong("fuzz.seed",
      System.getenv("CI") != null ? CI_SEED : new SplittableRandom().nextLong());

  private FuzzCases() {}

  /**
   * Draws {@code cases} values of the generator from the run's seed (each test from a stream of
   * its own, so one test's replay does not depend on another having run) and checks each.
   */
  static <T> void check(String test, int cases, FuzzRandom.Gen<T> gen, Consumer<T> check) {
    System.out.println("FUZZ " + test + ": " + cases + " cases, seed " + SEED
        + " (replay: -Dfuzz.seed=" + SEED + " -Dfuzz.cases=" + CASES + ")");
    FuzzRandom random = new FuzzRandom(SEED ^ test.hashCode());
    for (int i = 0; i < cases; i++) {
      T fuzzCase = gen.apply(random);
      try {
        check.accept(fuzzCase);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(test + " case " + (i + 1) + " of " + cases + " (replay: "
            + "-Dfuzz.seed=" + SEED + " -Dfuzz.cases=" + CASES + "): " + e.getMessage(), e);
      }
    }
  }
}
