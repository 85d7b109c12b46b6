package vn.citizenhub.bench.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Post-to-ticket times by when reports were posted, in fixed windows: the shape of the drill, a
 * dip at each kill and the way back. Reports without a ticket are left out (they are losses).
 */
final class LatencyTimeline {

  private LatencyTimeline() {}

  /** One window: reports posted in it that have a ticket, and their post-to-ticket times. */
  record Window(long fromMillis, int reports, long p50Millis, long p99Millis, long maxMillis) {}

  static List<Window> of(long startMillis, long windowMillis, Map<String, Long> postedAt,
      Map<String, Long> ticketAt) {
    List<List<Long>> buckets = new ArrayList<>();
    postedAt.forEach((code, posted) -> {
      Long made = ticketAt.get(code);
      if (made == null || posted < startMillis) {
        return;
      }
      int index = (int) ((posted - startMillis) / windowMillis);
      while (buckets.size() <= index) {
        buckets.add(new ArrayList<>());
      }
      buckets.get(index).add(made - posted);
    });
    List<Window> windows = new ArrayList<>();
    for (int i = 0; i < buckets.size(); i++) {
      long[] sorted = buckets.get(i).stream().mapToLong(Long::longValue).sorted().toArray();
      windows.add(new Window(i * windowMillis, sorted.length, percentile(sorted, 50),
          percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
    }
    return windows;
  }

  /** The p-th percentile (0-100) of sorted values, nearest rank; 0 when there are none. */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
