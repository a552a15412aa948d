package org.modelterms.licenses;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Serves {@link OrtLicenseClassifications} for ORT to download. */
@ApplicationScoped
public class OrtClassificationsRoute {

  public static final String PATH = "/api/ort/license-classifications.yml";

  @Inject OrtLicenseClassifications classifications;

  void register(@Observes Router router) {
    router
        .get(PATH)
        // Reads the database: off the event loop; requests need not wait for one another.
        .blockingHandler(
            ctx ->
                ctx.response()
                    .putHeader("Content-Type", "application/yaml; charset=utf-8")
                    .end(classifications.yaml()),
            false);
  }
}
