package vn.citizenhub.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.logging.ErrorText;

/**
 * Group commit with admission control and deadlines. Every committed write costs a disk flush, so
 * one thread writes whatever is waiting in one transaction. A caller is answered by its deadline,
 * and what it is told is true:
 *
 * <ul>
 *   <li>a full queue refuses at once ({@link NotWritten});
 *   <li>an item not taken into a batch by its deadline is abandoned: the writer skips it, so it
 *       is never written ({@link NotWritten});
 *   <li>an item taken into a batch waits for the batch, whose every round trip to the database is
 *       bounded by the earliest deadline in it (the connection's network timeout). A failure
 *       before the commit was sent means nothing was written ({@link NotWritten}); a commit whose
 *       answer never came may or may not have happened ({@link InDoubt}).
 * </ul>
 *
 * The connection is taken from the pool before any item is claimed, so a pool that waits for a
 * dead database holds up no caller past its deadline.
 */
public final class GroupCommit<I, O> {

  private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
  /** The least time a round trip of a claimed batch is given, even past its deadline. */
  private static final long MIN_ROUND_TRIP_MILLIS = 150;
  /** A claimed item's caller waits this long past its deadline before calling it in doubt. */
  private static final long CLAIMED_GRACE_MILLIS = 2_000;

  /** Writes a batch inside the transaction {@link GroupCommit} opened and will commit. */
  @FunctionalInterface
  public interface BatchWork<I, O> {
    List<O> write(Connection connection, List<I> items) throws SQLException;
  }

  /** Nothing was written and nothing will be: the caller may say so. */
  public static final class NotWritten extends RuntimeException {
    public NotWritten(String reason, Throwable cause) {
      super(reason, cause);
    }
  }

  /** The commit was sent but its answer never came: the rows may or may not exist. */
  public static final class InDoubt extends RuntimeException {
    public InDoubt(Throwable cause) {
      super("commit outcome unknown", cause);
    }
  }

  private final String name;
  private final DataSource pool;
  private final int maxBatch;
  private final BatchWork<I, O> work;
  private final BlockingQueue<Submission<I, O>> queue;
  private final Thread thread;
  private volatile boolean running = true;

  public GroupCommit(String name, DataSource pool, int capacity, int maxBatch,
      BatchWork<I, O> work) {
    this.name = name;
    this.pool = pool;
    this.maxBatch = maxBatch;
    this.work = work;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.thread = new Thread(this::run, name);
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Writes {@code item} with the next batch and returns its outcome, by {@code deadlineNanos}
   * ({@link System#nanoTime()}) unless the item was already taken into a batch then.
   */
  public O write(I item, long deadlineNanos) {
    Submission<I, O> submission = new Submission<>(item, deadlineNanos);
    if (!queue.offer(submission)) {
      throw new NotWritten(name + " is full", null);
    }
    try {
      return submission.result.get(Math.max(0, deadlineNanos - System.nanoTime()),
          TimeUnit.NANOSECONDS);
    } catch (TimeoutException late) {
      if (submission.abandon()) {
        throw new NotWritten(name + " did not take it in time", null);
      }
      return awaitClaimed(submission);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      if (submission.abandon()) {
        throw new NotWritten("interrupted", e);
      }
      throw new InDoubt(e);
    } catch (ExecutionException e) {
      throw unwrap(e);
    }
  }

  /** Taken into a batch: the answer comes when the batch's round trips time out, at the latest. */
  private O awaitClaimed(Submission<I, O> submission) {
    try {
      return submission.result.get(CLAIMED_GRACE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException | InterruptedException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return failWith(new InDoubt(e));
    } catch (ExecutionException e) {
      throw unwrap(e);
    }
  }

  private static <T> T failWith(RuntimeException e) {
    throw e;
  }

  private static RuntimeException unwrap(ExecutionException e) {
    return e.getCause() instanceof RuntimeException r ? r : new NotWritten("failed", e.getCause());
  }

  private void run() {
    List<Submission<I, O>> batch = new ArrayList<>(maxBatch);
    while (running || !queue.isEmpty()) {
      try {
        Submission<I, O> first = queue.poll(50, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.clear();
        // The connection first: items still waiting may be abandoned while the pool waits.
        try (Connection connection = pool.getConnection()) {
          claim(first, batch);
          List<Submission<I, O>> more = new ArrayList<>();
          queue.drainTo(more, maxBatch - batch.size());
          more.forEach(s -> claim(s, batch));
          if (!batch.isEmpty()) {
            commit(connection, batch);
          }
        } catch (SQLException noConnection) {
          claim(first, batch);
          batch.forEach(s -> s.result.completeExceptionally(
              new NotWritten("no database connection", noConnection)));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.warn("{} round failed: {}", name, ErrorText.of(e));
      }
    }
  }

  /** Takes an item into the batch unless its caller gave up or its deadline has passed. */
  private static <I, O> void claim(Submission<I, O> s, List<Submission<I, O>> batch) {
    if (s.deadlineNanos - System.nanoTime() <= 0) {
      if (s.abandon()) {
        s.result.completeExceptionally(new NotWritten("deadline passed in the queue", null));
      }
      return;
    }
    if (s.claim()) {
      batch.add(s);
    }
  }

  private void commit(Connection c, List<Submission<I, O>> batch) {
    long earliest = batch.stream().mapToLong(s -> s.deadlineNanos).min().orElseThrow();
    List<O> results;
    try {
      bound(c, earliest);
      c.setAutoCommit(false);
      bound(c, earliest);
      results = work.write(c, batch.stream().map(s -> s.item).toList());
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(c);
      batch.forEach(s -> s.result.completeExceptionally(new NotWritten("batch failed", e)));
      return;
    }
    try {
      bound(c, earliest);
      c.commit();
    } catch (SQLException e) {
      LOG.warn("{}: the database did not answer a commit of {} item(s): {}", name, batch.size(),
          e.toString());
      batch.forEach(s -> s.result.completeExceptionally(new InDoubt(e)));
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).result.complete(results.get(i));
    }
    try {
      c.setAutoCommit(true);
    } catch (SQLException e) {
      LOG.debug("{}: could not restore autocommit: {}", name, ErrorText.of(e));
    }
  }

  /** Each round trip may take what is left until the earliest deadline, and a little more. */
  private static void bound(Connection c, long deadlineNanos) throws SQLException {
    long left = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
    c.setNetworkTimeout(Runnable::run, (int) Math.max(MIN_ROUND_TRIP_MILLIS, left));
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException e) {
      LOG.debug("rollback failed on a broken connection: {}", ErrorText.of(e));
    }
  }

  public void stop() throws InterruptedException {
    running = false;
    thread.join(5_000);
  }
}
