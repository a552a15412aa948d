package org.modelterms.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * A signing key for the suite's bearer tokens: quarkus-oidc is given its public half and checks
 * every token the tests send exactly as it checks a provider's. The key lives in a file so that
 * every class loader of the test run signs with the same one.
 */
public class TestIdentities implements QuarkusTestResourceLifecycleManager {

  public static final String LOCAL_USERNAME = "editor";
  public static final String LOCAL_PASSWORD = "local-test-password-7f3a";

  private static final Path KEY_FILE = Path.of("target", "test-oidc", "signing-key.pk8");

  @Override
  public Map<String, String> start() {
    try {
      PrivateKey key = privateKey();
      RSAPrivateCrtKey rsa = (RSAPrivateCrtKey) key;
      byte[] publicKey =
          KeyFactory.getInstance("RSA")
              .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()))
              .getEncoded();
      return Map.of(
          "modelterms.auth.oidc",
          "true",
          "quarkus.oidc.public-key",
          Base64.getEncoder().encodeToString(publicKey),
          "quarkus.oidc.token.issuer",
          "https://issuer.test.modelterms.org",
          "modelterms.auth.local-account.password",
          LOCAL_PASSWORD);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void stop() {}

  /** A signed access token for a principal with the given roles (in the "groups" claim). */
  public static String token(String subject, String... roles) {
    return Jwt.issuer("https://issuer.test.modelterms.org")
        .subject(subject)
        .upn(subject)
        .groups(Set.of(roles))
        .expiresIn(600)
        .sign(privateKey());
  }

  /** A signed access token whose roles are in a claim of the given name. */
  public static String tokenWithRolesIn(String claim, String subject, String... roles) {
    return Jwt.issuer("https://issuer.test.modelterms.org")
        .subject(subject)
        .upn(subject)
        .claim(claim, java.util.List.of(roles))
        .expiresIn(600)
        .sign(privateKey());
  }

  /** An Authorization header value carrying such a token. */
  public static String bearer(String subject, String... roles) {
    return "Bearer " + token(subject, roles);
  }

  /** The Authorization header of the local account. */
  public static String localBasic(String password) {
    return "Basic "
        + Base64.getEncoder().encodeToString((LOCAL_USERNAME + ":" + password).getBytes());
  }

  static synchronized PrivateKey privateKey() {
    try {
      if (!Files.exists(KEY_FILE)) {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.createDirectories(KEY_FILE.getParent());
        Files.write(KEY_FILE, pair.getPrivate().getEncoded());
      }
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(KEY_FILE)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
