package vn.citizenhub.channel.zalo.media;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.channel.zalo.conversation.Photo;
import vn.citizenhub.channel.zalo.outbound.ZaloHttp;
import vn.citizenhub.logging.ErrorText;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * Keeps the citizen's photos: downloaded from Zalo's CDN as soon as the event is processed
 * (how long CDN links live is not documented) into {@code hub.zalo.media-dir}, one file per
 * message and position, so processing an event twice keeps one copy. A photo that cannot be
 * fetched keeps its CDN link rather than being dropped. Each file is listed in {@code zalo_media}
 * with the user who sent it, so that their erasure and the retention purge find it.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class MediaStore {

  private static final Logger LOG = LoggerFactory.getLogger(MediaStore.class);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

  private final OkHttpClient http;
  private final Path root;
  private final long maxBytes;
  private final Clock clock = Clock.systemUTC();
  private final JdbcDatabase database;

  public MediaStore(ZaloHttp http, ZaloSettings settings, JdbcDatabase database) {
    this.http = http.client();
    this.database = database;
    this.root = Path.of(settings.getMediaDir()).toAbsolutePath().normalize();
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
    List<String> files = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT file_path FROM zalo_media WHERE user_id = ?")) {
      s.setString(1, userId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          files.add(rs.getString(1));
        }
      }
    }
    try (PreparedStatement s = c.prepareStatement("DELETE FROM zalo_media WHERE user_id = ?")) {
      s.setString(1, userId);
      s.executeUpdate();
    }
    files.forEach(this::deleteFile);
    return files.size();
  }

  /** Retention: deletes at most {@code limit} photos kept before {@code cutoff}; how many. */
  public int purgeKeptBefore(Instant cutoff, int limit) throws SQLException {
    List<String> files = new ArrayList<>();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT file_path FROM zalo_media WHERE kept_at < ? ORDER BY kept_at LIMIT ?")) {
      s.setObject(1, UtcTime.column(cutoff));
      s.setInt(2, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          files.add(rs.getString(1));
        }
      }
      for (String file : files) {
        deleteFile(file);
        try (PreparedStatement d = c.prepareStatement(
            "DELETE FROM zalo_media WHERE file_path = ?")) {
          d.setString(1, file);
          d.executeUpdate();
        }
      }
    }
    return files.size();
  }

  private void deleteFile(String relative) {
    Path file = root.resolve(relative).normalize();
    try {
      if (file.startsWith(root)) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      LOG.warn("A kept photo could not be deleted; the next purge retries: {}", ErrorText.of(e));
    }
  }

  private void remember(String oaName, String userId, Path file) throws IOException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO zalo_media (file_path, oa_name,"
            + " user_id, kept_at) VALUES (?, ?, ?, ?)")) {
      s.setString(1, root.relativize(file).toString());
      s.setString(2, oaName);
      s.setString(3, userId);
      s.setObject(4, UtcTime.column(clock.instant()));
      s.executeUpdate();
    } catch (SQLIntegrityConstraintViolationException alreadyListed) {
      // The same event processed twice: one file, one row.
    } catch (SQLException e) {
      throw new IOException("photo not listed: " + ErrorText.of(e), e);
    }
  }

  private Photo keepOne(String oaName, String userId, String key, String url) {
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
      Path dir = root.resolve(safe(oaName)).resolve(MONTH.format(clock.instant()));
      Files.createDirectories(dir);
      Path file = dir.resolve(name(key) + extension(type));
      if (!Files.exists(file)) {
        // Listed before it is written: a crash in between leaves a row without a file (which
        // the purge tidies), never a file nobody can find to erase.
        remember(oaName, userId, file);
        Path partial = Files.createTempFile(dir, "download-", ".part");
        try (InputStream in = response.body().byteStream()) {
          copyCapped(in, partial);
          Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(partial);
        }
      }
      return new Photo(file.toUri().toString(), type);
    } catch (IOException | IllegalArgumentException e) {
      LOG.warn("Photo not downloaded from Zalo's CDN ({}); its link is kept instead",
          ErrorText.of(e));
      return new Photo(url, "image/jpeg");
    }
  }

  private void copyCapped(InputStream in, Path to) throws IOException {
    try (var out = Files.newOutputStream(to)) {
      byte[] buffer = new byte[16384];
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new IOException("photo over " + maxBytes + " bytes");
        }
        out.write(buffer, 0, n);
      }
    }
  }

  /** Zalo's ids are digits and letters, but a file name must never come from input as is. */
  private static String name(String key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String safe(String oaName) {
    return oaName.replaceAll("[^A-Za-z0-9_-]", "_");
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
