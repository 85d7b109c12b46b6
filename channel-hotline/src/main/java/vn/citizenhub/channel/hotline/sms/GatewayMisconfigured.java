package vn.citizenhub.channel.hotline.sms;

/**
 * The gateway refuses the hub itself (no URL set, a wrong key): no quick retry helps, but the
 * notice is kept and tried again later, once an operator has fixed the setting.
 */
class GatewayMisconfigured extends Exception {
  GatewayMisconfigured(String message) {
    super(message);
  }
}
