package vn.citizenhub.bench.drill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one hub-core instance says it processed, summed from its log. The database does not record
 * which instance made a ticket, but every intake batch, once its transaction is committed, is
 * logged by {@code IntakeWorker} at DEBUG level (the drill starts hub-core with that logger on):
 * "Intake batch of 37: 37 tickets, 0 updates, 0 duplicates, 0 dead letters in 45 ms".
 */
final class InstanceLog {

  private static final Pattern BATCH = Pattern.compile(
      "Intake batch of (\\d+): (\\d+) tickets, (\\d+) updates, (\\d+) duplicates");

  private final String name;
  private final Path file;

  InstanceLog(String name, Path file) {
    this.name = name;
    this.file = file;
  }

  String name() {
    return name;
  }

  /** The totals of the batches logged so far. */
  Processed processed() {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Processed parse(String log) {
    int batches = 0;
    int tickets = 0;
    int duplicates = 0;
    Matcher m = BATCH.matcher(log);
    while (m.find()) {
      batches++;
      tickets += Integer.parseInt(m.group(2));
      duplicates += Integer.parseInt(m.group(4));
    }
    return new Processed(batches, tickets, duplicates);
  }

  /**
   * Committed intake batches, the tickets they created, and the envelopes they recognised as
   * already processed (a replay after a crash, or a channel re-sending what Kafka did have).
   */
  record Processed(int batches, int tickets, int duplicates) {}
}
