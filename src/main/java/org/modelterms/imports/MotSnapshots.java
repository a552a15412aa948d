package org.modelterms.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modelterms.models.ComponentEntity;
import org.modelterms.models.ComponentKind;
import org.modelterms.models.ModelEntity;

/** Reads what the registry holds of a model in the shape a MOT file decides. */
@ApplicationScoped
class MotSnapshots {

  @Inject EntityManager em;

  MotSnapshot of(ModelEntity model) {
    Map<String, String> declared = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select scope, license from model_declared_license where model_id = :m",
                Object[].class)
            .setParameter("m", model.id)
            .getResultList();
    rows.forEach(r -> declared.put((String) r[0], (String) r[1]));
    Map<ComponentKind, MotSnapshot.Part> parts = new EnumMap<>(ComponentKind.class);
    ComponentEntity.<ComponentEntity>list("model.id", model.id)
        .forEach(
            c ->
                parts.put(
                    c.kind,
                    new MotSnapshot.Part(
                        c.availability, c.declaredLicense, c.licenseExpression, c.url)));
    return new MotSnapshot(
        model.slug,
        model.name,
        model.huggingFaceId,
        model.provider.slug,
        model.provider.name,
        model.licenseExpression,
        declared,
        parts);
  }
}
