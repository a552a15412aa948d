package org.modelterms.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Decides whether a Basic sign-in may reach the password check, and learns from how each check
 * ended. Client addresses and accounts each have a {@link FailureLedger}; credentials that signed
 * in are trusted for the window after their last success, so an editor at work passes any lockout
 * an attacker caused. State is per instance and in memory (docs/operations.md).
 */
@ApplicationScoped
public class SignInThrottle {

  private static final Logger LOG = Logger.getLogger(SignInThrottle.class);

  private final SignInConfig config;
  private final FailureLedger addresses;
  private final FailureLedger accounts;
  private final Map<String, Instant> trusted;

  @Inject
  public SignInThrottle(SignInConfig config) {
    this.config = config;
    this.addresses =
        new FailureLedger(
            config.maxFailuresPerAddress(),
            config.firstLockout(),
            config.addressLockout(),
            config.window(),
            config.tracked());
    this.accounts =
        new FailureLedger(
            config.maxFailuresPerAccount(),
            config.firstLockout(),
            config.accountLockout(),
            config.window(),
            config.tracked());
    int capacity = config.tracked();
    this.trusted =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > capacity;
          }
        };
  }

  /** How long the attempt must wait, if it may not be checked now. */
  public Optional<Duration> lockedFor(SignInAttempt attempt) {
    Instant now = Instant.now();
    if (isTrusted(attempt, now)) {
      return Optional.empty();
    }
    Duration wait = addresses.lockedFor(attempt.address(), now);
    if (!attempt.account().isEmpty()) {
      Duration accountWait = accounts.lockedFor(attempt.account(), now);
      wait = accountWait.compareTo(wait) > 0 ? accountWait : wait;
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  /** The credentials were checked and refused. */
  public void failed(SignInAttempt attempt) {
    Instant now = Instant.now();
    synchronized (trusted) {
      trusted.remove(attempt.credentials());
    }
    addresses
        .fail(attempt.address(), now)
        .ifPresent(lockout -> log("address", attempt.address(), lockout));
    if (!attempt.account().isEmpty()) {
      accounts
          .fail(attempt.account(), now)
          .ifPresent(lockout -> log("account", attempt.account(), lockout));
    }
  }

  /**
   * The credentials were checked and accepted: the account's failures are forgiven (an editor's
   * typos do not add up over the window), the address's are not (someone else's sign-in from a
   * shared address must not forgive an attacker's guesses).
   */
  public void succeeded(SignInAttempt attempt) {
    if (!attempt.account().isEmpty()) {
      accounts.forget(attempt.account());
    }
    synchronized (trusted) {
      trusted.put(attempt.credentials(), Instant.now().plus(config.window()));
    }
  }

  private boolean isTrusted(SignInAttempt attempt, Instant now) {
    synchronized (trusted) {
      Instant until = trusted.get(attempt.credentials());
      return until != null && now.isBefore(until);
    }
  }

  private static void log(String kind, String key, FailureLedger.Lockout lockout) {
    LOG.warnf(
        "Sign-in locked out for %s %s: %d failed attempts, next check in %d s",
        kind, key, lockout.failures(), lockout.length().toSeconds());
  }
}
