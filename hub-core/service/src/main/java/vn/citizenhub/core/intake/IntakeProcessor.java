package vn.citizenhub.core.intake;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.core.attachments.TicketAttachments;
import vn.citizenhub.core.feedback.FeedbackTokens;
import vn.citizenhub.core.identity.CitizenDirectory;
import vn.citizenhub.core.identity.ConsentLedger;
import vn.citizenhub.core.interactions.InteractionCounter;
import vn.citizenhub.core.outbox.OutboxStore;
import vn.citizenhub.core.reference.ReferenceData;
import vn.citizenhub.core.reference.ReferenceSnapshot;
import vn.citizenhub.core.sla.Deadlines;
import vn.citizenhub.core.ticket.TicketStore;
import vn.citizenhub.core.workspace.LifecycleService;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * Applies one batch of intake in one transaction: drop envelopes already processed, resolve the
 * citizens, write tickets, timelines, attachments, consents and outbox rows, and record the
 * envelopes as processed. Either all of it is committed or none of it.
 */
@Singleton
public class IntakeProcessor {

  private final JdbcDatabase database;
  private final CitizenDirectory citizens;
  private final ConsentLedger consents;
  private final TicketStore tickets;
  private final OutboxStore outbox;
  private final TicketAttachments attachments;
  private final ReferenceData referenceData;
  private final NewReportIntake newReports;
  private final TicketUpdateIntake updates;
  private final FeedbackTokens tokens;
  private final InteractionCounter interactions;
  private final Clock clock = Clock.systemUTC();

  IntakeProcessor(JdbcDatabase database, CitizenDirectory citizens, ConsentLedger consents,
      TicketStore tickets, OutboxStore outbox, TicketAttachments attachments,
      ReferenceData referenceData, Deadlines deadlines, LifecycleService lifecycle,
      CitizenVerdicts verdicts, FeedbackTokens tokens, InteractionCounter interactions) {
    this.database = database;
    this.citizens = citizens;
    this.consents = consents;
    this.tickets = tickets;
    this.outbox = outbox;
    this.attachments = attachments;
    this.referenceData = referenceData;
    this.tokens = tokens;
    this.interactions = interactions;
    this.newReports = new NewReportIntake(tickets, new TicketPlanner(deadlines), tokens);
    this.updates = new TicketUpdateIntake(tickets, lifecycle, verdicts, new FollowIntake(tickets));
  }

  /** What a batch did. */
  public record Result(int created, int updated, int duplicates, List<BatchWrites.Rejection> rejected) {}

  public Result process(List<IntakeEnvelope> envelopes) throws SQLException {
    Instant now = clock.instant();
    ReferenceSnapshot ref = referenceData.current();
    return database.inTransaction(c -> {
      Map<String, IntakeEnvelope> unique = new LinkedHashMap<>();
      envelopes.forEach(e -> unique.putIfAbsent(e.id(), e));
      Set<String> done = ProcessedIntake.alreadyProcessed(c, unique.keySet());
      List<IntakeEnvelope> fresh = new ArrayList<>();
      unique.values().stream().filter(e -> !done.contains(e.id())).forEach(fresh::add);

      Map<String, Long> citizenIds =
          citizens.resolve(c, fresh.stream().map(IntakeEnvelope::citizen).toList(), now);
      BatchWrites writes = new BatchWrites();
      newReports.apply(c, fresh.stream().filter(e -> e.payload() instanceof NewReport).toList(),
          citizenIds, ref, now, writes);
      updates.apply(c, fresh.stream().filter(e -> !(e.payload() instanceof NewReport)).toList(),
          citizenIds, now, writes);

      tickets.insertTimeline(c, writes.timeline);
      attachments.insert(c, writes.attachments, now);
      consents.record(c, writes.consents);
      outbox.append(c, writes.outbox, now);
      tokens.store(c, writes.tokens, now);
      ProcessedIntake.record(c, writes.ticketByIntake, now);
      // Last: the counters' rows are the only ones every intake transaction may share.
      interactions.add(c, writes.interactions, now);
      return new Result(writes.ticketsCreated, writes.ticketsUpdated,
          envelopes.size() - fresh.size(), List.copyOf(writes.rejections));
    });
  }
}
