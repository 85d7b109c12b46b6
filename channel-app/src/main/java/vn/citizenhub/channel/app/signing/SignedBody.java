package vn.citizenhub.channel.app.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The exact bytes of a request body, read once as they arrived and hashed on the way: small ones
 * in memory, larger ones (photos) in a temporary file, deleted by {@link #close()}. The signature
 * filter leaves it as request attribute {@link #ATTRIBUTE}, so a controller reads the same bytes
 * that were signed.
 */
public final class SignedBody implements AutoCloseable {

  /** The request attribute under which the signature filter leaves the body it checked. */
  public static final String ATTRIBUTE = "hub.app.signed-body";

  private final byte[] inMemory;
  private final Path file;
  private final long length;
  private final String sha256Hex;

  private SignedBody(byte[] inMemory, Path file, long length, String sha256Hex) {
    this.inMemory = inMemory;
    this.file = file;
    this.length = length;
    this.sha256Hex = sha256Hex;
  }

  /** Thrown when the body is longer than allowed; nothing was kept. */
  public static final class TooLarge extends Exception {
    TooLarge() {
      super("body too large");
    }
  }

  /** Reads {@code in} to its end, at most {@code max} bytes. */
  public static SignedBody read(InputStream in, long max, int inMemoryMax)
      throws IOException, TooLarge {
    MessageDigest digest = RequestSignature.sha256();
    ByteArrayOutputStream memory = new ByteArrayOutputStream();
    Path file = null;
    OutputStream out = memory;
    long length = 0;
    byte[] chunk = new byte[16384];
    try {
      for (int n; (n = in.read(chunk)) != -1; ) {
        length += n;
        if (length > max) {
          throw new TooLarge();
        }
        digest.update(chunk, 0, n);
        if (file == null && length > inMemoryMax) {
          file = Files.createTempFile("hub-app-body", ".bin");
          out = Files.newOutputStream(file);
          memory.writeTo(out);
          memory = null;
        }
        out.write(chunk, 0, n);
      }
      if (file != null) {
        out.close();
      }
    } catch (IOException | TooLarge | RuntimeException e) {
      if (file != null) {
        out.close();
        Files.deleteIfExists(file);
      }
      throw e;
    }
    String hash = HexFormat.of().formatHex(digest.digest());
    return new SignedBody(file == null ? memory.toByteArray() : null, file, length, hash);
  }

  public static SignedBody empty() {
    return new SignedBody(new byte[0], null, 0, RequestSignature.EMPTY_BODY_SHA256);
  }

  public long length() {
    return length;
  }

  public String sha256Hex() {
    return sha256Hex;
  }

  /** The bytes from the start; the caller closes the stream. */
  public InputStream open() {
    try {
      return file == null ? new ByteArrayInputStream(inMemory) : Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes as text, for a JSON body (which is always small). */
  public String utf8() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A temporary file the system cleans up in the end.
      }
    }
  }
}
