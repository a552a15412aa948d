package org.modelterms.permissions.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.policies.RuleEffect;
import org.modelterms.policies.UseCategory;
import org.modelterms.policies.api.PolicyDocument;
import org.modelterms.policies.api.PolicyVersion;
import org.modelterms.sources.api.Citation;

@Name("DecidingRule")
@Description("A clause that decided a verdict, with its document, version and sources.")
public record DecidingRule(
    @NonNull PolicyDocument document,
    @NonNull PolicyVersion version,
    @Description("How the document reaches the model: BOUND, INHERITED, INCORPORATED, AMENDS.")
        @NonNull
        String relation,
    @NonNull UseCategory useCategory,
    @NonNull RuleEffect effect,
    @NonNull String quote,
    @Description(
            "The clause's conditions in words: whom it applies to, then any prior approval it asks"
                + " for; empty when it applies to everyone unconditionally.")
        @NonNull
        List<@NonNull String> conditions,
    @NonNull List<@NonNull Citation> sources) {}
