package vn.citizenhub.channel.hotline;

import io.micronaut.runtime.Micronaut;

/**
 * The 1022 hotline channel as its own service: the operators' console, the phone system's call
 * events, the call log and SMS to callers.
 */
public final class HotlineChannelApplication {
  private HotlineChannelApplication() {}

  public static void main(String[] args) {
    Micronaut.run(HotlineChannelApplication.class, args);
  }
}
