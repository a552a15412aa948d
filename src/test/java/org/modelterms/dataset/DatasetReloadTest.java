package org.modelterms.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.dataset.DatasetFiles.Dataset;
import org.modelterms.dataset.DatasetFiles.Model;

/**
 * A newer dataset release is applied as recorded corrections, never over an editor's change, and
 * applying it twice changes nothing.
 */
@QuarkusTest
class DatasetReloadTest {

  @Inject DatasetReloader reloader;
  @Inject DatasetLoader loader;

  private static final ObjectMapper FIELDS = new ObjectMapper().findAndRegisterModules();

  /** The model with these fields (by their names in the files) replaced, the rest as it is. */
  private static Model with(Model m, Object... namesAndValues) {
    Map<String, Object> fields = FIELDS.convertValue(m, new TypeReference<>() {});
    for (int i = 0; i < namesAndValues.length; i += 2) {
      assertThat(fields).containsKey((String) namesAndValues[i]);
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return FIELDS.convertValue(fields, Model.class);
  }

  /** The bundled dataset as another release, with these models. */
  private static Dataset release(Dataset bundled, String version, List<Model> models) {
    DatasetFiles.Manifest manifest = bundled.manifest();
    return new Dataset(
        new DatasetFiles.Manifest(
            version,
            manifest.title(),
            manifest.snapshot(),
            manifest.description(),
            manifest.documents(),
            manifest.models()),
        bundled.sources(),
        bundled.organizations(),
        bundled.licenses(),
        bundled.documents(),
        bundled.events(),
        models);
  }

  @Test
  void aStartOnARegistryThatHoldsADatasetReadsOnlyTheManifest() {
    query("mutation { datasetReload { toVersion } }"); // a dataset is loaded, whatever tests ran
    boolean[] filesRead = {false};
    boolean loaded =
        loader.load(
            DatasetFiles.bundledManifest(),
            () -> {
              filesRead[0] = true;
              return DatasetFiles.bundled();
            });
    assertThat(loaded).isFalse();
    assertThat(filesRead[0]).isFalse();
    assertThat(loader.loadBundled()).isFalse();
  }

  @Test
  void reloadingTheSameReleaseAgainChangesNothing() {
    String reload =
        "mutation { datasetReload { fromVersion toVersion added corrected kept unchanged } }";
    query(reload); // brings the registry to the bundled release, whatever other tests did
    JsonPath r = query(reload);
    assertThat(r.getList("data.datasetReload.added")).isEmpty();
    assertThat(r.getList("data.datasetReload.corrected")).isEmpty();
    assertThat(r.getInt("data.datasetReload.unchanged")).isPositive();
  }

  @Test
  void aNewerReleaseCorrectsWhatNobodyEditedAndKeepsWhatAnEditorChanged() {
    Dataset bundled = DatasetFiles.bundled();
    // An editor corrects grok-1 through the API.
    JsonPath edit =
        query(
            """
            mutation { modelUpdate(input: { model: "grok-1", description: "Edited by an editor." }) { userErrors { code } } }
            """);
    assertThat(edit.getList("data.modelUpdate.userErrors")).isEmpty();

    List<Model> models = new ArrayList<>();
    for (Model m : bundled.models()) {
      if (m.slug().equals("t5-11b")) {
        models.add(with(m, "description", "Corrected by a newer dataset release."));
      } else if (m.slug().equals("grok-1")) {
        models.add(with(m, "description", "The newer release's wording."));
      } else {
        models.add(m);
      }
    }
    Model t5 =
        bundled.models().stream().filter(m -> m.slug().equals("t5-11b")).findFirst().orElseThrow();
    models.add(
        with(
            t5,
            "slug",
            "t5-11b-reload-copy",
            "name",
            t5.name() + " (test copy)",
            "huggingFaceId",
            "google-t5/t5-11b-reload-copy"));
    Dataset newer = release(bundled, "2099.1.0", models);

    DatasetReloader.Report report = reloader.reload(newer);
    assertThat(report.toVersion()).isEqualTo("2099.1.0");
    assertThat(report.added()).contains("model t5-11b-reload-copy");
    assertThat(report.corrected()).contains("model t5-11b");
    assertThat(report.kept())
        .anySatisfy(k -> assertThat(k).startsWith("model grok-1 was changed by oidc:test-admin"));

    JsonPath after =
        query(
            """
            { t5: model(slug: "t5-11b") { id description } grok: model(slug: "grok-1") { description } }
            """);
    assertThat(after.getString("data.t5.description"))
        .isEqualTo("Corrected by a newer dataset release.");
    assertThat(after.getString("data.grok.description")).isEqualTo("Edited by an editor.");
    JsonPath trail =
        query(
            "query($id: ID!) { changes(entity: $id) { nodes { operation recordedBy changedFields } } }",
            "id",
            after.getString("data.t5.id"));
    List<Map<String, Object>> changes = trail.getList("data.changes.nodes");
    assertThat(changes.get(changes.size() - 1)).containsEntry("recordedBy", "modelterms-dataset");

    DatasetReloader.Report again = reloader.reload(newer);
    assertThat(again.added()).isEmpty();
    assertThat(again.corrected()).isEmpty();
  }

  @Test
  void aNewerReleaseGivesALicenceTheNamesItNowLists() {
    Dataset bundled = DatasetFiles.bundled();
    String url = "https://example.org/reload/MRL-0.1.md";
    List<DatasetFiles.License> licences =
        bundled.licenses().stream()
            .map(
                l ->
                    l.identifier().equals("LicenseRef-Mistral-MRL-0.1")
                        ? new DatasetFiles.License(
                            l.identifier(),
                            l.name(),
                            l.kind(),
                            l.url(),
                            l.huggingFaceTags(),
                            List.of(),
                            null,
                            List.of(url),
                            l.sources(),
                            l.sources())
                        : l)
            .toList();
    Dataset base = release(bundled, "2099.3.0", bundled.models());
    Dataset newer =
        new Dataset(
            base.manifest(),
            base.sources(),
            base.organizations(),
            licences,
            base.documents(),
            base.events(),
            base.models());

    DatasetReloader.Report report = reloader.reload(newer);
    assertThat(report.corrected()).contains("names of licence LicenseRef-Mistral-MRL-0.1");
    JsonPath mrl = query("{ license(id: \"mrl\") { textUrls } }");
    assertThat(mrl.getList("data.license.textUrls", String.class)).containsExactly(url);
    assertThat(reloader.reload(newer).corrected())
        .doesNotContain("names of licence LicenseRef-Mistral-MRL-0.1");
  }

  /** The bundled dataset as another release, with this OSAID note for t5-11b. */
  private static Dataset releaseWithT5Note(
      Dataset bundled, String version, DatasetFiles.OsaidNote t5Note) {
    return release(
        bundled,
        version,
        bundled.models().stream()
            .map(m -> m.slug().equals("t5-11b") ? with(m, "osaidNote", t5Note) : m)
            .toList());
  }

  @Test
  void aNewerReleaseCorrectsAndRemovesAnOsaidNoteWithItsSources() {
    Dataset bundled = DatasetFiles.bundled();
    reloader.reload(bundled);
    String read =
        "{ model(slug: \"t5-11b\") { osaidNote { text sources { source { url } } }"
            + " sources { field } } }";
    assertThat(query(read).getString("data.model.osaidNote.text")).contains("OSI");

    DatasetFiles.OsaidNote corrected =
        new DatasetFiles.OsaidNote(
            "A corrected note.", List.of(DatasetFiles.SourceRef.of("S-T5-PAPER")), null);
    DatasetReloader.Report report =
        reloader.reload(releaseWithT5Note(bundled, "2099.2.0", corrected));
    assertThat(report.corrected()).contains("model t5-11b");
    JsonPath r = query(read);
    assertThat(r.getString("data.model.osaidNote.text")).isEqualTo("A corrected note.");
    assertThat(r.getList("data.model.osaidNote.sources.source.url"))
        .containsExactly("https://arxiv.org/abs/1910.10683");
    assertThat(reloader.reload(releaseWithT5Note(bundled, "2099.2.0", corrected)).corrected())
        .doesNotContain("model t5-11b");

    assertThat(reloader.reload(releaseWithT5Note(bundled, "2099.3.0", null)).corrected())
        .contains("model t5-11b");
    r = query(read);
    assertThat(r.getMap("data.model.osaidNote")).isNull();
    assertThat(r.getList("data.model.sources.field")).doesNotContain("osaidNote");

    assertThat(reloader.reload(bundled).corrected()).contains("model t5-11b");
    assertThat(query(read).getString("data.model.osaidNote.text")).contains("OSI");
  }
}
