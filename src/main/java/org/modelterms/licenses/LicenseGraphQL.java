package org.modelterms.licenses;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.modelterms.licenses.api.License;
import org.modelterms.licenses.api.LicenseConnection;
import org.modelterms.licenses.api.LicenseFilter;
import org.modelterms.licenses.api.LicensePayload;
import org.modelterms.licenses.api.LicenseRegisterInput;
import org.modelterms.licenses.api.LicenseUpdateInput;
import org.modelterms.persistence.Writes;
import org.modelterms.shared.guard.RegistryApi;

/** Queries over licences. */
@GraphQLApi
@RegistryApi
public class LicenseGraphQL {

  @Inject LicenseQueries licenses;
  @Inject LicenseEditor editor;

  @Mutation("licenseRegister")
  @Description("Registers a bespoke licence (LicenseRef-…) that the SPDX list does not have.")
  @NonNull
  public LicensePayload licenseRegister(@NonNull @Name("input") LicenseRegisterInput input) {
    return Writes.mutate(
        () -> new LicensePayload(editor.register(input), List.of()),
        errors -> new LicensePayload(null, errors));
  }

  @Mutation("licenseUpdate")
  @Description(
      "Changes a licence's classification, Hugging Face tags, or a bespoke licence's name and URL.")
  @NonNull
  public LicensePayload licenseUpdate(@NonNull @Name("input") LicenseUpdateInput input) {
    return Writes.mutate(
        () -> new LicensePayload(editor.update(input), List.of()),
        errors -> new LicensePayload(null, errors));
  }

  @Query("license")
  @Description(
      "A licence by SPDX id (\"Apache-2.0\"), LicenseRef id, Hugging Face licence id"
          + " (\"llama3.1\") or ScanCode LicenseDB key (\"llama-3.1-license-2024\", or"
          + " \"LicenseRef-scancode-llama-3.1-license-2024\"), ignoring case; null when none"
          + " matches.")
  public License license(@NonNull @Name("id") String identifier) {
    return licenses.find(identifier).orElse(null);
  }

  @Query("licenses")
  @Description("Licences ordered by identifier, 1 to 100 per page (default 20).")
  @NonNull
  public LicenseConnection licenses(
      @Name("filter") LicenseFilter filter,
      @Name("first") Integer first,
      @Name("after") String after) {
    return licenses.list(filter, first, after);
  }
}
