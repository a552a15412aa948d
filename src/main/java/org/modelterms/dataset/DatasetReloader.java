package org.modelterms.dataset;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.modelterms.dataset.DatasetFiles.Dataset;
import org.modelterms.events.PolicyEventEntity;
import org.modelterms.history.ChangeAuthor;
import org.modelterms.models.ComponentEditor;
import org.modelterms.models.ComponentEntity;
import org.modelterms.models.ModelEditor;
import org.modelterms.models.ModelEntity;
import org.modelterms.models.api.ComponentInput;
import org.modelterms.models.api.ComponentSetInput;
import org.modelterms.models.api.ModelUpdateInput;
import org.modelterms.models.api.OsaidNoteInput;
import org.modelterms.organizations.OrganizationEditor;
import org.modelterms.organizations.OrganizationEntity;
import org.modelterms.organizations.api.OrganizationUpdateInput;
import org.modelterms.policies.BindingEntity;
import org.modelterms.policies.PolicyDocumentEntity;
import org.modelterms.policies.PolicyVersionEntity;
import org.modelterms.policies.api.UseRuleInput;

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

  static final String AUTHOR = "modelterms-dataset";

  @Inject EntityManager em;
  @Inject DatasetLoader loader;
  @Inject DatasetWrites writes;
  @Inject OrganizationEditor organizations;
  @Inject ModelEditor models;
  @Inject ComponentEditor components;

  /** Applies the dataset; returns what changed. */
  @Transactional
  // One transaction for the whole dataset: on a busy machine it outlasts the default 60 s.
  @TransactionConfiguration(timeout = 900)
  public Report reload(Dataset dataset) {
    return ChangeAuthor.as(AUTHOR, () -> apply(dataset));
  }

  private Report apply(Dataset dataset) {
    String to = dataset.manifest().version();
    Optional<String> from = loader.loadedVersion();
    List<String> added = new ArrayList<>();
    List<String> corrected = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    int[] unchanged = {0};
    if (from.isEmpty()) {
      // Within this transaction, whose timeout is set here: Quarkus refuses a second setting below.
      loader.load(dataset.manifest(), () -> dataset);
      added.add("the whole dataset " + to);
      return new Report(null, to, added, corrected, kept, 0);
    }
    DatasetLoader.Sources sources = new DatasetLoader.Sources(dataset.sources());
    for (DatasetFiles.Organization o : dataset.organizations()) {
      Optional<OrganizationEntity> current =
          OrganizationEntity.find("slug", o.slug()).firstResultOptional();
      if (current.isEmpty()) {
        writes.organization(o);
        added.add("organisation " + o.slug());
      } else if (Objects.equals(current.get().name, o.name())
          && Objects.equals(current.get().country, o.country())
          && Objects.equals(current.get().website, o.website())) {
        unchanged[0]++;
      } else if (writtenByDataset("organization", current.get().id)) {
        organizations.update(
            new OrganizationUpdateInput(o.slug(), null, o.name(), o.country(), o.website()));
        corrected.add("organisation " + o.slug());
      } else {
        kept.add(keptMessage("organisation " + o.slug(), "organization", current.get().id));
      }
    }
    for (DatasetFiles.Document d : DatasetOrder.documents(dataset.documents())) {
      Optional<PolicyDocumentEntity> current =
          PolicyDocumentEntity.find("slug", d.slug()).firstResultOptional();
      if (current.isEmpty()) {
        writes.document(d, sources);
        added.add("document " + d.slug());
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
          unchanged[0]++;
          continue;
        }
        PolicyVersionEntity latest =
            PolicyVersionEntity.<PolicyVersionEntity>find(
                    "documentId = ?1 order by effectiveFrom desc", documentKey)
                .firstResult();
        if (latest != null && !v.effectiveFrom().isAfter(latest.effectiveFrom)) {
          kept.add(
              "version \""
                  + v.label()
                  + "\" of "
                  + d.slug()
                  + " is dated before the registry's latest version; add it through the API");
          continue;
        }
        writes.version(d, v, sources);
        added.add("version \"" + v.label() + "\" of " + d.slug());
      }
    }
    for (DatasetFiles.Model m : DatasetOrder.models(dataset.models())) {
      Optional<ModelEntity> current = ModelEntity.find("slug", m.slug()).firstResultOptional();
      if (current.isEmpty()) {
        writes.model(m, sources);
        added.add("model " + m.slug());
        continue;
      }
      ModelEntity e = current.get();
      if (sameModel(e, m) && sameOsaidNote(e, m, sources)) {
        unchanged[0]++;
      } else if (writtenByDataset("model", e.id)) {
        models.update(
            new ModelUpdateInput(
                m.slug(),
                null,
                m.name(),
                m.huggingFaceId(),
                m.provider(),
                m.releasedOn(),
                m.parameterCount(),
                m.modality(),
                m.description(),
                m.licenseExpression(),
                m.baseModel(),
                m.baseRelation(),
                m.osaidNote() != null
                    ? DatasetWrites.osaidNote(m, sources)
                    : new OsaidNoteInput("", List.of())));
        corrected.add("model " + m.slug());
      } else {
        kept.add(keptMessage("model " + m.slug(), "model", e.id));
      }
      for (ComponentInput c : DatasetLoader.components(m.components(), sources)) {
        Optional<ComponentEntity> part =
            ComponentEntity.find("model.id = ?1 and kind = ?2", e.id, c.kind())
                .firstResultOptional();
        if (part.isPresent() && sameComponent(part.get(), c)) {
          unchanged[0]++;
        } else if (part.isEmpty() || writtenByDataset("component", part.get().id)) {
          components.set(new ComponentSetInput(m.slug(), c));
          (part.isEmpty() ? added : corrected).add("component " + c.kind() + " of " + m.slug());
        } else {
          kept.add(
              keptMessage("component " + c.kind() + " of " + m.slug(), "component", part.get().id));
        }
      }
    }
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
          unchanged[0]++;
        } else {
          writes.binding(m, b, sources);
          added.add("binding of " + m.slug() + " to " + b.document() + " from " + b.from());
        }
      }
    }
    for (DatasetFiles.Event ev : dataset.events()) {
      if (PolicyEventEntity.count("key", ev.id()) > 0) {
        unchanged[0]++;
      } else {
        writes.event(ev, sources);
        added.add("event " + ev.id());
      }
    }
    loader.markLoaded(to);
    return new Report(from.get(), to, added, corrected, kept, unchanged[0]);
  }

  private static boolean sameModel(ModelEntity e, DatasetFiles.Model m) {
    return Objects.equals(e.name, m.name())
        && Objects.equals(e.huggingFaceId, m.huggingFaceId())
        && Objects.equals(e.provider.slug, m.provider())
        && Objects.equals(e.releasedOn, m.releasedOn())
        && Objects.equals(e.parameterCount, m.parameterCount())
        && Objects.equals(e.modality, m.modality())
        && Objects.equals(e.description, m.description());
  }

  /** The same note text, citing the same sources with the same quotes in the same order. */
  private boolean sameOsaidNote(
      ModelEntity e, DatasetFiles.Model m, DatasetLoader.Sources sources) {
    String text = m.osaidNote() == null ? null : m.osaidNote().text().strip();
    if (!Objects.equals(e.osaidNote, text)) {
      return false;
    }
    List<String> cited =
        m.osaidNote() == null
            ? List.of()
            : sources.of(m.osaidNote().sources()).stream()
                .map(
                    s ->
                        s.url().strip()
                            + "|"
                            + (s.quote() == null || s.quote().isBlank() ? null : s.quote().strip()))
                .toList();
    @SuppressWarnings("unchecked")
    List<String> held =
        em.createNativeQuery(
                "select s.url || '|' || coalesce(c.quote, 'null') from citation c join source s"
                    + " on s.id = c.source_id where c.model_id = :m and c.field = 'osaidNote'"
                    + " order by c.id")
            .setParameter("m", e.id)
            .getResultList();
    return held.equals(cited);
  }

  private static boolean sameComponent(ComponentEntity e, ComponentInput c) {
    return e.availability == c.availability()
        && Objects.equals(e.url, c.url())
        && Objects.equals(e.notes, c.notes())
        && Objects.equals(
            e.licenseExpression == null ? null : e.licenseExpression.toLowerCase(),
            c.licenseExpression() == null ? null : c.licenseExpression().toLowerCase());
  }

  /** Whether the dataset made the row's latest recorded change (no editor changed it since). */
  private boolean writtenByDataset(String table, long id) {
    return AUTHOR.equals(lastAuthor(table, id));
  }

  private String lastAuthor(String table, long id) {
    @SuppressWarnings("unchecked")
    List<String> authors =
        em.createNativeQuery(
                "select recorded_by from history where table_name = :t and row_id = :id order by id"
                    + " desc limit 1")
            .setParameter("t", table)
            .setParameter("id", id)
            .getResultList();
    return authors.isEmpty() ? null : authors.get(0);
  }

  private String keptMessage(String what, String table, long id) {
    return what
        + " was changed by "
        + lastAuthor(table, id)
        + " after the dataset wrote it; kept as it is (apply the dataset's value through the API"
        + " if it is right)";
  }

  private static List<UseRuleInput> rules(
      List<DatasetFiles.Rule> rules, DatasetLoader.Sources sources) {
    return DatasetLoader.rules(rules, sources);
  }
}
