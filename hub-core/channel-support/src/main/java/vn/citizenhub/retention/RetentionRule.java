package vn.citizenhub.retention;

import java.time.Instant;

/**
 * One line of the retention policy (docs/retention.md): what is removed, after how long. A module
 * adds its rules as beans; {@link RetentionSweep} runs them all, in small batches.
 */
public interface RetentionRule {

  /** Names what goes, for the log and the metric, e.g. {@code channel_intake_outbox.sent}. */
  String name();

  /**
   * Deletes (or de-identifies) at most {@code limit} items that are due at {@code now}, in one
   * short statement of its own, and says how many; fewer than {@code limit} means none are left.
   */
  int purgeBatch(Instant now, int limit) throws Exception;
}
