package org.modelterms.dataset;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.modelterms.events.EventEffect;
import org.modelterms.licenses.LicenseKind;
import org.modelterms.licenses.ScancodeCategory;
import org.modelterms.models.Availability;
import org.modelterms.models.BaseRelation;
import org.modelterms.models.ComponentKind;
import org.modelterms.models.Modality;
import org.modelterms.policies.BindingRole;
import org.modelterms.policies.DocumentKind;
import org.modelterms.policies.RuleEffect;
import org.modelterms.policies.UseCategory;
import org.modelterms.policies.api.RuleConditionsInput;
import org.modelterms.sources.Confidence;

/**
 * The curated dataset as files: records mirroring {@code docs/dataset-format.md}, read strictly (an
 * unknown field is an error, so a typo never silently drops a fact). {@code knownAt}, and a
 * source's {@code published} and {@code retrieved}, date when a fact became known: the first load
 * records it then ({@link FirstLoadRecordTimes}).
 */
public final class DatasetFiles {

  /** A source cited for a fact: its key, and optionally a quote and a lower confidence. */
  public record SourceRef(String key, String quote, Confidence confidence) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SourceRef of(String key) {
      return new SourceRef(key, null, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public SourceRef {}
  }

  public record Source(
      String key,
      String url,
      String title,
      String publisher,
      Confidence confidence,
      String notes,
      LocalDate published,
      LocalDate retrieved) {}

  public record Organization(
      String slug, String name, String country, String website, List<SourceRef> sources) {}

  /**
   * A licence: a bespoke one, or one of the SPDX list that the dataset annotates. {@code
   * namesSources} cite the ScanCode keys and text URLs (and, for an SPDX licence, its Hugging Face
   * ids); {@code sources} the rest.
   */
  public record License(
      String identifier,
      String name,
      LicenseKind kind,
      String url,
      List<String> huggingFaceTags,
      List<String> scancodeKeys,
      ScancodeCategory scancodeCategory,
      List<String> textUrls,
      List<SourceRef> sources,
      List<SourceRef> namesSources) {}

  public record Rule(
      UseCategory use,
      RuleEffect effect,
      String quote,
      RuleConditionsInput conditions,
      String note,
      List<SourceRef> sources) {}

  public record Version(
      String label,
      LocalDate effectiveFrom,
      LocalDate effectiveTo,
      String sourceUrl,
      String text,
      List<SourceRef> sources,
      List<Rule> rules,
      LocalDate knownAt) {}

  public record Document(
      String slug,
      String title,
      DocumentKind kind,
      String publisher,
      String license,
      String url,
      List<String> incorporates,
      List<String> amends,
      List<SourceRef> sources,
      List<Version> versions,
      LocalDate knownAt) {}

  public record Event(
      String id,
      LocalDate date,
      String title,
      String actor,
      String summary,
      List<String> documents,
      List<String> models,
      EventEffect effect,
      List<SourceRef> sources,
      LocalDate knownAt) {}

  public record Component(
      ComponentKind kind,
      Availability availability,
      String license,
      String url,
      String notes,
      List<SourceRef> sources) {}

  public record Binding(
      String document,
      BindingRole role,
      LocalDate from,
      LocalDate to,
      List<SourceRef> sources,
      LocalDate knownAt) {}

  /**
   * Why the registry's OSAID verdict for a model differs from the OSI's validation, with its
   * sources; {@code knownAt} dates it on the first load (default: the dataset's snapshot).
   */
  public record OsaidNote(String text, List<SourceRef> sources, LocalDate knownAt) {}

  public record Model(
      String slug,
      String name,
      String huggingFaceId,
      String provider,
      LocalDate releasedOn,
      Long parameterCount,
      Modality modality,
      String baseModel,
      BaseRelation baseRelation,
      String licenseExpression,
      String description,
      OsaidNote osaidNote,
      List<SourceRef> sources,
      List<Component> components,
      List<Binding> bindings,
      LocalDate knownAt) {}

  /** {@code dataset.yml}: the release and the family files it consists of. */
  public record Manifest(
      String version,
      String title,
      LocalDate snapshot,
      String description,
      List<String> documents,
      List<String> models) {}

  /** The whole dataset, read. */
  public record Dataset(
      Manifest manifest,
      List<Source> sources,
      List<Organization> organizations,
      List<License> licenses,
      List<Document> documents,
      List<Event> events,
      List<Model> models) {}

  private static final String ROOT = "dataset/";

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .findAndRegisterModules()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private DatasetFiles() {}

  /** Reads the manifest of the dataset bundled on the classpath, and none of its other files. */
  public static Manifest bundledManifest() {
    return read("dataset.yml", Manifest.class);
  }

  /** Reads the dataset bundled on the classpath. */
  public static Dataset bundled() {
    Manifest manifest = bundledManifest();
    List<Document> documents = new ArrayList<>();
    for (String file : manifest.documents()) {
      documents.addAll(list("documents/" + file, Document.class));
    }
    List<Model> models = new ArrayList<>();
    for (String file : manifest.models()) {
      models.addAll(list("models/" + file, Model.class));
    }
    return new Dataset(
        manifest,
        list("sources.yml", Source.class),
        list("organizations.yml", Organization.class),
        list("licenses.yml", License.class),
        documents,
        list("events.yml", Event.class),
        models);
  }

  private static <T> T read(String file, Class<T> type) {
    try (InputStream in = open(file)) {
      return YAML.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Dataset file " + file + " is not valid: " + e.getMessage(), e);
    }
  }

  private static <T> List<T> list(String file, Class<T> type) {
    CollectionType listType = YAML.getTypeFactory().constructCollectionType(List.class, type);
    try (InputStream in = open(file)) {
      List<T> items = YAML.readValue(in, listType);
      return items == null ? List.of() : items;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Dataset file " + file + " is not valid: " + e.getMessage(), e);
    }
  }

  private static InputStream open(String file) {
    InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + file);
    if (in == null) {
      throw new IllegalStateException("The dataset file " + ROOT + file + " is missing");
    }
    return in;
  }
}
