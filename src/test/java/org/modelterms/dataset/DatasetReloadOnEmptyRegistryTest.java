package org.modelterms.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** On a registry that never loaded the dataset, a reload loads all of it. */
@QuarkusTest
@TestProfile(DatasetReloadOnEmptyRegistryTest.WithoutDataset.class)
class DatasetReloadOnEmptyRegistryTest {

  public static class WithoutDataset implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      // Loading the whole dataset in one request can outlast the default 30 s read timeout on a
      // machine busy with other builds; this test is about what gets loaded, not how fast.
      return Map.of(
          "modelterms.dataset.load-at-start", "false", "quarkus.http.test-timeout", "300s");
    }
  }

  @Test
  void aReloadLoadsTheWholeDataset() {
    assertThat(query("{ models(first: 1) { totalCount } }").getInt("data.models.totalCount"))
        .isZero();
    JsonPath r = query("mutation { datasetReload { fromVersion toVersion added } }");
    assertThat(r.getList("errors")).isNull();
    assertThat(r.getString("data.datasetReload.fromVersion")).isNull();
    assertThat(r.getString("data.datasetReload.toVersion"))
        .isEqualTo(DatasetFiles.bundledManifest().version());
    assertThat(query("{ models(first: 1) { totalCount } }").getInt("data.models.totalCount"))
        .isPositive();
  }
}
