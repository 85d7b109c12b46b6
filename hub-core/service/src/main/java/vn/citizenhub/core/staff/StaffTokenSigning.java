package vn.citizenhub.core.staff;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;

/** Signs and verifies staff JWTs (HS256) with {@link StaffTokenKey}. */
@Factory
class StaffTokenSigning {

  @Singleton
  @Named("generator")
  SignatureGeneratorConfiguration staffTokenSignature(StaffTokenKey key) {
    SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
    configuration.setSecret(key.secret());
    return new SecretSignature(configuration);
  }
}
