package org.modelterms.models;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modelterms.models.api.Component;
import org.modelterms.models.api.Openness;
import org.modelterms.persistence.KeyPairs;

@ApplicationScoped
@Transactional
/** Reads the components of models, for many models at once. */
public class ComponentQueries {

  public java.util.Optional<Component> byKey(long key) {
    return ModelRows.components("c.id = :key", Map.of("key", key)).stream().findFirst();
  }

  /**
   * The components of many models in one query, in the order of the model keys, each by kind and
   * with the keys of its licences.
   */
  public List<List<Component>> byModels(List<Long> modelKeys) {
    Map<Long, List<Component>> byModel = new HashMap<>();
    ModelRows.components(
            "c.model_id = any(:models)", Map.of("models", modelKeys.toArray(Long[]::new)))
        .forEach(c -> byModel.computeIfAbsent(c.modelKey(), k -> new ArrayList<>()).add(c));
    return modelKeys.stream().map(k -> byModel.getOrDefault(k, List.of())).toList();
  }

  /** The openness summary of many models from one query over their components. */
  public List<Openness> openness(List<Long> modelKeys) {
    Map<Long, Map<ComponentKind, Availability>> byModel = new HashMap<>();
    List<Object[]> rows =
        ComponentEntity.getEntityManager()
            .createQuery(
                "select c.model.id, c.kind, c.availability from ComponentEntity c"
                    + " where c.model.id in ?1",
                Object[].class)
            .setParameter(1, modelKeys)
            .getResultList();
    for (Object[] row : rows) {
      byModel
          .computeIfAbsent((Long) row[0], k -> new HashMap<>())
          .put((ComponentKind) row[1], (Availability) row[2]);
    }
    return modelKeys.stream()
        .map(
            k -> {
              Map<ComponentKind, Availability> of = byModel.getOrDefault(k, Map.of());
              return new Openness(
                  OpennessSummary.weights(of), OpennessSummary.code(of), OpennessSummary.data(of));
            })
        .toList();
  }

  /** The licences each component's expression names, in one query. */
  public Map<Long, List<Long>> licenseKeys(List<Long> componentKeys) {
    return KeyPairs.grouped(
        ComponentEntity.getEntityManager()
            .createQuery(
                "select c.id, l.id from ComponentEntity c join c.licenses l where c.id in ?1"
                    + " order by l.key",
                Object[].class)
            .setParameter(1, componentKeys)
            .getResultList());
  }
}
