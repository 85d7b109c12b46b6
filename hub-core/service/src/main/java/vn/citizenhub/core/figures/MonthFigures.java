package vn.citizenhub.core.figures;

import java.math.BigDecimal;

/**
 * One month's figures for one scope as the public API answers them: the counts and the rates
 * worked out from them. A rate with nothing to divide is null, never NaN.
 */
public record MonthFigures(String month, long received, long resolved, long resolvedOnTime,
    Double onTimeRate, BigDecimal medianWorkingDaysToResolve, long ticketsRated, Double ratedShare,
    long ratings, long ratingsSatisfied, Double satisfaction, long reopened, Double reopenRate,
    long openBacklog, long overdueBacklog) {

  static MonthFigures of(String month, MonthCounts c) {
    return new MonthFigures(month, c.received(), c.resolved(), c.resolvedOnTime(),
        share(c.resolvedOnTime(), c.resolved()), c.medianDaysToResolve(), c.ticketsRated(),
        share(c.ticketsRated(), c.resolved()), c.ratings(), c.ratingsSatisfied(),
        share(c.ratingsSatisfied(), c.ratings()), c.reopened(), share(c.reopened(), c.resolved()),
        c.openBacklog(), c.overdueBacklog());
  }

  /** A share rounded to four decimals (0.1234 is 12.34 %), or null when the whole is nothing. */
  static Double share(long part, long whole) {
    return whole == 0 ? null : Math.round(10_000.0 * part / whole) / 10_000.0;
  }

  /** The value of a measure by its API name; null when the measure has none this month. */
  Number measure(String name) {
    return switch (name) {
      case "received" -> received;
      case "resolved" -> resolved;
      case "resolvedOnTime" -> resolvedOnTime;
      case "onTimeRate" -> onTimeRate;
      case "medianWorkingDaysToResolve" -> medianWorkingDaysToResolve;
      case "ticketsRated" -> ticketsRated;
      case "ratedShare" -> ratedShare;
      case "satisfaction" -> satisfaction;
      case "reopened" -> reopened;
      case "reopenRate" -> reopenRate;
      case "openBacklog" -> openBacklog;
      case "overdueBacklog" -> overdueBacklog;
      default -> throw new IllegalArgumentException("No measure " + name);
    };
  }
}
