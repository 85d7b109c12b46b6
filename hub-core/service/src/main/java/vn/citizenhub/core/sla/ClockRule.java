package vn.citizenhub.core.sla;

/** A legal clock: how long until the first response and the answer, in which kind of days. */
public record ClockRule(
    String code, DayType dayType, int firstResponseDays, int resolutionDays, int extensionDays) {}
