package org.modelterms.models;

import org.modelterms.models.api.Component;
import org.modelterms.models.api.Model;

/** Maps entities to API types; entities never leave their service's transaction. */
final class ModelMapper {

  private ModelMapper() {}

  static Model toApi(ModelEntity m) {
    return new Model(
        m.id,
        m.slug,
        m.name,
        m.huggingFaceId,
        m.provider.id,
        m.releasedOn,
        m.parameterCount,
        m.modality,
        m.description,
        m.licenseExpression,
        m.baseModel == null ? null : m.baseModel.id,
        m.baseRelation,
        m.version,
        m.osaidNote);
  }

  static Component toApi(ComponentEntity c) {
    return new Component(
        c.id, c.model.id, c.kind, c.availability, c.licenseExpression, c.url, c.notes, c.version);
  }
}
