package org.modelterms.boms;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.modelterms.boms.api.BomCheck;
import org.modelterms.boms.check.BomCheckQueries;
import org.modelterms.boms.read.BomFormat;
import org.modelterms.boms.read.BomReader;
import org.modelterms.permissions.api.ActorInput;
import org.modelterms.policies.UseCategory;
import org.modelterms.shared.guard.RegistryApi;

/** Bills of materials: check one, model by model. */
@GraphQLApi
@RegistryApi
public class BomGraphQL {

  @Inject BomReader reader;
  @Inject BomCheckQueries checks;

  @Query("bomCheck")
  @Description(
      "Checks a bill of materials: resolves every model it names to what the registry knows (a"
          + " registry model, a base model, its declared licence, or nothing, saying which and"
          + " how), flags where the document and the registry disagree, and gives the verdict for"
          + " each use (default: all) on the date (default: today) for the actor. Nothing is"
          + " stored.")
  @NonNull
  public BomCheck bomCheck(
      @NonNull @Name("document") String document,
      @Name("format") BomFormat format,
      @Name("uses") List<UseCategory> uses,
      @Name("on") LocalDate on,
      @Name("actor") ActorInput actor,
      @Name("asKnownAt") OffsetDateTime asKnownAt,
      @Description(
              "For a HUGGING_FACE_CARD document: the Hugging Face id of the model the card"
                  + " describes, which the card itself does not name.")
          @Name("cardModelId")
          String cardModelId) {
    List<UseCategory> asked =
        uses == null || uses.isEmpty() ? Arrays.asList(UseCategory.values()) : uses;
    return checks.check(
        reader.read(document.getBytes(StandardCharsets.UTF_8), format, cardModelId),
        asked,
        on,
        actor,
        asKnownAt);
  }
}
