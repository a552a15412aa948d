package org.modelterms.models.api;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ModelOrder")
public record ModelOrder(@NonNull ModelOrderField field, @NonNull OrderDirection direction) {}
