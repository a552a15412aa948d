package org.modelterms.permissions.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.modelterms.policies.ActorKind;
import org.modelterms.policies.Purpose;

@Input("ActorInput")
@Description("Who would use the model, and for what. Leave out what you do not want to assume.")
public record ActorInput(
    ActorKind kind,
    @Description("ISO 3166-1 alpha-2 code of the actor's country (principal place of business).")
        String country,
    @Description("The actor's monthly active users.") Long monthlyActiveUsers,
    Purpose purpose) {}
