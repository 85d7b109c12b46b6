package vn.citizenhub.core;

import io.micronaut.runtime.Micronaut;

/** hub-core as its own service: intake consumer, outbox relay, public API. */
public final class HubCoreApplication {
  private HubCoreApplication() {}

  public static void main(String[] args) {
    Micronaut.run(HubCoreApplication.class, args);
  }
}
