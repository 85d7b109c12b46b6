package vn.citizenhub.core.sla;

import java.time.LocalDate;

/** The dates by which a ticket must first be answered and finally be resolved. */
public record Deadline(LocalDate firstResponseDue, LocalDate resolutionDue) {}
