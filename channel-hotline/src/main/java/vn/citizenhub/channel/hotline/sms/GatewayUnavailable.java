package vn.citizenhub.channel.hotline.sms;

import java.io.IOException;

/** The gateway could not take the message now (down, overloaded, rate-limited): try again. */
class GatewayUnavailable extends IOException {
  GatewayUnavailable(String message) {
    super(message);
  }
}
