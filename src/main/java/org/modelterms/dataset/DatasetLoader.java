package org.modelterms.dataset;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.modelterms.cluster.StartupLock;
import org.modelterms.dataset.DatasetFiles.Dataset;
import org.modelterms.history.ChangeAuthor;
import org.modelterms.licenses.LicenseEditor;
import org.modelterms.licenses.api.LicenseRegisterInput;
import org.modelterms.licenses.api.LicenseUpdateInput;
import org.modelterms.models.api.ComponentInput;
import org.modelterms.policies.api.UseRuleInput;
import org.modelterms.sources.api.SourceInput;

/**
 * Loads the curated dataset on the first start of an empty registry, through the same services (and
 * so the same validation) as the API, in one transaction: a dataset that fails validation loads
 * nothing and stops the start with the problem.
 */
@ApplicationScoped
public class DatasetLoader {

  private static final Logger LOG = Logger.getLogger(DatasetLoader.class);
  static final String LIST_NAME = "modelterms-dataset";

  @Inject DatasetConfig config;
  @Inject EntityManager em;
  @Inject DatasetWrites writes;
  @Inject LicenseEditor licenseEditor;

  void onStart(@Observes @Priority(20) StartupEvent event) {
    if (config.loadAtStart()) {
      ChangeAuthor.as("modelterms-dataset", this::loadBundled);
    }
  }

  /**
   * Loads the bundled dataset unless a dataset was loaded before; returns whether it loaded. Only
   * the manifest is read when one was: every start of a registry that holds its data comes here,
   * and parsing all the files took a noticeable share of the start (docs/benchmarks.md).
   */
  @Transactional
  @TransactionConfiguration(timeout = 900)
  public boolean loadBundled() {
    return load(DatasetFiles.bundledManifest(), DatasetFiles::bundled);
  }

  /** Loads the dataset unless a dataset was loaded before; returns whether it loaded. */
  @Transactional
  // One transaction for the whole dataset: on a busy machine it outlasts the default 60 s.
  @TransactionConfiguration(timeout = 900)
  public boolean load(Dataset dataset) {
    return load(dataset.manifest(), () -> dataset);
  }

  /**
   * Loads the dataset of this manifest unless a dataset was loaded before, reading its files only
   * then; returns whether it loaded. Joins the caller's transaction, which sets the timeout.
   */
  @Transactional
  boolean load(DatasetFiles.Manifest manifest, Supplier<Dataset> files) {
    StartupLock.acquire(em);
    Optional<String> loaded = loadedVersion();
    if (loaded.isPresent()) {
      if (!loaded.get().equals(manifest.version())) {
        LOG.warnf(
            "The registry holds dataset %s; the bundled one is %s. Apply it with the"
                + " reload-dataset command (mutation datasetReload).",
            loaded.get(), manifest.version());
      }
      return false;
    }
    Dataset dataset = files.get();
    FirstLoadRecordTimes recordTimes = FirstLoadRecordTimes.start(em);
    Sources sources = new Sources(dataset.sources());
    for (DatasetFiles.Organization o : dataset.organizations()) {
      step("organisation " + o.slug(), () -> writes.organization(o));
    }
    for (DatasetFiles.License l : dataset.licenses()) {
      step(
          "licence " + l.identifier(),
          () -> {
            if (l.identifier().startsWith("LicenseRef-")) {
              licenseEditor.register(
                  new LicenseRegisterInput(
                      l.identifier(),
                      l.name(),
                      l.kind(),
                      l.url(),
                      l.huggingFaceTags(),
                      sources.of(l.sources())));
            } else {
              licenseEditor.update(
                  new LicenseUpdateInput(
                      l.identifier(), null, null, l.kind(), null, l.huggingFaceTags()));
            }
          });
    }
    for (DatasetFiles.Document d : DatasetOrder.documents(dataset.documents())) {
      step("document " + d.slug(), () -> writes.document(d, sources));
      for (DatasetFiles.Version v : d.versions()) {
        step("version \"" + v.label() + "\" of " + d.slug(), () -> writes.version(d, v, sources));
      }
    }
    for (DatasetFiles.Model m : DatasetOrder.models(dataset.models())) {
      step("model " + m.slug(), () -> writes.model(m, sources));
    }
    for (DatasetFiles.Model m : dataset.models()) {
      List<DatasetFiles.Binding> bindings =
          new ArrayList<>(m.bindings() == null ? List.of() : m.bindings());
      bindings.sort(java.util.Comparator.comparing(DatasetFiles.Binding::from));
      for (DatasetFiles.Binding b : bindings) {
        step("binding of " + m.slug() + " to " + b.document(), () -> writes.binding(m, b, sources));
      }
    }
    for (DatasetFiles.Event e : dataset.events()) {
      step("event " + e.id(), () -> writes.event(e, sources));
    }
    recordTimes.apply(dataset);
    markLoaded(dataset.manifest().version());
    LOG.infof(
        "Loaded the curated dataset %s: %d models, %d documents, %d events",
        dataset.manifest().version(),
        dataset.models().size(),
        dataset.documents().size(),
        dataset.events().size());
    return true;
  }

  /** Records which release of the dataset the registry holds. */
  void markLoaded(String version) {
    em.createNativeQuery(
            "insert into reference_list (name, version) values (:n, :v) on conflict (name) do update"
                + " set version = excluded.version, loaded_at = now()")
        .setParameter("n", LIST_NAME)
        .setParameter("v", version)
        .executeUpdate();
  }

  /** Runs one write, naming the dataset entry in the error if the registry refuses it. */
  private static void step(String entry, Runnable write) {
    try {
      write.run();
    } catch (org.modelterms.shared.errors.UserErrorsException e) {
      throw new IllegalStateException(
          "The curated dataset's "
              + entry
              + " is refused: "
              + e.errors().stream()
                  .map(u -> String.join(".", u.field()) + ": " + u.code() + " " + u.message())
                  .toList());
    }
  }

  Optional<String> loadedVersion() {
    @SuppressWarnings("unchecked")
    List<String> rows =
        em.createNativeQuery("select version from reference_list where name = :n")
            .setParameter("n", LIST_NAME)
            .getResultList();
    return rows.stream().findFirst();
  }

  static List<UseRuleInput> rules(List<DatasetFiles.Rule> rules, Sources sources) {
    if (rules == null) {
      return List.of();
    }
    return rules.stream()
        .map(
            r ->
                new UseRuleInput(
                    r.use(),
                    r.effect(),
                    r.quote(),
                    r.conditions(),
                    r.note(),
                    sources.of(r.sources())))
        .toList();
  }

  static List<ComponentInput> components(List<DatasetFiles.Component> components, Sources sources) {
    if (components == null) {
      return List.of();
    }
    return components.stream()
        .map(
            c ->
                new ComponentInput(
                    c.kind(),
                    c.availability(),
                    c.license(),
                    c.url(),
                    c.notes(),
                    sources.of(c.sources())))
        .toList();
  }

  /** Source keys resolved to the API's source input, with per-fact quotes and confidences. */
  static final class Sources {
    private final Map<String, DatasetFiles.Source> byKey = new HashMap<>();

    Sources(List<DatasetFiles.Source> sources) {
      sources.forEach(s -> byKey.put(s.key(), s));
    }

    List<SourceInput> of(List<DatasetFiles.SourceRef> refs) {
      if (refs == null) {
        return List.of();
      }
      Map<String, SourceInput> inputs = new LinkedHashMap<>();
      for (DatasetFiles.SourceRef ref : refs) {
        DatasetFiles.Source s = byKey.get(ref.key());
        if (s == null) {
          throw new IllegalStateException("The dataset cites an unknown source key " + ref.key());
        }
        inputs.put(
            ref.key() + "|" + ref.quote(),
            new SourceInput(
                s.url(),
                s.title(),
                s.publisher(),
                s.published(),
                s.retrieved(),
                ref.confidence() != null ? ref.confidence() : s.confidence(),
                null,
                ref.quote()));
      }
      return List.copyOf(inputs.values());
    }
  }
}
