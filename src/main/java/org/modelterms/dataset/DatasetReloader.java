package org.modelterms.dataset;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.modelterms.dataset.DatasetFiles.Dataset;
import org.modelterms.events.PolicyEventEntity;
import org.modelterms.history.ChangeAuthor;
import org.modelterms.licenses.LicenseNames;
import org.modelterms.licenses.LicenseQueries;
import org.modelterms.licenses.api.License;
import org.modelterms.models.ComponentEntity;
import org.modelterms.models.ModelEntity;
import org.modelterms.models.api.ComponentInput;
import org.modelterms.organizations.OrganizationEntity;
import org.modelterms.policies.BindingEntity;
import org.modelterms.policies.PolicyDocumentEntity;
import org.modelterms.policies.PolicyVersionEntity;

/**
 * Applies a newer release of the curated dataset to a registry that holds an older one, as
 * corrections recorded with their time and author. What is missing is added; a fact that differs is
 * corrected only if the dataset wrote it last — a fact an editor changed through the API is kept
 * and reported, never overwritten silently. Reloading the same release changes nothing.
 */
@ApplicationScoped
public class DatasetReloader {

  /** What a reload did. */
  public record Report(
      String fromVersion,
      String toVersion,
      List<String> added,
      List<String> corrected,
      List<String> kept,
      int unchanged) {}

  @Inject DatasetLoader loader;
  @Inject DatasetRelease release;
  @Inject HeldFacts held;
  @Inject DatasetWrites writes;
  @Inject LicenseQueries licenses;

  /** Applies the dataset; returns what changed. */
  @Transactional
  // One transaction for the whole dataset: on a busy machine it outlasts the default timeout.
  @TransactionConfiguration(timeout = 900)
  public Report reload(Dataset dataset) {
    return ChangeAuthor.as(DatasetWrites.AUTHOR, () -> apply(dataset));
  }

  private Report apply(Dataset dataset) {
    String to = dataset.manifest().version();
    Optional<String> from = release.held();
    Tally tally = new Tally();
    if (from.isEmpty()) {
      // Within this transaction, whose timeout is set here: Quarkus refuses a second setting below.
      loader.load(dataset.manifest(), () -> dataset);
      tally.added.add("the whole dataset " + to);
      return tally.report(null, to);
    }
    DatasetInputs inputs = new DatasetInputs(dataset.sources());
    organizations(dataset, inputs, tally);
    licenseNames(dataset, inputs, tally);
    documents(dataset, inputs, tally);
    for (DatasetFiles.Model m : DatasetOrder.models(dataset.models())) {
      model(m, inputs, tally);
    }
    bindings(dataset, inputs, tally);
    events(dataset, inputs, tally);
    release.record(to);
    return tally.report(from.get(), to);
  }

  private void organizations(Dataset dataset, DatasetInputs inputs, Tally tally) {
    for (DatasetFiles.Organization o : dataset.organizations()) {
      Optional<OrganizationEntity> current =
          OrganizationEntity.find("slug", o.slug()).firstResultOptional();
      if (current.isEmpty()) {
        writes.organization(o, inputs);
        tally.added.add("organisation " + o.slug());
      } else if (HeldFacts.sameOrganization(current.get(), o)) {
        tally.unchanged++;
      } else if (held.writtenByDataset("organization", current.get().id)) {
        writes.organizationCorrection(o, inputs);
        tally.corrected.add("organisation " + o.slug());
      } else {
        tally.kept.add(
            held.keptMessage("organisation " + o.slug(), "organization", current.get().id));
      }
    }
  }

  /**
   * The ScanCode keys, category and text URLs of licences the registry holds, which only the
   * dataset writes: made the dataset's where they differ.
   */
  private void licenseNames(Dataset dataset, DatasetInputs inputs, Tally tally) {
    for (DatasetFiles.License l : dataset.licenses()) {
      LicenseNames names = inputs.licenseNames(l);
      Optional<License> current = names == null ? Optional.empty() : licenses.find(l.identifier());
      if (current.isEmpty()) {
        continue;
      }
      License now = current.get();
      if (Set.copyOf(now.scancodeKeys()).equals(Set.copyOf(names.scancodeKeys()))
          && now.scancodeCategory() == names.scancodeCategory()
          && Set.copyOf(now.textUrls()).equals(Set.copyOf(names.textUrls()))) {
        tally.unchanged++;
      } else {
        writes.licenseNames(names);
        tally.corrected.add("names of licence " + l.identifier());
      }
    }
  }

  /** New documents and new versions; versions held are left to the API (useRuleCorrect). */
  private void documents(Dataset dataset, DatasetInputs inputs, Tally tally) {
    for (DatasetFiles.Document d : DatasetOrder.documents(dataset.documents())) {
      Optional<PolicyDocumentEntity> current =
          PolicyDocumentEntity.find("slug", d.slug()).firstResultOptional();
      if (current.isEmpty()) {
        writes.document(d, inputs);
        tally.added.add("document " + d.slug());
      }
      for (DatasetFiles.Version v : d.versions()) {
        long documentKey =
            current
                .map(c -> c.id)
                .orElseGet(
                    () ->
                        PolicyDocumentEntity.<PolicyDocumentEntity>find("slug", d.slug())
                            .firstResult()
                            .id);
        if (PolicyVersionEntity.count("documentId = ?1 and label = ?2", documentKey, v.label())
            > 0) {
          tally.unchanged++;
          continue;
        }
        PolicyVersionEntity latest =
            PolicyVersionEntity.<PolicyVersionEntity>find(
                    "documentId = ?1 order by effectiveFrom desc", documentKey)
                .firstResult();
        if (latest != null && !v.effectiveFrom().isAfter(latest.effectiveFrom)) {
          tally.kept.add(
              "version \""
                  + v.label()
                  + "\" of "
                  + d.slug()
                  + " is dated before the registry's latest version; add it through the API");
          continue;
        }
        writes.version(d, v, inputs);
        tally.added.add("version \"" + v.label() + "\" of " + d.slug());
      }
    }
  }

  private void model(DatasetFiles.Model m, DatasetInputs inputs, Tally tally) {
    Optional<ModelEntity> current = ModelEntity.find("slug", m.slug()).firstResultOptional();
    if (current.isEmpty()) {
      writes.model(m, inputs);
      tally.added.add("model " + m.slug());
      return;
    }
    ModelEntity e = current.get();
    if (held.sameModel(e, m, inputs)) {
      tally.unchanged++;
    } else if (held.writtenByDataset("model", e.id)) {
      writes.modelCorrection(m, inputs);
      tally.corrected.add("model " + m.slug());
    } else {
      tally.kept.add(held.keptMessage("model " + m.slug(), "model", e.id));
    }
    for (ComponentInput c : inputs.components(m)) {
      Optional<ComponentEntity> part =
          ComponentEntity.find("model.id = ?1 and kind = ?2", e.id, c.kind()).firstResultOptional();
      String what = "component " + c.kind() + " of " + m.slug();
      if (part.isPresent() && HeldFacts.sameComponent(part.get(), c)) {
        tally.unchanged++;
      } else if (part.isEmpty() || held.writtenByDataset("component", part.get().id)) {
        writes.component(m, c);
        (part.isEmpty() ? tally.added : tally.corrected).add(what);
      } else {
        tally.kept.add(held.keptMessage(what, "component", part.get().id));
      }
    }
  }

  private void bindings(Dataset dataset, DatasetInputs inputs, Tally tally) {
    for (DatasetFiles.Model m : dataset.models()) {
      ModelEntity e = ModelEntity.find("slug", m.slug()).firstResult();
      for (DatasetFiles.Binding b :
          m.bindings() == null ? List.<DatasetFiles.Binding>of() : m.bindings()) {
        PolicyDocumentEntity d = PolicyDocumentEntity.find("slug", b.document()).firstResult();
        if (BindingEntity.count(
                "modelId = ?1 and documentId = ?2 and role = ?3 and effectiveFrom = ?4",
                e.id,
                d.id,
                b.role(),
                b.from())
            > 0) {
          tally.unchanged++;
        } else {
          writes.binding(m, b, inputs);
          tally.added.add("binding of " + m.slug() + " to " + b.document() + " from " + b.from());
        }
      }
    }
  }

  private void events(Dataset dataset, DatasetInputs inputs, Tally tally) {
    for (DatasetFiles.Event ev : dataset.events()) {
      if (PolicyEventEntity.count("key", ev.id()) > 0) {
        tally.unchanged++;
      } else {
        writes.event(ev, inputs);
        tally.added.add("event " + ev.id());
      }
    }
  }

  /** The report as the reload goes. */
  private static final class Tally {
    final List<String> added = new ArrayList<>();
    final List<String> corrected = new ArrayList<>();
    final List<String> kept = new ArrayList<>();
    int unchanged;

    Report report(String from, String to) {
      return new Report(from, to, added, corrected, kept, unchanged);
    }
  }
}
