package org.modelterms.embedded;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.modelterms.boms.cli.CheckBomCommand;
import org.modelterms.imports.cli.ImportCommand;

/**
 * The registry's entry point: with no datasource configured it starts the embedded PostgreSQL
 * first, so that a newcomer gets a working registry with one command.
 */
@QuarkusMain
public final class ModelTermsMain {

  public static void main(String... args) {
    if (args.length > 0 && (args[0].equals("import") || args[0].equals("reload-dataset"))) {
      // A client of a running registry: no database, no server of its own.
      System.exit(new ImportCommand(System.out).run(args));
    }
    if (args.length > 0 && args[0].equals("check-bom")) {
      System.exit(new CheckBomCommand(System.out, System.err, System.getenv()).run(args));
    }
    EmbeddedDefault.startIfNoDatasource();
    Quarkus.run(args);
  }
}
