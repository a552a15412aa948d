package org.modelterms.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The served schema is the committed contract, {@code schema.graphql}. After an intended change,
 * run the build with {@code -Dmodelterms.schema.update=true} to rewrite the file, and review it.
 */
@QuarkusTest
class SchemaContractTest {

  private static final Path COMMITTED = Path.of("schema.graphql");

  @Test
  void servedSchemaIsTheCommittedOne() throws IOException {
    String served =
        given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
    if (Boolean.getBoolean("modelterms.schema.update")) {
      Files.writeString(COMMITTED, served);
    }
    assertThat(COMMITTED).exists();
    String committed = Files.readString(COMMITTED);
    assertThat(served)
        .as(
            "The served schema differs from schema.graphql. If the change is intended, run"
                + " ./mvnw verify -Dmodelterms.schema.update=true and commit schema.graphql.")
        .isEqualTo(committed);
  }
}
