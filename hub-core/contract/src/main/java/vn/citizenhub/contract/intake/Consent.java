package vn.citizenhub.contract.intake;

import java.time.Instant;

/**
 * Explicit consent to the processing of personal data (Decree 13/2023): what text, which version,
 * when. Silence is not consent, so {@code given} must be true for a report to be accepted.
 */
public record Consent(boolean given, String textVersion, Instant givenAt) {}
