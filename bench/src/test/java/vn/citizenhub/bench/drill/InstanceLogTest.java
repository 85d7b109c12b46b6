package vn.citizenhub.bench.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.citizenhub.bench.drill.InstanceLog.Processed;

class InstanceLogTest {

  @Test
  void sums_the_committed_intake_batches_and_ignores_other_lines() {
    String log = """
        08:45:01.100 INFO  [main] io.micronaut.runtime.Micronaut - Startup completed in 9000ms.
        08:45:02.200 DEBUG [intake-consumer-0] v.c.core.intake.IntakeWorker - \
        Intake batch of 37: 37 tickets, 0 updates, 0 duplicates, 0 dead letters in 45 ms
        08:45:02.700 WARN  [intake-consumer-0] v.c.core.intake.IntakeWorker - \
        Intake batch of 12 failed; reading it again in 250 ms: java.sql.SQLException
        08:45:03.300 DEBUG [intake-consumer-0] v.c.core.intake.IntakeWorker - \
        Intake batch of 12: 9 tickets, 1 updates, 2 duplicates, 0 dead letters in 30 ms
        """;

    assertEquals(new Processed(2, 46, 2), InstanceLog.parse(log));
  }
}
