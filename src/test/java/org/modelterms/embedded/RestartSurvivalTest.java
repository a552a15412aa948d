package org.modelterms.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.modelterms.testing.Fixtures.unique;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Fixtures;
import org.modelterms.testing.PostgresResource;

/** What the API wrote is still there after the embedded database stops and starts again. */
@QuarkusTest
class RestartSurvivalTest {

  @Test
  void registeredModelSurvivesADatabaseRestart() throws InterruptedException {
    EmbeddedDatabase database = PostgresResource.embedded();
    assumeTrue(database != null, "runs against the embedded database only");
    String provider = Fixtures.organization("restart-" + unique());
    String slug = Fixtures.openModel(provider, "survivor-" + unique());

    database.stop();
    database.startServer();
    // A connection used within the last 0.2 s is lent without validation (see application
    // properties); a real restart takes longer than that, this one may not.
    Thread.sleep(300);

    // The pool validates connections idle for a moment before use, so the registry recovers
    // without a restart.
    String read =
        query("query($s: String) { model(slug: $s) { provider { slug } } }", "s", slug)
            .getString("data.model.provider.slug");
    assertThat(read).isEqualTo(provider);
  }
}
