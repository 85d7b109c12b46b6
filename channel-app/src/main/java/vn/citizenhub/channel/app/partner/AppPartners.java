package vn.citizenhub.channel.app.partner;

import java.util.Optional;

/** The registered apps, read by the request signature check and by notice delivery. */
public interface AppPartners {

  /** The app with this id, active or not; empty when no such app was ever registered. */
  Optional<AppPartner> find(String appId);
}
