package org.modelterms.policies.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.modelterms.models.Modality;
import org.modelterms.policies.ActorKind;
import org.modelterms.policies.Purpose;

@Input("RuleConditionsInput")
@Description("Whom and what a rule applies to; every field left out does not narrow the rule.")
public record RuleConditionsInput(
    @Description("Only actors of these kinds.") List<ActorKind> actorKinds,
    @Description(
            "Only actors in these countries: ISO 3166-1 alpha-2 codes or groups (EU, FIVE_EYES, NATO).")
        List<String> countries,
    @Description("Everyone except actors in these countries or groups.")
        List<String> excludedCountries,
    @Description("Only actors with more monthly active users than this.")
        Long monthlyActiveUsersAbove,
    @Description("Only uses for these purposes.") List<Purpose> purposes,
    @Description("The use needs the provider's prior approval.") Boolean requiresApproval,
    @Description("Only models of these modalities (e.g. MULTIMODAL).") List<Modality> modalities) {}
