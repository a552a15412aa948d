package org.modelterms.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import org.modelterms.models.ComponentEntity;
import org.modelterms.models.ModelEntity;
import org.modelterms.models.api.ComponentInput;
import org.modelterms.organizations.OrganizationEntity;

/**
 * What the registry holds against what the dataset says, and who changed it last: how a reload
 * tells a fact to keep from one to correct.
 */
@ApplicationScoped
class HeldFacts {

  @Inject EntityManager em;

  static boolean sameOrganization(OrganizationEntity e, DatasetFiles.Organization o) {
    return Objects.equals(e.name, o.name())
        && Objects.equals(e.country, o.country())
        && Objects.equals(e.website, o.website());
  }

  /** The same fields and the same OSAID note with the same citations. */
  boolean sameModel(ModelEntity e, DatasetFiles.Model m, DatasetInputs inputs) {
    return Objects.equals(e.name, m.name())
        && Objects.equals(e.huggingFaceId, m.huggingFaceId())
        && Objects.equals(e.provider.slug, m.provider())
        && Objects.equals(e.releasedOn, m.releasedOn())
        && Objects.equals(e.parameterCount, m.parameterCount())
        && Objects.equals(e.modality, m.modality())
        && Objects.equals(e.description, m.description())
        && sameOsaidNote(e, m, inputs);
  }

  /** The same note text, citing the same sources with the same quotes in the same order. */
  private boolean sameOsaidNote(ModelEntity e, DatasetFiles.Model m, DatasetInputs inputs) {
    String text = m.osaidNote() == null ? null : m.osaidNote().text().strip();
    if (!Objects.equals(e.osaidNote, text)) {
      return false;
    }
    List<String> cited =
        m.osaidNote() == null
            ? List.of()
            : inputs.sources(m.osaidNote().sources()).stream()
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

  static boolean sameComponent(ComponentEntity e, ComponentInput c) {
    return e.availability == c.availability()
        && Objects.equals(e.url, c.url())
        && Objects.equals(e.notes, c.notes())
        && Objects.equals(
            e.licenseExpression == null ? null : e.licenseExpression.toLowerCase(),
            c.licenseExpression() == null ? null : c.licenseExpression().toLowerCase());
  }

  /** Whether the dataset made the row's latest recorded change (no editor changed it since). */
  boolean writtenByDataset(String table, long id) {
    return DatasetWrites.AUTHOR.equals(lastAuthor(table, id));
  }

  /** Why a fact the dataset would correct is kept, naming who changed it. */
  String keptMessage(String what, String table, long id) {
    return what
        + " was changed by "
        + lastAuthor(table, id)
        + " after the dataset wrote it; kept as it is (apply the dataset's value through the API"
        + " if it is right)";
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
}
