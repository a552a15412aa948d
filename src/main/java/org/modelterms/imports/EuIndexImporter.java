package org.modelterms.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.modelterms.assessments.euindex.EuIndexAttribution;
import org.modelterms.assessments.euindex.EuIndexDimension;
import org.modelterms.assessments.euindex.EuIndexEntry;
import org.modelterms.assessments.euindex.EuIndexFormatException;
import org.modelterms.assessments.euindex.EuIndexParser;
import org.modelterms.history.Authored;
import org.modelterms.models.ModelEntity;
import org.modelterms.shared.errors.UserError;
import org.modelterms.shared.errors.UserErrorCode;
import org.modelterms.shared.errors.UserErrorsException;

/**
 * Imports one file of the European Open Source AI Index as third-party ratings of the registry
 * models it describes, matched by Hugging Face id or name. An entry that matches no model is
 * reported, never turned into a model.
 */
@ApplicationScoped
@Transactional
@Authored
public class EuIndexImporter {

  public record Result(List<Long> modelKeys, ImportOutcome outcome, String unmatched) {}

  private record Row(
      String rating, String links, String notes, String entry, String file, String version) {}

  private final EuIndexParser parser = new EuIndexParser();

  @Inject EntityManager em;

  public Result importFile(String fileName, String yaml) {
    EuIndexEntry entry;
    try {
      if (fileName == null || !fileName.matches("^[^/\\\\]{1,200}\\.ya?ml$")) {
        throw new EuIndexFormatException(0, "the file name must be a plain name ending in .yaml");
      }
      entry = parser.parse(fileName, yaml == null ? "" : yaml);
    } catch (EuIndexFormatException e) {
      throw new UserErrorsException(
          UserError.of(
              UserErrorCode.INVALID_FORMAT,
              (e.line() > 0 ? "Line " + e.line() + ": " : "") + e.problem(),
              "input",
              "yaml"));
    }
    Set<ModelEntity> models = match(entry);
    if (models.isEmpty()) {
      return new Result(
          List.of(),
          ImportOutcome.UNMATCHED,
          "no model has the Hugging Face id "
              + (entry.huggingFaceRepos().isEmpty()
                  ? "(none given)"
                  : String.join(" or ", entry.huggingFaceRepos()))
              + " or the name \""
              + entry.system().name()
              + "\"");
    }
    Map<EuIndexDimension, Row> wanted = rows(entry);
    boolean created = false;
    boolean changed = false;
    List<Long> keys = new ArrayList<>();
    for (ModelEntity model : models) {
      keys.add(model.id);
      Map<EuIndexDimension, Row> current = current(model.id);
      if (current.equals(wanted)) {
        continue;
      }
      created |= current.isEmpty();
      changed = true;
      write(model.id, wanted);
    }
    ImportOutcome outcome =
        !changed
            ? ImportOutcome.UNCHANGED
            : created ? ImportOutcome.CREATED : ImportOutcome.UPDATED;
    return new Result(keys, outcome, null);
  }

  /** Models named by the entry's Hugging Face ids, else by its system, base or end model name. */
  private static Set<ModelEntity> match(EuIndexEntry entry) {
    Set<ModelEntity> found = new LinkedHashSet<>();
    for (String id : entry.huggingFaceRepos()) {
      ModelEntity.<ModelEntity>find("lower(huggingFaceId) = ?1", id.toLowerCase(Locale.ROOT))
          .firstResultOptional()
          .ifPresent(found::add);
    }
    if (!found.isEmpty()) {
      return found;
    }
    for (String name :
        new String[] {
          entry.system().name(), entry.system().endModelName(), entry.system().baseModelName()
        }) {
      if (name != null && !name.isBlank()) {
        ModelEntity.<ModelEntity>find(
                "lower(name) = ?1 or slug = ?2",
                name.strip().toLowerCase(Locale.ROOT),
                Slugs.of(name))
            .firstResultOptional()
            .ifPresent(found::add);
      }
    }
    return found;
  }

  private static Map<EuIndexDimension, Row> rows(EuIndexEntry entry) {
    Map<EuIndexDimension, Row> rows = new LinkedHashMap<>();
    entry
        .ratings()
        .forEach(
            (dimension, rating) ->
                rows.put(
                    dimension,
                    new Row(
                        rating.cls().name(),
                        String.join("\n", rating.links()),
                        rating.notes(),
                        entry.system().name(),
                        entry.fileName(),
                        EuIndexAttribution.VERSION)));
    return rows;
  }

  private Map<EuIndexDimension, Row> current(long modelKey) {
    Map<EuIndexDimension, Row> rows = new LinkedHashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> found =
        em.createNativeQuery(
                "select dimension, rating, links, notes, entry_name, source_file, dataset_version"
                    + " from external_rating where model_id = :m and dataset = 'EU_OSAI_INDEX'",
                Object[].class)
            .setParameter("m", modelKey)
            .getResultList();
    for (Object[] r : found) {
      rows.put(
          EuIndexDimension.valueOf((String) r[0]),
          new Row(
              (String) r[1],
              (String) r[2],
              (String) r[3],
              (String) r[4],
              (String) r[5],
              (String) r[6]));
    }
    return rows;
  }

  private void write(long modelKey, Map<EuIndexDimension, Row> rows) {
    em.createNativeQuery(
            "delete from external_rating where model_id = :m and dataset = 'EU_OSAI_INDEX'")
        .setParameter("m", modelKey)
        .executeUpdate();
    rows.forEach(
        (dimension, row) ->
            em.createNativeQuery(
                    "insert into external_rating (model_id, dataset, dataset_version, entry_name,"
                        + " source_file, dimension, rating, links, notes) values (:m,"
                        + " 'EU_OSAI_INDEX', :v, :e, :f, :d, :r, :l, cast(:n as text))")
                .setParameter("m", modelKey)
                .setParameter("v", row.version())
                .setParameter("e", row.entry())
                .setParameter("f", row.file())
                .setParameter("d", dimension.name())
                .setParameter("r", row.rating())
                .setParameter("l", row.links())
                .setParameter("n", Objects.requireNonNullElse(row.notes(), ""))
                .executeUpdate());
  }
}
