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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.modelterms.cluster.StartupLock;
import org.modelterms.dataset.DatasetFiles.Dataset;
import org.modelterms.history.ChangeAuthor;
import org.modelterms.shared.errors.UserErrorsException;

/**
 * Loads the curated dataset on the first start of an empty registry, through the same services (and
 * so the same validation) as the API, in one transaction: a dataset that fails validation loads
 * nothing and stops the start with the problem.
 */
@ApplicationScoped
public class DatasetLoader {

  private static final Logger LOG = Logger.getLogger(DatasetLoader.class);

  @Inject DatasetConfig config;

  @Inject EntityManager em;
  @Inject DatasetRelease release;
  @Inject DatasetWrites writes;

  void onStart(@Observes @Priority(20) StartupEvent event) {
    if (config.loadAtStart()) {
      ChangeAuthor.as(DatasetWrites.AUTHOR, this::loadBundled);
    }
  }

  /**
   * Loads the bundled dataset unless a dataset was loaded before; returns whether it loaded. Only
   * the manifest is read when one was: every start of a registry that holds its data comes here,
   * and parsing all the files would cost each of those starts time for nothing.
   */
  @Transactional
  @TransactionConfiguration(timeout = 900)
  public boolean loadBundled() {
    return load(DatasetFiles.bundledManifest(), DatasetFiles::bundled);
  }

  /** Loads the dataset unless a dataset was loaded before; returns whether it loaded. */
  @Transactional
  // One transaction for the whole dataset: on a busy machine it outlasts the default timeout.
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
    Optional<String> loaded = release.held();
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
    write(dataset, new DatasetInputs(dataset.sources()));
    recordTimes.apply(dataset);
    release.record(dataset.manifest().version());
    LOG.infof(
        "Loaded the curated dataset %s: %d models, %d documents, %d events",
        dataset.manifest().version(),
        dataset.models().size(),
        dataset.documents().size(),
        dataset.events().size());
    return true;
  }

  /** Writes every entry, each after what it refers to. */
  private void write(Dataset dataset, DatasetInputs inputs) {
    for (DatasetFiles.Organization o : dataset.organizations()) {
      step("organisation " + o.slug(), () -> writes.organization(o, inputs));
    }
    for (DatasetFiles.License l : dataset.licenses()) {
      step("licence " + l.identifier(), () -> writes.license(l, inputs));
    }
    for (DatasetFiles.Document d : DatasetOrder.documents(dataset.documents())) {
      step("document " + d.slug(), () -> writes.document(d, inputs));
      for (DatasetFiles.Version v : d.versions()) {
        step("version \"" + v.label() + "\" of " + d.slug(), () -> writes.version(d, v, inputs));
      }
    }
    for (DatasetFiles.Model m : DatasetOrder.models(dataset.models())) {
      step("model " + m.slug(), () -> writes.model(m, inputs));
    }
    for (DatasetFiles.Model m : dataset.models()) {
      List<DatasetFiles.Binding> bindings =
          new ArrayList<>(m.bindings() == null ? List.of() : m.bindings());
      bindings.sort(Comparator.comparing(DatasetFiles.Binding::from));
      for (DatasetFiles.Binding b : bindings) {
        step("binding of " + m.slug() + " to " + b.document(), () -> writes.binding(m, b, inputs));
      }
    }
    for (DatasetFiles.Event e : dataset.events()) {
      step("event " + e.id(), () -> writes.event(e, inputs));
    }
  }

  /** Runs one write, naming the dataset entry in the error if the registry refuses it. */
  private static void step(String entry, Runnable write) {
    try {
      write.run();
    } catch (UserErrorsException e) {
      throw new IllegalStateException(
          "The curated dataset's "
              + entry
              + " is refused: "
              + e.errors().stream()
                  .map(u -> String.join(".", u.field()) + ": " + u.code() + " " + u.message())
                  .toList());
    }
  }
}
