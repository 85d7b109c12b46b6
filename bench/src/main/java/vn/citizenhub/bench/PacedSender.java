package vn.citizenhub.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An open-loop pace shared by the floods: request {@code i} is due at {@code start + i / rate}
 * and is sent then by whichever of the keep-alive connections is free, so a slow answer delays
 * no later request's due time (the latency counts from the due time, not the send).
 */
final class PacedSender {

  /** Sends request {@code i}, due at {@code due} (System.nanoTime), on a connection. */
  interface Request {
    void send(KeepAliveConnection connection, int i, long due);
  }

  private PacedSender() {}

  /** Sends {@code rate} requests a second for {@code seconds}; returns how many were due. */
  static int run(URI base, int connections, int rate, int seconds, String threadName,
      Request request) throws InterruptedException {
    int total = rate * seconds;
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime();
    AtomicLong next = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < connections; w++) {
      Thread worker = new Thread(() -> {
        try (KeepAliveConnection connection = new KeepAliveConnection(base)) {
          for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
              Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            request.send(connection, (int) i, due);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, threadName + "-" + w);
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    return total;
  }
}
