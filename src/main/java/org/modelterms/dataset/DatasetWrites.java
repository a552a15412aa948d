package org.modelterms.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.modelterms.events.EventEditor;
import org.modelterms.licenses.LicenseEditor;
import org.modelterms.licenses.LicenseNames;
import org.modelterms.licenses.LicenseNamesEditor;
import org.modelterms.models.ComponentEditor;
import org.modelterms.models.ModelEditor;
import org.modelterms.models.api.ComponentInput;
import org.modelterms.models.api.ComponentSetInput;
import org.modelterms.organizations.OrganizationEditor;
import org.modelterms.policies.BindingEditor;
import org.modelterms.policies.PolicyEditor;

/**
 * Writes dataset entries through the registry's services, for the loader and the reloader: the
 * history records each write with its author like any editor's.
 */
@ApplicationScoped
class DatasetWrites {

  /** The author the history records for the dataset's writes: how a reload tells them apart. */
  static final String AUTHOR = "modelterms-dataset";

  @Inject OrganizationEditor organizations;
  @Inject LicenseEditor licenses;
  @Inject LicenseNamesEditor licenseNames;
  @Inject PolicyEditor policies;
  @Inject BindingEditor binder;
  @Inject ModelEditor models;
  @Inject ComponentEditor components;
  @Inject EventEditor events;

  void organization(DatasetFiles.Organization o, DatasetInputs inputs) {
    organizations.register(inputs.organization(o));
  }

  void organizationCorrection(DatasetFiles.Organization o, DatasetInputs inputs) {
    organizations.update(inputs.organizationCorrection(o));
  }

  /**
   * Registers a licence of the dataset's own or annotates one of the SPDX list, already held; then
   * records its other names.
   */
  void license(DatasetFiles.License l, DatasetInputs inputs) {
    if (l.identifier().startsWith("LicenseRef-")) {
      licenses.register(inputs.license(l));
    } else if (l.kind() != null || l.huggingFaceTags() != null) {
      licenses.update(inputs.spdxLicenseAnnotation(l));
    }
    LicenseNames names = inputs.licenseNames(l);
    if (names != null) {
      licenseNames(names);
    }
  }

  void licenseNames(LicenseNames names) {
    licenseNames.name(names);
  }

  void document(DatasetFiles.Document d, DatasetInputs inputs) {
    policies.registerDocument(inputs.document(d));
  }

  void version(DatasetFiles.Document d, DatasetFiles.Version v, DatasetInputs inputs) {
    policies.publishVersion(inputs.version(d, v));
  }

  void model(DatasetFiles.Model m, DatasetInputs inputs) {
    models.register(inputs.model(m));
  }

  void modelCorrection(DatasetFiles.Model m, DatasetInputs inputs) {
    models.update(inputs.modelCorrection(m));
  }

  /** Adds the component, or replaces the one of its kind. */
  void component(DatasetFiles.Model m, ComponentInput c) {
    components.set(new ComponentSetInput(m.slug(), c));
  }

  void binding(DatasetFiles.Model m, DatasetFiles.Binding b, DatasetInputs inputs) {
    binder.bind(inputs.binding(m, b));
  }

  void event(DatasetFiles.Event e, DatasetInputs inputs) {
    events.record(inputs.event(e));
  }
}
