package vn.citizenhub.channel.app;

import io.micronaut.runtime.Micronaut;

/** The app channel as its own service: the province's apps call its signed partner API. */
public final class AppChannelApplication {
  private AppChannelApplication() {}

  public static void main(String[] args) {
    Micronaut.run(AppChannelApplication.class, args);
  }
}
