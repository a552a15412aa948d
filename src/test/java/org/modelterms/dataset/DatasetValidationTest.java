package org.modelterms.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.modelterms.dataset.DatasetFiles.Dataset;
import org.modelterms.dataset.DatasetFiles.SourceRef;
import org.modelterms.licenses.SpdxExpression;
import org.modelterms.licenses.SpdxLicenseList;

/** The curated dataset's files are consistent before anything is loaded. */
class DatasetValidationTest {

  private static Dataset dataset;
  private static final List<String> cited = new ArrayList<>();

  @BeforeAll
  static void read() {
    dataset = DatasetFiles.bundled();
  }

  @Test
  void theManifestReadAloneIsTheDatasetsManifest() {
    assertThat(DatasetFiles.bundledManifest()).isEqualTo(dataset.manifest());
  }

  private static void requireSources(String what, List<SourceRef> sources, List<String> problems) {
    if (sources == null || sources.isEmpty()) {
      problems.add(what + " has no source");
    } else {
      sources.forEach(s -> cited.add(s.key()));
    }
  }

  @Test
  void everyFactHasASourceAndEverySourceIsUsed() {
    List<String> problems = new ArrayList<>();
    cited.clear();
    dataset
        .organizations()
        .forEach(o -> requireSources("organisation " + o.slug(), o.sources(), problems));
    for (DatasetFiles.License l : dataset.licenses()) {
      requireSources("licence " + l.identifier(), l.sources(), problems);
      if (l.scancodeKeys() != null || l.textUrls() != null || l.namesSources() != null) {
        requireSources("names of licence " + l.identifier(), l.namesSources(), problems);
      }
    }
    for (DatasetFiles.Document d : dataset.documents()) {
      requireSources("document " + d.slug(), d.sources(), problems);
      for (DatasetFiles.Version v : d.versions()) {
        requireSources("version " + d.slug() + " / " + v.label(), v.sources(), problems);
        if (v.rules() != null) {
          for (DatasetFiles.Rule r : v.rules()) {
            if (r.quote() == null || r.quote().isBlank()) {
              problems.add("a rule of " + d.slug() + " / " + v.label() + " has no quote");
            }
            if (r.sources() != null) {
              r.sources().forEach(s -> cited.add(s.key()));
            }
          }
        }
      }
    }
    dataset.events().forEach(e -> requireSources("event " + e.id(), e.sources(), problems));
    for (DatasetFiles.Model m : dataset.models()) {
      requireSources("model " + m.slug(), m.sources(), problems);
      if (m.osaidNote() != null) {
        requireSources("OSAID note of " + m.slug(), m.osaidNote().sources(), problems);
      }
      if (m.components() != null) {
        m.components()
            .forEach(
                c ->
                    requireSources(
                        "component " + m.slug() + " / " + c.kind(), c.sources(), problems));
      }
      if (m.bindings() != null) {
        m.bindings()
            .forEach(
                b ->
                    requireSources(
                        "binding " + m.slug() + " / " + b.document(), b.sources(), problems));
      }
    }
    Set<String> known = new HashSet<>();
    dataset.sources().forEach(s -> known.add(s.key()));
    cited.stream()
        .filter(k -> !known.contains(k))
        .distinct()
        .forEach(k -> problems.add("unknown source key " + k));
    dataset.sources().stream()
        .filter(s -> !cited.contains(s.key()))
        .forEach(s -> problems.add("source " + s.key() + " is cited by no fact"));
    assertThat(problems).isEmpty();
  }

  @Test
  void identifiersAreUnique() {
    assertUnique("source keys", dataset.sources().stream().map(DatasetFiles.Source::key).toList());
    assertUnique(
        "organisation slugs",
        dataset.organizations().stream().map(DatasetFiles.Organization::slug).toList());
    assertUnique(
        "licence ids",
        dataset.licenses().stream().map(l -> l.identifier().toLowerCase(Locale.ROOT)).toList());
    assertUnique(
        "document slugs", dataset.documents().stream().map(DatasetFiles.Document::slug).toList());
    assertUnique("model slugs", dataset.models().stream().map(DatasetFiles.Model::slug).toList());
    assertUnique(
        "Hugging Face ids",
        dataset.models().stream()
            .map(DatasetFiles.Model::huggingFaceId)
            .filter(h -> h != null)
            .map(h -> h.toLowerCase(Locale.ROOT))
            .toList());
    assertUnique("event ids", dataset.events().stream().map(DatasetFiles.Event::id).toList());
  }

  private static void assertUnique(String what, List<String> values) {
    Set<String> seen = new HashSet<>();
    List<String> duplicates = values.stream().filter(v -> !seen.add(v)).toList();
    assertThat(duplicates).as(what).isEmpty();
  }

  @Test
  void versionsOfADocumentAreContiguousAndDoNotOverlap() {
    List<String> problems = new ArrayList<>();
    for (DatasetFiles.Document d : dataset.documents()) {
      List<DatasetFiles.Version> versions = d.versions();
      if (versions == null || versions.isEmpty()) {
        problems.add(d.slug() + " has no version");
        continue;
      }
      for (int i = 0; i < versions.size(); i++) {
        DatasetFiles.Version v = versions.get(i);
        if (v.effectiveTo() != null && !v.effectiveTo().isAfter(v.effectiveFrom())) {
          problems.add(d.slug() + " / " + v.label() + " ends before it starts");
        }
        if (i + 1 < versions.size()) {
          LocalDate next = versions.get(i + 1).effectiveFrom();
          if (v.effectiveTo() != null && !v.effectiveTo().equals(next)) {
            problems.add(
                d.slug() + " / " + v.label() + " does not end when the next version starts");
          }
          if (!next.isAfter(v.effectiveFrom())) {
            problems.add(d.slug() + " versions are not in order at " + v.label());
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyModelIsGovernedFromItsReleaseDate() {
    Map<String, DatasetFiles.Model> bySlug = new HashMap<>();
    dataset.models().forEach(m -> bySlug.put(m.slug(), m));
    Set<String> documents = new HashSet<>();
    dataset.documents().forEach(d -> documents.add(d.slug()));
    List<String> problems = new ArrayList<>();
    for (DatasetFiles.Model m : dataset.models()) {
      if (m.baseModel() != null && !bySlug.containsKey(m.baseModel())) {
        problems.add(m.slug() + " derives from unknown model " + m.baseModel());
      }
      if (m.bindings() != null) {
        m.bindings().stream()
            .filter(b -> !documents.contains(b.document()))
            .forEach(b -> problems.add(m.slug() + " is bound to unknown document " + b.document()));
      }
      if (m.releasedOn() == null) {
        // Without a release date (ChatBIT), the model must at least inherit terms from a base.
        if (m.baseModel() == null) {
          problems.add(m.slug() + " has neither a release date nor a base model");
        }
        continue;
      }
      boolean governed = false;
      for (DatasetFiles.Model at = m;
          at != null && !governed;
          at = at.baseModel() == null ? null : bySlug.get(at.baseModel())) {
        governed =
            at.bindings() != null
                && at.bindings().stream()
                    .anyMatch(
                        b ->
                            !b.from().isAfter(m.releasedOn())
                                && (b.to() == null || b.to().isAfter(m.releasedOn())));
      }
      if (!governed) {
        problems.add(m.slug() + " is governed by no terms on its release date " + m.releasedOn());
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void eventsAndDocumentsReferToWhatExists() {
    Set<String> documents = new HashSet<>();
    dataset.documents().forEach(d -> documents.add(d.slug()));
    Set<String> models = new HashSet<>();
    dataset.models().forEach(m -> models.add(m.slug()));
    Set<String> organizations = new HashSet<>();
    dataset.organizations().forEach(o -> organizations.add(o.slug()));
    List<String> problems = new ArrayList<>();
    for (DatasetFiles.Event e : dataset.events()) {
      if (e.documents() != null) {
        e.documents().stream()
            .filter(d -> !documents.contains(d))
            .forEach(d -> problems.add(e.id() + " names unknown document " + d));
      }
      if (e.models() != null) {
        e.models().stream()
            .filter(m -> !models.contains(m))
            .forEach(m -> problems.add(e.id() + " names unknown model " + m));
      }
    }
    for (DatasetFiles.Document d : dataset.documents()) {
      for (List<String> refs : List.of(nullSafe(d.incorporates()), nullSafe(d.amends()))) {
        refs.stream()
            .filter(r -> !documents.contains(r))
            .forEach(r -> problems.add(d.slug() + " refers to unknown document " + r));
      }
      if (d.publisher() != null && !organizations.contains(d.publisher())) {
        problems.add(d.slug() + " has unknown publisher " + d.publisher());
      }
    }
    dataset.models().stream()
        .filter(m -> !organizations.contains(m.provider()))
        .forEach(m -> problems.add(m.slug() + " has unknown provider " + m.provider()));
    assertThat(problems).isEmpty();
  }

  @Test
  void everyLicenceAndTagResolves() {
    Set<String> known = new HashSet<>();
    SpdxLicenseList.bundled()
        .licenses()
        .forEach(l -> known.add(l.licenseId().toLowerCase(Locale.ROOT)));
    dataset.licenses().forEach(l -> known.add(l.identifier().toLowerCase(Locale.ROOT)));
    List<String> problems = new ArrayList<>();
    Map<String, String> tags = new HashMap<>();
    for (DatasetFiles.License l : dataset.licenses()) {
      for (String tag : l.huggingFaceTags() == null ? List.<String>of() : l.huggingFaceTags()) {
        String previous = tags.put(tag.toLowerCase(Locale.ROOT), l.identifier());
        if (previous != null) {
          problems.add("tag " + tag + " names both " + previous + " and " + l.identifier());
        }
        if (known.contains(tag.toLowerCase(Locale.ROOT))) {
          problems.add("tag " + tag + " is already a licence id");
        }
      }
    }
    List<String> expressions = new ArrayList<>();
    dataset.documents().stream()
        .map(DatasetFiles.Document::license)
        .filter(l -> l != null)
        .forEach(expressions::add);
    for (DatasetFiles.Model m : dataset.models()) {
      if (m.licenseExpression() != null) {
        expressions.add(m.licenseExpression());
      }
      if (m.components() != null) {
        m.components().stream()
            .map(DatasetFiles.Component::license)
            .filter(l -> l != null)
            .forEach(expressions::add);
      }
    }
    for (String expression : expressions) {
      try {
        SpdxExpression.parse(expression).licenseIds().stream()
            .filter(id -> !known.contains(id.toLowerCase(Locale.ROOT)))
            .forEach(id -> problems.add("unknown licence " + id + " in \"" + expression + "\""));
      } catch (IllegalArgumentException e) {
        problems.add("\"" + expression + "\" is not an SPDX expression: " + e.getMessage());
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theManifestListsEveryFile() throws IOException {
    Path root = Path.of("src", "main", "resources", "dataset");
    for (String folder : List.of("documents", "models")) {
      try (Stream<Path> files = Files.list(root.resolve(folder))) {
        List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
        List<String> listed =
            folder.equals("documents")
                ? dataset.manifest().documents()
                : dataset.manifest().models();
        assertThat(listed).as(folder).containsExactlyInAnyOrderElementsOf(names);
      }
    }
  }

  private static List<String> nullSafe(List<String> list) {
    return list == null ? List.of() : list;
  }
}
