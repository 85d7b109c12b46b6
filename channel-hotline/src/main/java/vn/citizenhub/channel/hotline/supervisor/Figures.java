package vn.citizenhub.channel.hotline.supervisor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The supervisor's figures, per operator and day and for the whole centre per day: calls per
 * staffed hour, the share of genuine calls answered on the spot (first-contact resolution), and
 * the average handling time (from answer to the later of hang-up and recorded outcome). Wrong
 * numbers and nuisance calls are counted but are not part of the share; missed calls count as
 * calls but have no handling time.
 */
public record Figures(LocalDate from, LocalDate to, List<Line> days, List<Line> operators,
    List<Hour> hours) {

  /** One line of figures; {@code operator} is null on the centre's daily lines. */
  public record Line(LocalDate day, String operator, String operatorName, long calls,
      Double callsPerHour,
      long genuine, long answeredOnTheSpot, Double answeredOnTheSpotShare,
      Long averageHandlingSeconds, long missed, long wrongOrNuisance) {}

  /** Calls the centre took in one clock hour (province time). */
  public record Hour(LocalDate day, int hour, long calls) {}

  public static Figures of(LocalDate from, LocalDate to, List<OperatorDay> rows,
      List<Hour> hours) {
    List<Line> operators = new ArrayList<>();
    Map<LocalDate, OperatorDay> byDay = new TreeMap<>();
    for (OperatorDay r : rows) {
      operators.add(line(r));
      byDay.merge(r.day(), r, Figures::sum);
    }
    Map<LocalDate, Long> staffedHours = new TreeMap<>();
    hours.forEach(h -> staffedHours.merge(h.day(), 1L, Long::sum));
    List<Line> days = new ArrayList<>();
    byDay.forEach((day, total) -> days.add(line(new OperatorDay(day, null, null, total.calls(),
        total.genuine(), total.answeredOnTheSpot(), total.missed(), total.wrongOrNuisance(),
        total.timed(), total.handlingSeconds(), staffedHours.getOrDefault(day, 0L)))));
    return new Figures(from, to, days, operators, hours);
  }

  static Line line(OperatorDay r) {
    return new Line(r.day(), r.operator(), r.operatorName(), r.calls(),
        r.hours() == 0 ? null : round((double) r.calls() / r.hours()), r.genuine(),
        r.answeredOnTheSpot(),
        r.genuine() == 0 ? null : round((double) r.answeredOnTheSpot() / r.genuine()),
        r.timed() == 0 ? null : Math.round((double) r.handlingSeconds() / r.timed()),
        r.missed(), r.wrongOrNuisance());
  }

  private static OperatorDay sum(OperatorDay a, OperatorDay b) {
    return new OperatorDay(a.day(), null, null, a.calls() + b.calls(),
        a.genuine() + b.genuine(),
        a.answeredOnTheSpot() + b.answeredOnTheSpot(), a.missed() + b.missed(),
        a.wrongOrNuisance() + b.wrongOrNuisance(), a.timed() + b.timed(),
        a.handlingSeconds() + b.handlingSeconds(), 0);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
