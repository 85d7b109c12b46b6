package vn.citizenhub.core.staff;

import java.time.Instant;

/** A staff member's account as stored; {@code agencyCode} is set for roles bound to an agency. */
public record StaffAccount(
    long id,
    String username,
    String displayName,
    StaffRole role,
    String agencyCode,
    String passwordHash,
    int failedAttempts,
    Instant lockedUntil,
    boolean active) {

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
