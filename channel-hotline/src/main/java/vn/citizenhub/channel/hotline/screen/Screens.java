package vn.citizenhub.channel.hotline.screen;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * The operators' screens connected to this replica, by username: an operator may have the
 * console open in two tabs, and both pop up. Held in memory; which replica's screen gets a call
 * is decided by {@link ScreenPopRelay}, which every replica runs over the shared event table.
 */
@Singleton
public class Screens {

  private final Map<String, Set<FluxSink<ScreenPop>>> byOperator = new ConcurrentHashMap<>();

  /** The pop-ups for this operator from now on, until the screen disconnects. */
  public Flux<ScreenPop> connect(String operator) {
    return Flux.create(sink -> {
      byOperator.computeIfAbsent(operator, o -> new CopyOnWriteArraySet<>()).add(sink);
      sink.onDispose(() -> byOperator.computeIfPresent(operator, (o, sinks) -> {
        sinks.remove(sink);
        return sinks.isEmpty() ? null : sinks;
      }));
    }, FluxSink.OverflowStrategy.BUFFER);
  }

  /** Shows the pop-up on every screen the operator has open here; false if none. */
  public boolean show(String operator, ScreenPop pop) {
    Set<FluxSink<ScreenPop>> sinks = byOperator.get(operator);
    if (sinks == null) {
      return false;
    }
    sinks.forEach(sink -> sink.next(pop));
    return true;
  }

  public boolean anyConnected() {
    return !byOperator.isEmpty();
  }

  public int connected() {
    return byOperator.values().stream().mapToInt(Set::size).sum();
  }
}
