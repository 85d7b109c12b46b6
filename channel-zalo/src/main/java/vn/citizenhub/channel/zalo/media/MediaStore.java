package vn.citizenhub.channel.zalo.media;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.attachments.AttachmentStore;
import vn.citizenhub.attachments.AttachmentStoreException;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.channel.zalo.conversation.Photo;
import vn.citizenhub.channel.zalo.outbound.ZaloHttp;
import vn.citizenhub.contract.intake.Attachment;
import vn.citizenhub.logging.ErrorText;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * Keeps the citizen's photos: downloaded from Zalo's CDN as soon as the event is processed
 * (how long CDN links live is not documented) into the hub's attachment store, one file per
 * message and position, so processing an event twice keeps one copy; the intake then carries
 * {@code store:<key>} and hub-core shows the photo on the ticket page. A photo that cannot be
 * fetched or stored keeps its CDN link rather than being dropped. Each photo is listed in
 * {@code zalo_media} with the user who sent it, so that their erasure and the retention purge
 * find it. Rows from before the attachment store name a file in {@code hub.zalo.media-dir}
 * instead; those files are deleted from there.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class MediaStore {

  private static final Logger LOG = LoggerFactory.getLogger(MediaStore.class);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

  private final OkHttpClient http;
  private final AttachmentStore store;
  private final LegacyMediaFolder legacy;
  private final long maxBytes;
  private final Clock clock = Clock.systemUTC();
  private final JdbcDatabase database;

  public MediaStore(ZaloHttp http, ZaloSettings settings, JdbcDatabase database,
      AttachmentStore store) {
    this.http = http.client();
    this.database = database;
    this.store = store;
    this.legacy = new LegacyMediaFolder(settings.getMediaDir());
    this.maxBytes = settings.getMaxMediaBytes();
  }

  public List<Photo> keep(String oaName, String userId, String msgId, List<String> urls) {
    List<Photo> kept = new ArrayList<>();
    for (int i = 0; i < urls.size(); i++) {
      kept.add(keepOne(oaName, userId, msgId + "-" + i, urls.get(i)));
    }
    return kept;
  }

  /** Erasure of a Zalo user: deletes their photos, on the erasure's transaction; how many. */
  public int forget(Connection c, String userId) throws SQLException {
    List<String> kept = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT file_path FROM zalo_media WHERE user_id = ?")) {
      s.setString(1, userId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          kept.add(rs.getString(1));
        }
      }
    }
    try (PreparedStatement s = c.prepareStatement("DELETE FROM zalo_media WHERE user_id = ?")) {
      s.setString(1, userId);
      s.executeUpdate();
    }
    kept.forEach(this::delete);
    return kept.size();
  }

  /** Retention: deletes at most {@code limit} photos kept before {@code cutoff}; how many. */
  public int purgeKeptBefore(Instant cutoff, int limit) throws SQLException {
    List<String> kept = new ArrayList<>();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT file_path FROM zalo_media WHERE kept_at < ? ORDER BY kept_at LIMIT ?")) {
      s.setObject(1, UtcTime.column(cutoff));
      s.setInt(2, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          kept.add(rs.getString(1));
        }
      }
      for (String photo : kept) {
        if (!delete(photo)) {
          continue; // the row stays: the next purge tries again
        }
        try (PreparedStatement d = c.prepareStatement(
            "DELETE FROM zalo_media WHERE file_path = ?")) {
          d.setString(1, photo);
          d.executeUpdate();
        }
      }
    }
    return kept.size();
  }

  /** Deletes a listed photo from wherever it is kept; false when it could not be. */
  private boolean delete(String listed) {
    if (!listed.startsWith(Attachment.STORE_SCHEME)) {
      return legacy.delete(listed);
    }
    try {
      store.delete(listed.substring(Attachment.STORE_SCHEME.length()));
      return true;
    } catch (AttachmentStoreException | IllegalArgumentException e) {
      LOG.warn("A kept photo could not be deleted; the next purge retries: {}", ErrorText.of(e));
      return false;
    }
  }

  private void remember(String oaName, String userId, String listed) throws IOException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO zalo_media (file_path, oa_name,"
            + " user_id, kept_at) VALUES (?, ?, ?, ?)")) {
      s.setString(1, listed);
      s.setString(2, oaName);
      s.setString(3, userId);
      s.setObject(4, UtcTime.column(clock.instant()));
      s.executeUpdate();
    } catch (SQLIntegrityConstraintViolationException alreadyListed) {
      // The same event processed twice: one photo, one row.
    } catch (SQLException e) {
      throw new IOException("photo not listed: " + ErrorText.of(e), e);
    }
  }

  private Photo keepOne(String oaName, String userId, String name, String url) {
    Request request = new Request.Builder().url(url).get().build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("CDN answered " + response.code());
      }
      String type = response.header("Content-Type", "image/jpeg").split(";")[0].strip()
          .toLowerCase(Locale.ROOT);
      if (!type.startsWith("image/")) {
        throw new IOException("not an image: " + type);
      }
      String key = "zalo/" + safe(oaName) + "/" + MONTH.format(clock.instant()) + "/"
          + name(name) + extension(type);
      // Listed before it is stored: a crash in between leaves a row without a photo (which
      // the purge tidies), never a photo nobody can find to erase.
      remember(oaName, userId, Attachment.STORE_SCHEME + key);
      byte[] bytes;
      try (InputStream in = response.body().byteStream()) {
        bytes = capped(in);
      }
      if (!store.exists(key)) {
        store.put(key, bytes, type);
      }
      return new Photo(Attachment.STORE_SCHEME + key, type, (long) bytes.length);
    } catch (IOException | AttachmentStoreException | IllegalArgumentException e) {
      LOG.warn("Photo not kept from Zalo's CDN ({}); its link is kept instead",
          ErrorText.of(e));
      return new Photo(url, "image/jpeg");
    }
  }

  private byte[] capped(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      if (total > maxBytes) {
        throw new IOException("photo over " + maxBytes + " bytes");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Zalo's ids are digits and letters, but a key must never come from input as is. */
  private static String name(String key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String safe(String oaName) {
    String safe = oaName.replaceAll("[^A-Za-z0-9_-]", "_");
    return safe.isEmpty() || !Character.isLetterOrDigit(safe.charAt(0)) ? "oa" + safe : safe;
  }

  private static String extension(String type) {
    return switch (type) {
      case "image/png" -> ".png";
      case "image/gif" -> ".gif";
      case "image/webp" -> ".webp";
      default -> ".jpg";
    };
  }
}
