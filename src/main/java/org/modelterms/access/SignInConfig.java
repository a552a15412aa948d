package org.modelterms.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How failed HTTP Basic sign-ins are throttled: {@code modelterms.auth.sign-in.*}. An address is
 * locked out longer than an account, so that one guessing from elsewhere cannot keep the account's
 * owner out for long (docs/operations.md, "Failed sign-ins").
 */
@ConfigMapping(prefix = "modelterms.auth.sign-in")
public interface SignInConfig {

  /** Whether failed sign-ins are throttled at all. */
  @WithDefault("true")
  boolean enabled();

  /** Failures one client address may make within the window before it is locked out. */
  @WithDefault("5")
  int maxFailuresPerAddress();

  /** Failures one account may suffer, from all addresses, before it is locked out. */
  @WithDefault("20")
  int maxFailuresPerAccount();

  /** The first lockout; each further failure doubles it, up to the longest of its kind. */
  @WithDefault("1S")
  Duration firstLockout();

  /** The longest lockout of a client address. */
  @WithDefault("15M")
  Duration addressLockout();

  /** The longest lockout of an account. */
  @WithDefault("1M")
  Duration accountLockout();

  /**
   * How long failures are remembered after the last one, and credentials that signed in are trusted
   * after their last success; longer than the address lockout, so that the back-off keeps growing.
   */
  @WithDefault("1H")
  Duration window();

  /** Addresses, accounts and trusted credentials each remembered at most, the oldest dropped. */
  @WithDefault("10000")
  int tracked();
}
