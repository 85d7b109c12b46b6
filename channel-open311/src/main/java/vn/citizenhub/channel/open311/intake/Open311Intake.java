package vn.citizenhub.channel.open311.intake;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.citizenhub.channel.catalog.Catalog;
import vn.citizenhub.channel.catalog.CatalogCategory;
import vn.citizenhub.channel.handoff.HandoffResult;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.handoff.IntakeHandoff;
import vn.citizenhub.channel.open311.Open311Settings;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.contract.intake.Attachment;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.Consent;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.Location;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.contract.intake.PhoneNumber;

/**
 * Turns a valid posted request into intake and hands it off durably.
 *
 * <p>The citizen is {@code open311:<key id>:<who>}, where who is the client's account id, else
 * its device id, else the e-mail, else the phone, each hashed (the identity keys Kafka records
 * and must not carry contact details), else one-off. A phone given links the citizen to their
 * other channels in hub-core, as on every channel.
 *
 * <p>Retries: a client that sends {@code Idempotency-Key} gets exactly that. Most Open311
 * clients send none, so a request is also known by its fingerprint (key, and every argument but
 * the key) within a ten-minute window: the same post again, within ten to twenty minutes, is the
 * same request and gets the same code. Two citizens never share a fingerprint unless they send
 * the very same words from the same account, device or contact at the same place.
 */
@Singleton
@Requires(property = HandoffSettings.ENABLED, value = "true")
class Open311Intake {

  static final int MAX_IDEMPOTENCY_KEY = 100;
  static final Duration WINDOW = Duration.ofMinutes(10);

  private final IntakeHandoff handoff;
  private final Catalog catalog;
  private final Open311Settings settings;
  private final Clock clock = Clock.systemUTC();

  Open311Intake(IntakeHandoff handoff, Catalog catalog, Open311Settings settings) {
    this.handoff = handoff;
    this.catalog = catalog;
    this.settings = settings;
  }

  /** The report the form describes, consented under the key's terms. */
  NewReport report(RequestForm form) {
    Location location = new Location(form.addressId(), form.latitude(), form.longitude(),
        form.addressString());
    List<Attachment> media = form.mediaUrl() == null ? List.of()
        : List.of(new Attachment(form.mediaUrl(), null));
    return new NewReport(kind(form.serviceCode()), form.serviceCode(), form.description(),
        location, media, new Consent(true, settings.getConsentTextVersion(), clock.instant()));
  }

  HandoffResult submit(long keyId, RequestForm form, NewReport report, PostedParameters p,
      String clientKey) {
    Instant now = clock.instant();
    String fingerprint = sha256(keyId + "\n" + p.canonical());
    String key;
    if (clientKey != null) {
      key = "k" + keyId + ":" + clientKey;
    } else {
      long window = now.getEpochSecond() / WINDOW.toSeconds();
      Optional<HandoffResult> before = handoff.earlier(Channel.OPEN311,
          "f" + keyId + ":" + fingerprint + ":" + (window - 1), fingerprint);
      if (before.isPresent()) {
        return before.get();
      }
      key = "f" + keyId + ":" + fingerprint + ":" + window;
    }
    String envelopeId = UUID.randomUUID().toString();
    CitizenRef citizen = new CitizenRef(Channel.OPEN311.identity(keyId + ":" + who(form,
        envelopeId)), form.name(), form.phone(), form.email());
    return handoff.handOffNewReport(Channel.OPEN311, key, fingerprint,
        code -> IntakeEnvelope.v1(envelopeId, now, Channel.OPEN311, key, citizen, code.value(),
            report));
  }

  private ItemKind kind(String serviceCode) {
    return catalog.categories().orElse(List.of()).stream()
        .filter(c -> c.code().equals(serviceCode)).map(CatalogCategory::kind).findFirst()
        .flatMap(Open311Intake::itemKind).orElse(ItemKind.REPORT);
  }

  private static Optional<ItemKind> itemKind(String name) {
    try {
      return Optional.of(ItemKind.valueOf(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static String who(RequestForm form, String envelopeId) {
    if (form.accountId() != null) {
      return "a-" + sha256(form.accountId()).substring(0, 32);
    }
    if (form.deviceId() != null) {
      return "d-" + sha256(form.deviceId()).substring(0, 32);
    }
    if (form.email() != null) {
      return "e-" + sha256(form.email().toLowerCase(java.util.Locale.ROOT)).substring(0, 32);
    }
    Optional<String> phone = form.phone() == null ? Optional.empty()
        : PhoneNumber.normalize(form.phone());
    return phone.map(p -> "p-" + sha256(p).substring(0, 32)).orElse("anon-" + envelopeId);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
