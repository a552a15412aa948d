package org.modelterms.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.modelterms.events.EventEditor;
import org.modelterms.models.ModelEditor;
import org.modelterms.models.api.ModelRegisterInput;
import org.modelterms.models.api.OsaidNoteInput;
import org.modelterms.organizations.OrganizationEditor;
import org.modelterms.organizations.api.OrganizationRegisterInput;
import org.modelterms.policies.BindingEditor;
import org.modelterms.policies.PolicyEditor;
import org.modelterms.policies.api.ModelBindInput;
import org.modelterms.policies.api.PolicyDocumentRegisterInput;
import org.modelterms.policies.api.PolicyVersionPublishInput;

/** Writes dataset entries through the registry's services, for the loader and the reloader. */
@ApplicationScoped
class DatasetWrites {

  @Inject OrganizationEditor organizations;
  @Inject PolicyEditor policies;
  @Inject BindingEditor binder;
  @Inject ModelEditor models;
  @Inject EventEditor events;

  void organization(DatasetFiles.Organization o) {
    organizations.register(
        new OrganizationRegisterInput(o.slug(), o.name(), o.country(), o.website()));
  }

  void document(DatasetFiles.Document d, DatasetLoader.Sources sources) {
    policies.registerDocument(
        new PolicyDocumentRegisterInput(
            d.slug(),
            d.title(),
            d.kind(),
            d.publisher(),
            d.license(),
            d.url(),
            d.incorporates(),
            d.amends(),
            sources.of(d.sources())));
  }

  void version(DatasetFiles.Document d, DatasetFiles.Version v, DatasetLoader.Sources sources) {
    policies.publishVersion(
        new PolicyVersionPublishInput(
            d.slug(),
            v.label(),
            v.effectiveFrom(),
            v.effectiveTo(),
            v.sourceUrl(),
            null,
            v.text(),
            DatasetLoader.rules(v.rules(), sources),
            sources.of(v.sources())));
  }

  void model(DatasetFiles.Model m, DatasetLoader.Sources sources) {
    models.register(
        new ModelRegisterInput(
            m.slug(),
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
            DatasetLoader.components(m.components(), sources),
            osaidNote(m, sources),
            sources.of(m.sources())));
  }

  /** The model's OSAID note as input; null when it has none. */
  static OsaidNoteInput osaidNote(DatasetFiles.Model m, DatasetLoader.Sources sources) {
    return m.osaidNote() == null
        ? null
        : new OsaidNoteInput(m.osaidNote().text(), sources.of(m.osaidNote().sources()));
  }

  void binding(DatasetFiles.Model m, DatasetFiles.Binding b, DatasetLoader.Sources sources) {
    binder.bind(
        new ModelBindInput(
            m.slug(), b.document(), b.role(), b.from(), b.to(), sources.of(b.sources())));
  }

  void event(DatasetFiles.Event e, DatasetLoader.Sources sources) {
    events.record(
        new EventEditor.EventInput(
            e.id(),
            e.date(),
            e.title(),
            e.actor(),
            e.summary(),
            e.effect(),
            e.documents(),
            e.models(),
            sources.of(e.sources())));
  }
}
