package org.modelterms.embedded;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.modelterms.testing.Fixtures.unique;
import static org.modelterms.testing.GraphQLClient.query;
import static org.modelterms.testing.GraphQLClient.raw;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Fixtures;
import org.modelterms.testing.PostgresResource;

/**
 * While the database is away, requests fail fast with DATABASE_UNAVAILABLE and readiness is down;
 * when it is back, the registry recovers by itself and every committed write is there.
 */
@QuarkusTest
class DatabaseOutageTest {

  @Test
  void failsFastWhileTheDatabaseIsAwayAndRecoversByItself() {
    EmbeddedDatabase database = PostgresResource.embedded();
    assumeTrue(database != null, "runs against the embedded database only");
    String provider = Fixtures.organization("outage-" + unique());
    String slug = Fixtures.openModel(provider, "committed-" + unique());

    database.stop();
    try {
      long started = System.nanoTime();
      JsonPath r = raw("query($s: String) { model(slug: $s) { name } }", "s", slug);
      long millis = (System.nanoTime() - started) / 1_000_000;
      assertThat(r.getString("errors[0].extensions.code")).isEqualTo("DATABASE_UNAVAILABLE");
      assertThat(r.getString("errors[0].message")).contains("database is unavailable");
      assertThat(millis).as("answer time in ms").isLessThan(10_000);
      given().when().get("/q/health/ready").then().statusCode(503);
    } finally {
      database.startServer();
    }

    given().when().get("/q/health/ready").then().statusCode(200);
    assertThat(
            query("query($s: String) { model(slug: $s) { provider { slug } } }", "s", slug)
                .getString("data.model.provider.slug"))
        .isEqualTo(provider);
  }
}
