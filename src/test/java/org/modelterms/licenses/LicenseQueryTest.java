package org.modelterms.licenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LicenseQueryTest {

  @Test
  void spdxListIsKnownFromTheStart() {
    JsonPath r =
        query(
            """
            query($id: String!) { license(id: $id) { id identifier spdxId name kind osiApproved fsfLibre } }
            """,
            "id",
            "apache-2.0");
    assertThat(r.getString("data.license.identifier")).isEqualTo("Apache-2.0");
    assertThat(r.getBoolean("data.license.osiApproved")).isTrue();
    assertThat(r.getString("data.license.kind")).isEqualTo("PERMISSIVE");
  }
}
