package org.modelterms.access;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.modelterms.cluster.StartupLock;

/**
 * Keeps the local account in step with configuration. Its password comes from {@code
 * modelterms.auth.local-account.password} when set; otherwise one is generated on the first start
 * and shown once in the log. There is no built-in default password.
 */
@ApplicationScoped
public class LocalAccountEditor {

  private static final Logger LOG = Logger.getLogger(LocalAccountEditor.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject AuthConfig config;

  void onStart(@Observes @Priority(5) StartupEvent event) {
    if (!config.localAccount().enabled()) {
      return;
    }
    ensure(config.localAccount().password().filter(p -> !p.isBlank()))
        .ifPresent(
            generated ->
                LOG.warnf(
                    "%n%n  ModelTerms local account created.%n"
                        + "    username: %s%n    password: %s%n"
                        + "  This password is shown once: keep it now. To choose your own, set"
                        + " MODELTERMS_AUTH_LOCAL_ACCOUNT_PASSWORD.%n",
                    config.localAccount().username(), generated));
  }

  /**
   * Creates the account if it is missing and applies a configured password. Returns the password it
   * generated, if it had to generate one.
   */
  @Transactional
  public Optional<String> ensure(Optional<String> password) {
    StartupLock.acquire(LocalAccountEntity.getEntityManager());
    String username = config.localAccount().username();
    String roles = config.localAccount().roles();
    LocalAccountEntity account = LocalAccountEntity.findById(username);
    if (account == null) {
      account = new LocalAccountEntity();
      account.username = username;
      String chosen = password.orElseGet(LocalAccountEditor::generatePassword);
      account.passwordHash = BcryptUtil.bcryptHash(chosen);
      account.roles = roles;
      account.updatedAt = OffsetDateTime.now();
      account.persist();
      return password.isPresent() ? Optional.empty() : Optional.of(chosen);
    }
    // Configuration is the source of truth for a configured password and for the roles.
    if (password.isPresent() && !BcryptUtil.matches(password.get(), account.passwordHash)) {
      account.passwordHash = BcryptUtil.bcryptHash(password.get());
      account.updatedAt = OffsetDateTime.now();
      LOG.infof("The password of local account %s was set from configuration.", username);
    }
    if (!roles.equals(account.roles)) {
      account.roles = roles;
      account.updatedAt = OffsetDateTime.now();
    }
    return Optional.empty();
  }

  /** 144 random bits, URL-safe, easy to paste. */
  static String generatePassword() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
