package vn.citizenhub.channel.open311;

import io.micronaut.runtime.Micronaut;

/** The Open311 channel as its own service: GeoReport v2 clients post and poll requests. */
public final class Open311ChannelApplication {
  private Open311ChannelApplication() {}

  public static void main(String[] args) {
    Micronaut.run(Open311ChannelApplication.class, args);
  }
}
