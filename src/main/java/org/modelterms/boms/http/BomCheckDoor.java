package org.modelterms.boms.http;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.modelterms.boms.api.BomCheck;
import org.modelterms.boms.check.BomCheckQueries;
import org.modelterms.boms.http.BomCheckMedia.Answer;
import org.modelterms.boms.read.BomFormat;
import org.modelterms.boms.read.BomLimits;
import org.modelterms.boms.read.BomReader;
import org.modelterms.boms.read.BomRefusedException;
import org.modelterms.boms.read.BomTooLargeException;
import org.modelterms.boms.read.BomTooManyComponentsException;
import org.modelterms.boms.read.CycloneDxJsonModels;
import org.modelterms.boms.read.ParsedBom;
import org.modelterms.ratelimit.RateLimits;
import org.modelterms.shared.errors.InternalFaultException;
import org.modelterms.shared.errors.InvalidArgumentException;
import org.modelterms.shared.guard.DatabaseGuard;

/**
 * {@code POST /api/bom/check}: {@code bomCheck} for pipelines, which send a file and read JSON,
 * CSV, SARIF or the document enriched (docs/bom.md, "Checking in a pipeline"). Who may read is the
 * HTTP permission for {@code /api/*}; the rate limit is spent as a compliance report of as many
 * models and uses would, once the document is read and its size known.
 */
@ApplicationScoped
public class BomCheckDoor {

  static final String PATH = "/api/bom/check";

  @Inject BomReader reader;
  @Inject BomCheckQueries checks;
  @Inject RateLimits limits;

  @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown")
  String version;

  void register(@Observes Router router) {
    router
        .post(PATH)
        .handler(BodyHandler.create(false).setBodyLimit(BomLimits.MAX_BYTES))
        .blockingHandler(this::check, false)
        .failureHandler(this::bodyRefused);
  }

  /** The body handler refuses a body over the limit before it is read whole. */
  private void bodyRefused(RoutingContext ctx) {
    if (ctx.response().ended()) {
      return;
    }
    if (ctx.statusCode() == 413) {
      HttpAnswers.fail(
          ctx,
          413,
          BomTooLargeException.CODE,
          "The document is larger than the check reads: up to " + BomLimits.MAX_BYTES + " bytes.");
    } else {
      ctx.next();
    }
  }

  private void check(RoutingContext ctx) {
    String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
    if (!BomCheckMedia.isDocument(contentType)) {
      HttpAnswers.fail(
          ctx,
          415,
          "BOM_FORMAT_UNKNOWN",
          "A "
              + contentType
              + " body is no document the check reads; send application/vnd.cyclonedx+json,"
              + " application/vnd.cyclonedx+xml, application/spdx+json, text/markdown (a model"
              + " card), text/plain (Hugging Face ids) or application/json.");
      return;
    }
    Optional<Answer> answer = BomCheckMedia.answerFor(ctx.request().getHeader(HttpHeaders.ACCEPT));
    if (answer.isEmpty()) {
      HttpAnswers.fail(
          ctx,
          406,
          "INVALID_ARGUMENT",
          "The check answers application/json, text/csv, application/sarif+json or (for a"
              + " CycloneDX JSON document) application/vnd.cyclonedx+json.");
      return;
    }
    try {
      BomCheckQuestion question = BomCheckQuestion.of(ctx);
      byte[] document = ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
      BomFormat format =
          question.format() != null ? question.format() : BomCheckMedia.formatOf(contentType);
      ParsedBom bom = reader.read(document, format, question.cardModelId());
      if (answer.get() == Answer.ENRICHED_CYCLONEDX && bom.format() != BomFormat.CYCLONEDX_JSON) {
        HttpAnswers.fail(
            ctx,
            406,
            "INVALID_ARGUMENT",
            "Only a CycloneDX JSON document comes back enriched; this one is "
                + bom.format()
                + ".");
        return;
      }
      long models = bom.components().size();
      if (!HttpAnswers.spend(limits, ctx, 1L + models * question.uses().size())) {
        return;
      }
      BomCheck check = checked(bom, question);
      answer(ctx, answer.get(), check, question, document);
    } catch (InvalidArgumentException e) {
      HttpAnswers.fail(ctx, 400, "INVALID_ARGUMENT", e.getMessage());
    } catch (BomRefusedException e) {
      HttpAnswers.fail(ctx, status(e), e.code(), e.getMessage());
    } catch (RuntimeException e) {
      if (DatabaseGuard.isConnectionFailure(e)) {
        HttpAnswers.fail(
            ctx, 503, "DATABASE_UNAVAILABLE", "The database cannot be reached; retry shortly.");
      } else {
        HttpAnswers.fail(ctx, 500, "INTERNAL_ERROR", InternalFaultException.logged(e).getMessage());
      }
    }
  }

  /** 413 for bytes; a document over the component limit is understood but refused: 422. */
  static int status(BomRefusedException e) {
    if (e instanceof BomTooLargeException) {
      return 413;
    }
    return e instanceof BomTooManyComponentsException ? 422 : 400;
  }

  private BomCheck checked(ParsedBom bom, BomCheckQuestion question) {
    ManagedContext request = Arc.container().requestContext();
    boolean activated = !request.isActive();
    if (activated) {
      request.activate(); // the replica routing and Hibernate's session are request-scoped
    }
    try {
      return checks.check(
          bom, question.uses(), question.on(), question.actor(), question.asKnownAt());
    } finally {
      if (activated) {
        request.terminate();
      }
    }
  }

  private void answer(
      RoutingContext ctx, Answer answer, BomCheck check, BomCheckQuestion question, byte[] doc) {
    String body =
        switch (answer) {
          case JSON -> ApiJson.of(check).toString();
          case CSV -> BomCheckCsv.write(check);
          case SARIF -> BomCheckSarif.write(check, version, question.artifact()).toString();
          case ENRICHED_CYCLONEDX ->
              CycloneDxEnricher.enrich(CycloneDxJsonModels.read(doc), check).toPrettyString();
        };
    String charset = answer == Answer.CSV ? "; charset=utf-8; header=present" : "; charset=utf-8";
    ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, answer.mediaType + charset).end(body);
  }
}
