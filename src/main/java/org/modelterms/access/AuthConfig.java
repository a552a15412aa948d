package org.modelterms.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Who may sign in and read: {@code modelterms.auth.*}. */
@ConfigMapping(prefix = "modelterms.auth")
public interface AuthConfig {

  /**
   * Whether reads need a principal: {@code permit} (public) or {@code authenticated}, for a
   * registry that must not be read anonymously. Applied by {@link ReadsPolicy} over HTTP and by the
   * WebSocket door to each operation.
   */
  @WithDefault("permit")
  String reads();

  /**
   * Whether OIDC bearer tokens are accepted; off by default because quarkus-oidc refuses to start
   * without a provider. Production turns it on with the provider's {@code quarkus.oidc.*}.
   */
  @WithDefault("false")
  boolean oidc();

  /** The one account that signs in with HTTP Basic where there is no identity provider. */
  LocalAccount localAccount();

  /** {@code modelterms.auth.local-account.*}. */
  interface LocalAccount {

    /** Whether the account exists; production beside an OIDC provider turns it off. */
    @WithDefault("true")
    boolean enabled();

    /** Its name, should {@code editor} clash with a name of the identity provider. */
    @WithDefault("editor")
    String username();

    /**
     * Its password, set to choose it (it then replaces the stored one at every start); unset, the
     * first start generates one and shows it once in the log.
     */
    Optional<String> password();

    /** Its roles, comma-separated; {@code editor} alone keeps imports to OIDC administrators. */
    @WithDefault("editor,admin")
    String roles();
  }
}
