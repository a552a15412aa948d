package org.modelterms.policies.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.policies.RuleEffect;
import org.modelterms.policies.UseCategory;
import org.modelterms.sources.api.SourceInput;

@Input("UseRuleInput")
public record UseRuleInput(
    @NonNull UseCategory useCategory,
    @NonNull RuleEffect effect,
    @Description("The words of the document that say so.") @NonNull String quote,
    RuleConditionsInput conditions,
    String note,
    @Description("Where the rule is read; the version's sources are used when left out.")
        List<SourceInput> sources) {}
