package vn.citizenhub.channel.zalo.webhook;

import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.logging.ErrorText;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UniqueViolation;
import vn.citizenhub.schema.UtcTime;

/**
 * Group commit for the webhook's inbox, as channel-web's intake writer does: every committed
 * write costs a disk flush, so one thread writes whatever events are waiting in one transaction.
 * In a burst (a storm, a flood: 100 times the usual traffic) that turns hundreds of flushes a
 * second into dozens, and Zalo's 200 still waits for its own row to be committed.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
class InboxWriter {

  private static final Logger LOG = LoggerFactory.getLogger(InboxWriter.class);
  private static final int MAX_BATCH = 200;
  private static final String INSERT = "INSERT INTO zalo_inbox (oa_name, dedupe_key, event_name,"
      + " user_id, body, received_at, state, attempts, next_attempt_at)"
      + " VALUES (?, ?, ?, ?, ?, ?, 'NEW', 0, ?)";

  /** One event to store. */
  record Row(String oaName, String dedupeKey, String eventName, String userId, String body,
      Instant receivedAt) {}

  /** The new row's id (0 when the driver did not say), or empty for a repeat of a stored event. */
  private record Write(Row row, CompletableFuture<Optional<Long>> stored) {}

  private final DataSource pool;
  private final BlockingQueue<Write> writes = new LinkedBlockingQueue<>(20_000);
  private final Thread thread;
  private volatile boolean running = true;

  InboxWriter(JdbcDatabase database) {
    this.pool = database.pool();
    this.thread = new Thread(this::run, "zalo-inbox-writer");
    thread.setDaemon(true);
    thread.start();
  }

  CompletableFuture<Optional<Long>> write(Row row) {
    CompletableFuture<Optional<Long>> stored = new CompletableFuture<>();
    if (!writes.offer(new Write(row, stored))) {
      stored.completeExceptionally(new SQLException("inbox writer is saturated"));
    }
    return stored;
  }

  private void run() {
    List<Write> batch = new ArrayList<>(MAX_BATCH);
    while (running || !writes.isEmpty()) {
      try {
        Write first = writes.poll(50, TimeUnit.MILLISECONDS);
        if (first != null) {
          batch.add(first);
          writes.drainTo(batch, MAX_BATCH - 1);
          commit(batch);
          batch.clear();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.warn("Zalo inbox writer round failed: {}", ErrorText.of(e));
        batch.forEach(w -> w.stored().completeExceptionally(e));
        batch.clear();
      }
    }
  }

  private void commit(List<Write> batch) {
    try (Connection c = pool.getConnection()) {
      try {
        c.setAutoCommit(false);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(INSERT, new String[] {"id"})) {
          for (Write w : batch) {
            bind(s, w.row());
            s.addBatch();
          }
          s.executeBatch();
          try (ResultSet keys = s.getGeneratedKeys()) {
            while (keys.next()) {
              ids.add(keys.getLong(1));
            }
          }
        }
        c.commit();
        for (int i = 0; i < batch.size(); i++) {
          // Without every key the processor still finds the event, at its next poll.
          long id = ids.size() == batch.size() ? ids.get(i) : 0L;
          batch.get(i).stored().complete(Optional.of(id));
        }
        return;
      } catch (SQLException e) {
        c.rollback();
        if (!UniqueViolation.is(e)) {
          throw e;
        }
      } finally {
        c.setAutoCommit(true);
      }
      // A repeat of a stored event is in the batch (Zalo's retry): find it, one by one.
      for (Write w : batch) {
        w.stored().complete(insertOne(c, w.row()));
      }
    } catch (SQLException e) {
      batch.forEach(w -> w.stored().completeExceptionally(e));
    }
  }

  private static Optional<Long> insertOne(Connection c, Row row) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(INSERT, new String[] {"id"})) {
      bind(s, row);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        return Optional.of(keys.next() ? keys.getLong(1) : 0L);
      }
    } catch (SQLException e) {
      if (UniqueViolation.is(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static void bind(PreparedStatement s, Row row) throws SQLException {
    s.setString(1, row.oaName());
    s.setString(2, row.dedupeKey());
    s.setString(3, row.eventName());
    s.setString(4, row.userId());
    s.setString(5, row.body());
    s.setObject(6, UtcTime.column(row.receivedAt()));
    s.setObject(7, UtcTime.column(row.receivedAt()));
  }

  @PreDestroy
  void stop() throws InterruptedException {
    running = false;
    thread.join(5_000);
  }
}
