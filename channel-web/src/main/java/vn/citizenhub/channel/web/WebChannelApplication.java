package vn.citizenhub.channel.web;

import io.micronaut.runtime.Micronaut;

/** The web channel as its own service: the portal's report form posts here. */
public final class WebChannelApplication {
  private WebChannelApplication() {}

  public static void main(String[] args) {
    Micronaut.run(WebChannelApplication.class, args);
  }
}
