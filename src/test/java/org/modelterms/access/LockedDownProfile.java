package org.modelterms.access;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A production-like registry: reads need a principal, no introspection, no UI, own roles claim. */
public class LockedDownProfile implements QuarkusTestProfile {

  static final String ROLES_CLAIM = "modelterms_roles";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "modelterms.auth.reads", "authenticated",
        "modelterms.graphql.introspection", "false",
        "modelterms.graphql.ui", "false",
        "quarkus.oidc.roles.role-claim-path", ROLES_CLAIM,
        "modelterms.dataset.load-at-start", "false");
  }
}
