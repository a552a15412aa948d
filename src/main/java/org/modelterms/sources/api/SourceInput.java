package org.modelterms.sources.api;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.sources.Confidence;

@Input("SourceInput")
@Description("A source to cite for a fact.")
public record SourceInput(
    @Description("http:// or https:// URL.") @NonNull String url,
    String title,
    String publisher,
    LocalDate publishedOn,
    LocalDate retrievedOn,
    @Description("Defaults to PRIMARY.") Confidence confidence,
    @Description("The field of the object the source supports; omit for the object as a whole.")
        String field,
    @Description("The passage that states the fact.") String quote) {

  /** The same source, supporting the given field of its object. */
  public SourceInput forField(String supported) {
    return new SourceInput(
        url, title, publisher, publishedOn, retrievedOn, confidence, supported, quote);
  }
}
