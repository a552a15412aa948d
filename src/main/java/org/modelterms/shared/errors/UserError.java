package org.modelterms.shared.errors;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A problem with a mutation's input that the caller can fix. Nothing was written.")
public record UserError(
    @Description(
            "Path to the input field at fault, e.g. [\"input\", \"components\", \"0\", \"licenseExpression\"].")
        @NonNull
        List<@NonNull String> field,
    @NonNull String message,
    @NonNull UserErrorCode code) {

  public static UserError of(UserErrorCode code, String message, String... field) {
    return new UserError(List.of(field), message, code);
  }
}
