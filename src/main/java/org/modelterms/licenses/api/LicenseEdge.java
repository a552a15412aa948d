package org.modelterms.licenses.api;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("LicenseEdge")
public record LicenseEdge(@NonNull String cursor, @NonNull License node) {}
