package vn.citizenhub.core.figures;

import java.math.BigDecimal;

/**
 * One month's counts for one scope, as kept in {@code public_figure_month}. The rates are worked
 * out from them when shown ({@link MonthFigures}), so that a rate is never stored apart from what
 * it divides.
 */
public record MonthCounts(long received, long resolved, long resolvedOnTime,
    BigDecimal medianDaysToResolve, long ticketsRated, long ratings, long ratingsSatisfied,
    long reopened, long openBacklog, long overdueBacklog) {

  public static final MonthCounts NONE = new MonthCounts(0, 0, 0, null, 0, 0, 0, 0, 0, 0);
}
