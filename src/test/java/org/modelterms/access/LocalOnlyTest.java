package org.modelterms.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.GraphQLClient;
import org.modelterms.testing.TestIdentities;

/** The embedded default: no identity provider, only the local account. */
@QuarkusTest
@TestProfile(LocalAccountProfile.class)
class LocalOnlyTest {

  private static final String REGISTER =
      "mutation($in: OrganizationRegisterInput!) { organizationRegister(input: $in) {"
          + " organization { slug } } }";

  @Test
  void theRegistryStartsWithoutAProviderAndOnlyTheLocalAccountWrites() {
    JsonPath bearer =
        GraphQLClient.rawAs(
            TestIdentities.bearer("olga", "admin"),
            REGISTER,
            "in",
            Map.of("slug", "bearer-ignored", "name", "Bearer", "country", "FR"));
    assertThat(bearer.getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
    JsonPath local =
        GraphQLClient.rawAs(
            TestIdentities.localBasic(TestIdentities.LOCAL_PASSWORD),
            REGISTER,
            "in",
            Map.of("slug", "local-only", "name", "Local", "country", "FR"));
    assertThat(local.getString("data.organizationRegister.organization.slug"))
        .as(local.prettify())
        .isEqualTo("local-only");
  }
}
