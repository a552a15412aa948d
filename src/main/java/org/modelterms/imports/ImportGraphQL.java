package org.modelterms.imports;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.modelterms.access.AdminOnly;
import org.modelterms.imports.api.EuIndexImportInput;
import org.modelterms.imports.api.EuIndexImportPayload;
import org.modelterms.imports.api.MotImportInput;
import org.modelterms.imports.api.MotImportPayload;
import org.modelterms.imports.api.OtaImportInput;
import org.modelterms.imports.api.OtaImportPayload;
import org.modelterms.models.ModelQueries;
import org.modelterms.persistence.Writes;
import org.modelterms.shared.guard.RegistryApi;

/** Imports of third-party data sets, one file per call. */
@GraphQLApi
@RegistryApi
public class ImportGraphQL {

  @Inject MotImporter mot;
  @Inject ModelQueries models;
  @Inject EuIndexImporter euIndex;
  @Inject OtaImporter ota;
  @Inject org.modelterms.policies.PolicyQueries policies;

  @AdminOnly
  @Mutation("otaImport")
  @Description(
      "Imports one Open Terms Archive record of a document as a version of it. Records that differ"
          + " from a held version only in formatting are UNCHANGED; the effective date is the one"
          + " the text states (\"Updated January 10, 2024\"), else the day it was recorded.")
  @NonNull
  public OtaImportPayload otaImport(@NonNull @Name("input") OtaImportInput input) {
    return Writes.mutate(
        () -> {
          OtaImporter.Result r =
              ota.importRecord(input.service(), input.document(), input.recordedAt(), input.text());
          return new OtaImportPayload(
              policies.documentByKey(r.documentKey()).orElseThrow(),
              r.versionKey() == null ? null : policies.versionByKey(r.versionKey()).orElse(null),
              r.outcome(),
              List.of());
        },
        errors -> new OtaImportPayload(null, null, null, errors));
  }

  @AdminOnly
  @Mutation("euIndexImport")
  @Description(
      "Imports one file of the European Open Source AI Index as third-party ratings of the"
          + " registry models it describes (matched by Hugging Face id or name). An entry that"
          + " matches no model is reported as UNMATCHED and writes nothing.")
  @NonNull
  public EuIndexImportPayload euIndexImport(@NonNull @Name("input") EuIndexImportInput input) {
    return Writes.mutate(
        () -> {
          EuIndexImporter.Result r = euIndex.importFile(input.fileName(), input.yaml());
          return new EuIndexImportPayload(
              models.byKeys(r.modelKeys()), r.outcome(), r.unmatched(), List.of());
        },
        errors -> new EuIndexImportPayload(List.of(), null, null, errors));
  }

  @AdminOnly
  @Mutation("motImport")
  @Description(
      "Creates or updates a model, its provider and its components from one Model Openness Tool"
          + " file. Idempotent: importing the same file again writes nothing (UNCHANGED). A"
          + " malformed file is refused with the line and the problem, and nothing is written.")
  @NonNull
  public MotImportPayload motImport(@NonNull @Name("input") MotImportInput input) {
    return Writes.mutate(
        () -> {
          MotImporter.Result r = mot.importFile(input.yaml(), input.sourceUrl());
          return new MotImportPayload(
              models.byKey(r.modelKey()).orElseThrow(), r.outcome(), List.of());
        },
        errors -> new MotImportPayload(null, null, errors));
  }
}
