package org.modelterms.models.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.models.BaseRelation;
import org.modelterms.models.Modality;
import org.modelterms.organizations.api.Organization;
import org.modelterms.shared.nodes.Node;
import org.modelterms.shared.nodes.NodeId;
import org.modelterms.shared.nodes.NodeType;

@Name("Model")
@Description("One released AI model, e.g. Llama 3.1 405B.")
public record Model(
    @Ignore long key,
    @Description("Stable, human-readable key, e.g. \"llama-3.1-405b\".") @NonNull String slug,
    @NonNull String name,
    @Description("The Hugging Face repository id, e.g. \"meta-llama/Llama-3.1-405B\".")
        String huggingFaceId,
    @Ignore long providerKey,
    @Description("The date the model was first released.") LocalDate releasedOn,
    @Description("Number of parameters.") Long parameterCount,
    Modality modality,
    String description,
    @Description(
            "The licence of the model as distributed, as an SPDX expression; a component's own"
                + " licence takes precedence for that component.")
        String licenseExpression,
    @Ignore Long baseModelKey,
    @Description("How this model was derived from its base model.") BaseRelation baseRelation,
    @Description("Increases with every change; send it back to guard an update.") @NonNull
        int revision,
    @Ignore Organization providerRow,
    @Ignore List<Long> licenseKeys,
    @Ignore Openness opennessRow,
    @Ignore String storedOsaidVerdict,
    @Ignore List<Component> componentRows,
    @Ignore String osaidNoteText)
    implements Node {

  /**
   * A model without the provider, licence keys, openness and stored verdict read with its row: the
   * nested fields read or compute them when asked. {@code storedOsaidVerdict} is today's OSAID
   * verdict as the verdict index ({@code model_assessment}) holds it while still valid, else null;
   * {@code componentRows} are its components when a single model's lookup read them with it.
   */
  public Model(
      long key,
      String slug,
      String name,
      String huggingFaceId,
      long providerKey,
      LocalDate releasedOn,
      Long parameterCount,
      Modality modality,
      String description,
      String licenseExpression,
      Long baseModelKey,
      BaseRelation baseRelation,
      int revision,
      String osaidNoteText) {
    this(
        key,
        slug,
        name,
        huggingFaceId,
        providerKey,
        releasedOn,
        parameterCount,
        modality,
        description,
        licenseExpression,
        baseModelKey,
        baseRelation,
        revision,
        null,
        null,
        null,
        null,
        null,
        osaidNoteText);
  }

  /**
   * The key alone: batch resolvers key their caches by parent object, and hashing every field of a
   * page's parents showed in profiles. Equal objects have equal keys, so this agrees with equals.
   */
  @Override
  public int hashCode() {
    return Long.hashCode(key);
  }

  @Override
  @Id
  @NonNull
  public String getId() {
    return NodeId.encode(NodeType.Model, key);
  }
}
