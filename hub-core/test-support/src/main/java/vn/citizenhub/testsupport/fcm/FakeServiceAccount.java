package vn.citizenhub.testsupport.fcm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.UUID;
import vn.citizenhub.contract.ContractJson;

/**
 * A throwaway Google service account, as the Firebase console's "Generate new private key" gives
 * it (a JSON key file), with an RSA key pair made for the test and its {@code token_uri}
 * pointing at a local fake token endpoint. The fake checks assertions against {@link
 * #publicKey()}.
 */
public final class FakeServiceAccount {

  private final String projectId;
  private final String clientEmail;
  private final String privateKeyId = UUID.randomUUID().toString().replace("-", "");
  private final KeyPair keys;
  private final Path file;

  public FakeServiceAccount(String projectId, String tokenUri) {
    this.projectId = projectId;
    this.clientEmail = "hub-push@" + projectId + ".iam.gserviceaccount.com";
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      this.keys = generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("RSA is part of every JDK", e);
    }
    ObjectNode json = ContractJson.mapper().createObjectNode();
    json.put("type", "service_account");
    json.put("project_id", projectId);
    json.put("private_key_id", privateKeyId);
    json.put("private_key", pem(keys.getPrivate().getEncoded()));
    json.put("client_email", clientEmail);
    json.put("client_id", "1" + Math.abs(UUID.randomUUID().getLeastSignificantBits()));
    json.put("auth_uri", "https://accounts.google.com/o/oauth2/auth");
    json.put("token_uri", tokenUri);
    json.put("universe_domain", "googleapis.com");
    try {
      this.file = Files.createTempFile("fcm-service-account-", ".json");
      file.toFile().deleteOnExit();
      Files.writeString(file, json.toPrettyString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String pem(byte[] pkcs8) {
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(pkcs8)
        + "\n-----END PRIVATE KEY-----\n";
  }

  public String projectId() {
    return projectId;
  }

  public String clientEmail() {
    return clientEmail;
  }

  public String privateKeyId() {
    return privateKeyId;
  }

  public RSAPublicKey publicKey() {
    return (RSAPublicKey) keys.getPublic();
  }

  /** The JSON key file, for {@code hub.app.push.service-account-file}. */
  public Path file() {
    return file;
  }
}
