package vn.citizenhub.bench;

import java.util.random.RandomGenerator;

/** The last few tickets of one agency: what a duplicate is merged into. */
final class RecentTickets {

  record Entry(long id, String code) {}

  private static final int SIZE = 64;
  private final long[] ids = new long[SIZE];
  private final String[] codes = new String[SIZE];
  private int count;

  void add(long id, String code) {
    ids[count % SIZE] = id;
    codes[count % SIZE] = code;
    count++;
  }

  boolean any() {
    return count > 0;
  }

  Entry pick(RandomGenerator random) {
    int i = random.nextInt(Math.min(count, SIZE));
    return new Entry(ids[i], codes[i]);
  }
}
