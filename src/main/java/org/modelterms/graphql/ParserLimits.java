package org.modelterms.graphql;

import graphql.parser.ParserOptions;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Applies the token limit to the parser that reads operations. On Quarkus 3.33 the {@code
 * parser-max-tokens} setting does not reach graphql-java's operation parser, which keeps its
 * default of 15,000 tokens; this sets the default operation parser options at start.
 */
@ApplicationScoped
public class ParserLimits {

  @Inject GraphQLServerConfig server;

  void apply(@Observes StartupEvent event) {
    ParserOptions.setDefaultOperationParserOptions(
        ParserOptions.getDefaultOperationParserOptions()
            .transform(b -> b.maxTokens(server.maxTokens())));
  }
}
