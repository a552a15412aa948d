package org.modelterms.embedded;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The registry's entry point: with no datasource configured it starts the embedded PostgreSQL
 * first, so that a newcomer gets a working registry with one command.
 */
@QuarkusMain
public final class ModelTermsMain {

  public static void main(String... args) {
    EmbeddedDefault.startIfNoDatasource();
    Quarkus.run(args);
  }
}
