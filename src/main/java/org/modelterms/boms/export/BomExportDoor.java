package org.modelterms.boms.export;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.modelterms.boms.export.api.BomExport;
import org.modelterms.boms.http.HttpAnswers;
import org.modelterms.policies.UseCategory;
import org.modelterms.ratelimit.RateLimits;
import org.modelterms.shared.errors.InternalFaultException;
import org.modelterms.shared.guard.DatabaseGuard;

/**
 * {@code GET /api/bom/export?models=a,b&format=cyclonedx-json}: the document {@code modelsBom}
 * writes, as a download for pipelines that fetch a file rather than speak GraphQL. Who may read is
 * decided by the HTTP permission for {@code /api/*} (the reads policy); each request spends the
 * caller's rate limit as a compliance report of as many models would.
 */
@ApplicationScoped
public class BomExportDoor {

  static final String PATH = "/api/bom/export";

  @Inject ModelExportQueries exports;
  @Inject RateLimits limits;

  void register(@Observes Router router) {
    router.get(PATH).blockingHandler(this::export, false);
  }

  private void export(RoutingContext ctx) {
    List<String> models =
        ctx.queryParam("models").stream()
            .flatMap(value -> Arrays.stream(value.split(",")))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    String formatParameter = ctx.request().getParam("format", "cyclonedx-json");
    Optional<BomExportFormat> format = BomExportFormat.ofParameter(formatParameter);
    if (format.isEmpty()) {
      fail(
          ctx,
          400,
          "INVALID_ARGUMENT",
          "`format` must be cyclonedx-json, cyclonedx-xml or spdx-json, not \""
              + formatParameter
              + "\".");
      return;
    }
    if (models.isEmpty()) {
      fail(ctx, 400, "INVALID_ARGUMENT", "Name the models: `models=slug-or-hf-id,…`.");
      return;
    }
    if (models.size() > BomExportGraphQL.MAX_MODELS) {
      fail(
          ctx,
          400,
          "INVALID_ARGUMENT",
          "At most " + BomExportGraphQL.MAX_MODELS + " models per bill of materials.");
      return;
    }
    if (!spend(ctx, 1L + (long) models.size() * UseCategory.values().length)) {
      return;
    }
    BomExport bom;
    ManagedContext request = Arc.container().requestContext();
    boolean activated = !request.isActive();
    if (activated) {
      request.activate(); // the replica routing and Hibernate's session are request-scoped
    }
    try {
      bom = exports.bom(models, format.get());
    } catch (RuntimeException e) {
      if (DatabaseGuard.isConnectionFailure(e)) {
        fail(ctx, 503, "DATABASE_UNAVAILABLE", "The database cannot be reached; retry shortly.");
      } else {
        fail(ctx, 500, "INTERNAL_ERROR", InternalFaultException.logged(e).getMessage());
      }
      return;
    } finally {
      if (activated) {
        request.terminate();
      }
    }
    if (!bom.unknownModels().isEmpty()) {
      fail(
          ctx,
          404,
          "NOT_FOUND",
          "No model in the registry is named " + String.join(", ", bom.unknownModels()) + ".");
      return;
    }
    ctx.response()
        .putHeader(HttpHeaders.CONTENT_TYPE, bom.mediaType() + "; charset=utf-8")
        .putHeader("Content-Disposition", "attachment; filename=\"" + bom.fileName() + "\"")
        .end(bom.content());
  }

  private boolean spend(RoutingContext ctx, long cost) {
    return HttpAnswers.spend(limits, ctx, cost);
  }

  private static void fail(RoutingContext ctx, int status, String code, String message) {
    HttpAnswers.fail(ctx, status, code, message);
  }
}
