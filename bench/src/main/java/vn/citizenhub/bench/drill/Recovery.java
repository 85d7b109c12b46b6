package vn.citizenhub.bench.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How long each incident held reports up, read from when every report was posted and when its
 * ticket was made (both wall-clock milliseconds on this machine). A report is held up when its
 * ticket came more than a threshold after its post; each incident owns the reports posted from a
 * little before it (work in flight when it struck) until a little before the next one.
 */
final class Recovery {

  private Recovery() {}

  record Incident(String what, long atMillis) {}

  /**
   * {@code flowingAgainAfter}: from the incident until the last held-up report was posted; new
   * reports posted later went through promptly. {@code drainedAfter}: from the incident until
   * the last held-up report became a ticket. Both 0 when nothing was held up.
   */
  record Effect(Incident incident, int heldUp, long worstMillis, long flowingAgainAfterMillis,
      long drainedAfterMillis) {}

  /** {@code incidents} in the order they happened. */
  static List<Effect> of(List<Incident> incidents, Map<String, Long> postedAt,
      Map<String, Long> ticketAt, long thresholdMillis, long lookbackMillis) {
    List<Effect> effects = new ArrayList<>();
    for (int i = 0; i < incidents.size(); i++) {
      Incident incident = incidents.get(i);
      long from = incident.atMillis() - lookbackMillis;
      long until = i + 1 < incidents.size()
          ? incidents.get(i + 1).atMillis() - lookbackMillis : Long.MAX_VALUE;
      int heldUp = 0;
      long worst = 0;
      long lastPosted = incident.atMillis();
      long lastTicket = incident.atMillis();
      for (Map.Entry<String, Long> report : postedAt.entrySet()) {
        long posted = report.getValue();
        Long made = ticketAt.get(report.getKey());
        if (made == null || posted < from || posted >= until || made - posted <= thresholdMillis) {
          continue;
        }
        heldUp++;
        worst = Math.max(worst, made - posted);
        lastPosted = Math.max(lastPosted, posted);
        lastTicket = Math.max(lastTicket, made);
      }
      effects.add(new Effect(incident, heldUp, worst, lastPosted - incident.atMillis(),
          lastTicket - incident.atMillis()));
    }
    return effects;
  }
}
