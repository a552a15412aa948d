package org.modelterms.graphql;

import graphql.parser.ParserOptions;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the token limit to the parser that reads operations. On Quarkus 3.33 the {@code
 * parser-max-tokens} setting does not reach graphql-java's operation parser, which keeps its
 * default of 15,000 tokens; this sets the default operation parser options at start.
 */
@ApplicationScoped
public class ParserLimits {

  @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens", defaultValue = "1000")
  int maxTokens;

  void apply(@Observes StartupEvent event) {
    ParserOptions.setDefaultOperationParserOptions(
        ParserOptions.getDefaultOperationParserOptions().transform(b -> b.maxTokens(maxTokens)));
  }
}
