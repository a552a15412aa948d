package org.modelterms.permissions.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.models.api.Model;

@Name("ComplianceRow")
public record ComplianceRow(
    @NonNull Model model, @NonNull List<@NonNull UsePermission> permissions) {}
