package vn.citizenhub.channel.zalo;

import io.micronaut.runtime.Micronaut;

/** The Zalo channel as its own service: Zalo posts the OA's events to {@code /zalo/webhook}. */
public final class ZaloChannelApplication {
  private ZaloChannelApplication() {}

  public static void main(String[] args) {
    Micronaut.run(ZaloChannelApplication.class, args);
  }
}
