package org.modelterms.history.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Change")
@Description("One recorded change to a registry fact: who, when, and the values before and after.")
public record Change(
    @Ignore long key,
    @NonNull OffsetDateTime recordedAt,
    @Description(
            "Who made the change: \"oidc:NAME\" or \"local:NAME\" for the principal of an API"
                + " write, \"modelterms-dataset\" for the curated dataset.")
        @NonNull
        String recordedBy,
    @Description("INSERT, UPDATE or DELETE.") @NonNull String operation,
    @Description("The kind of record, e.g. \"model\", \"use_rule\", \"binding\".") @NonNull
        String table,
    @Description("The global id of the changed object, where it has one.") @Id String entityId,
    @Description("The fields whose values differ between before and after.") @NonNull
        List<@NonNull String> changedFields,
    @Description("The record before the change, as JSON; null for an insert.") String before,
    @Description("The record after the change, as JSON; null for a delete.") String after) {}
