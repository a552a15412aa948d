package org.modelterms.policies.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.policies.RuleEffect;
import org.modelterms.sources.api.SourceInput;

@Input("UseRuleCorrectInput")
@Description(
    "Corrects a rule the registry recorded wrongly. The old record is kept: questions asked"
        + " `asKnownAt` an earlier time still see it.")
public record UseRuleCorrectInput(
    @Id @NonNull String rule,
    RuleEffect effect,
    String quote,
    RuleConditionsInput conditions,
    String note,
    @Description("Why the correction is right. Required.") List<SourceInput> sources) {}
