package vn.citizenhub.core.workspace;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the inbox. */
public record InboxItem(
    long id, String trackingCode, String status, String statusLabel, String kind,
    String categoryCode, String categoryName, String communeCode, String communeName,
    String agencyCode, String agencyName, String channel, Instant receivedAt, LocalDate dueDate,
    String dueState, String dueStateLabel, Long assigneeId, int escalation, String transferTo,
    String summary) {}
