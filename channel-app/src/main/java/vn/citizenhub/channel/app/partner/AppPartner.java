package vn.citizenhub.channel.app.partner;

import java.net.URI;
import java.util.Optional;

/**
 * One app registered by an administrator: its id ({@code X-App-Id}), its name, the secret its
 * requests are signed with (and its callbacks are signed with), and where it wants notices
 * delivered when it has no push (a callback URL it registered; empty for none).
 */
public record AppPartner(
    String appId, String name, byte[] secret, Optional<URI> callbackUrl, boolean active) {}
