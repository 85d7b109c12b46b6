package vn.citizenhub.bench;

import java.net.URI;

/**
 * Posts an {@link EventSource}'s signed events on a fixed schedule over keep-alive connections,
 * as {@link ReportFlood} posts reports: each event's clock starts when it was due, and every
 * answer is counted by kind with its time ("kept", 503, other, none), under the event's number.
 */
final class EventFlood {

  private final URI base;
  private final int connections;
  private final EventSource source;
  private final AnswerTally answers = new AnswerTally();

  EventFlood(String baseUrl, int connections, EventSource source) {
    this.base = URI.create(baseUrl);
    this.connections = connections;
    this.source = source;
  }

  AnswerTally answers() {
    return answers;
  }

  /** Posts {@code rate} events a second for {@code seconds}; returns how many were due. */
  int run(int rate, int seconds) throws InterruptedException {
    return PacedSender.run(base, connections, rate, seconds, "event-flood", this::post);
  }

  private void post(KeepAliveConnection connection, int i, long due) {
    byte[] body = source.body(i);
    String headers = source.headers(i, body);
    long sent = System.nanoTime();
    try {
      KeepAliveConnection.Response response = connection.post(source.path(), body, headers);
      long now = System.nanoTime();
      AnswerTally.Kind kind = source.accepted(response.status()) ? AnswerTally.Kind.RECEIVED
          : response.status() == 503 ? AnswerTally.Kind.REFUSED_503 : AnswerTally.Kind.OTHER;
      answers.record(i, kind, due, sent, now, source.key(i));
    } catch (Exception e) {
      answers.record(i, AnswerTally.Kind.NO_ANSWER, due, sent, System.nanoTime(), null);
      connection.close();
    }
  }
}
