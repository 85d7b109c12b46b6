package vn.citizenhub.core.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.core.attachments.TicketAttachments.NewAttachment;
import vn.citizenhub.core.feedback.FeedbackTokens;
import vn.citizenhub.core.identity.ConsentLedger.ConsentGiven;
import vn.citizenhub.core.interactions.InteractionEvent;
import vn.citizenhub.core.outbox.OutboxMessage;
import vn.citizenhub.core.ticket.TimelineEntry;

/** What one intake batch will write, gathered so that each table gets one batched statement. */
final class BatchWrites {
  final List<TimelineEntry> timeline = new ArrayList<>();
  final List<OutboxMessage> outbox = new ArrayList<>();
  final List<ConsentGiven> consents = new ArrayList<>();
  final List<NewAttachment> attachments = new ArrayList<>();
  final List<FeedbackTokens.Minted> tokens = new ArrayList<>();
  final Map<InteractionEvent, Integer> interactions = new EnumMap<>(InteractionEvent.class);
  final Map<String, Long> ticketByIntake = new LinkedHashMap<>();
  final List<Rejection> rejections = new ArrayList<>();
  int ticketsCreated;
  int ticketsUpdated;

  void reject(IntakeEnvelope envelope, DeadLetterReason reason) {
    rejections.add(new Rejection(envelope, reason));
  }

  void count(InteractionEvent event) {
    interactions.merge(event, 1, Integer::sum);
  }

  /** An envelope that is well-formed but cannot be applied, with the reason for the DLQ. */
  record Rejection(IntakeEnvelope envelope, DeadLetterReason reason) {}
}
