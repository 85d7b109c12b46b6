package vn.citizenhub.channel.app.devices;

import java.time.Instant;

/** One registered app install of one app user: where a push for them goes. */
public record Device(long id, String fcmToken, Platform platform, Instant lastSeenAt) {}
