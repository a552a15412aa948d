package org.modelterms.policies.api;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.policies.BindingRole;

@Name("ModelPolicy")
@Description(
    "A document that governs a model over a period (relicensing ends one, starts another).")
public record ModelPolicy(
    @Ignore long key,
    @NonNull PolicyDocument document,
    @NonNull BindingRole role,
    @NonNull LocalDate effectiveFrom,
    @Description("The first day the document no longer governs the model; null while it does.")
        LocalDate effectiveTo) {}
