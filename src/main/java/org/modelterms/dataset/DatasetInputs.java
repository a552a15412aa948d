package org.modelterms.dataset;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelterms.events.EventEditor;
import org.modelterms.licenses.LicenseNames;
import org.modelterms.licenses.api.LicenseRegisterInput;
import org.modelterms.licenses.api.LicenseUpdateInput;
import org.modelterms.models.api.ComponentInput;
import org.modelterms.models.api.ModelRegisterInput;
import org.modelterms.models.api.ModelUpdateInput;
import org.modelterms.models.api.OsaidNoteInput;
import org.modelterms.organizations.api.OrganizationRegisterInput;
import org.modelterms.organizations.api.OrganizationUpdateInput;
import org.modelterms.policies.api.ModelBindInput;
import org.modelterms.policies.api.PolicyDocumentRegisterInput;
import org.modelterms.policies.api.PolicyVersionPublishInput;
import org.modelterms.policies.api.UseRuleInput;
import org.modelterms.sources.api.SourceInput;

/**
 * The dataset's entries as the API's inputs, their source keys resolved to the sources they name:
 * the dataset is written through the same inputs an editor sends, so it passes the same validation.
 */
final class DatasetInputs {

  private final Map<String, DatasetFiles.Source> sourcesByKey = new HashMap<>();

  DatasetInputs(List<DatasetFiles.Source> sources) {
    sources.forEach(s -> sourcesByKey.put(s.key(), s));
  }

  OrganizationRegisterInput organization(DatasetFiles.Organization o) {
    return new OrganizationRegisterInput(o.slug(), o.name(), o.country(), o.website());
  }

  OrganizationUpdateInput organizationCorrection(DatasetFiles.Organization o) {
    return new OrganizationUpdateInput(o.slug(), null, o.name(), o.country(), o.website());
  }

  /** A licence of the dataset's own ({@code LicenseRef-…}); SPDX licences are only annotated. */
  LicenseRegisterInput license(DatasetFiles.License l) {
    return new LicenseRegisterInput(
        l.identifier(), l.name(), l.kind(), l.url(), l.huggingFaceTags(), sources(l.sources()));
  }

  /** The licence's ScanCode keys and text URLs, or null when the dataset gives none. */
  LicenseNames licenseNames(DatasetFiles.License l) {
    if (l.scancodeKeys() == null && l.textUrls() == null && l.namesSources() == null) {
      return null;
    }
    return new LicenseNames(
        l.identifier(),
        l.scancodeKeys() == null ? List.of() : l.scancodeKeys(),
        l.scancodeCategory(),
        l.textUrls() == null ? List.of() : l.textUrls(),
        sources(l.namesSources()));
  }

  /** The dataset's kind and Hugging Face tags for a licence of the SPDX list. */
  LicenseUpdateInput spdxLicenseAnnotation(DatasetFiles.License l) {
    return new LicenseUpdateInput(l.identifier(), null, null, l.kind(), null, l.huggingFaceTags());
  }

  PolicyDocumentRegisterInput document(DatasetFiles.Document d) {
    return new PolicyDocumentRegisterInput(
        d.slug(),
        d.title(),
        d.kind(),
        d.publisher(),
        d.license(),
        d.url(),
        d.incorporates(),
        d.amends(),
        sources(d.sources()));
  }

  PolicyVersionPublishInput version(DatasetFiles.Document d, DatasetFiles.Version v) {
    return new PolicyVersionPublishInput(
        d.slug(),
        v.label(),
        v.effectiveFrom(),
        v.effectiveTo(),
        v.sourceUrl(),
        null,
        v.text(),
        rules(v.rules()),
        sources(v.sources()));
  }

  ModelRegisterInput model(DatasetFiles.Model m) {
    return new ModelRegisterInput(
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
        components(m),
        osaidNote(m),
        sources(m.sources()));
  }

  /**
   * Every field of the model as the dataset has it; a model without a note gets an empty one, which
   * removes the note the registry holds.
   */
  ModelUpdateInput modelCorrection(DatasetFiles.Model m) {
    ModelRegisterInput as = model(m);
    return new ModelUpdateInput(
        as.slug(),
        null,
        as.name(),
        as.huggingFaceId(),
        as.provider(),
        as.releasedOn(),
        as.parameterCount(),
        as.modality(),
        as.description(),
        as.licenseExpression(),
        as.baseModel(),
        as.baseRelation(),
        as.osaidNote() != null ? as.osaidNote() : new OsaidNoteInput("", List.of()));
  }

  /** The model's OSAID note; null when it has none. */
  OsaidNoteInput osaidNote(DatasetFiles.Model m) {
    return m.osaidNote() == null
        ? null
        : new OsaidNoteInput(m.osaidNote().text(), sources(m.osaidNote().sources()));
  }

  List<ComponentInput> components(DatasetFiles.Model m) {
    if (m.components() == null) {
      return List.of();
    }
    return m.components().stream()
        .map(
            c ->
                new ComponentInput(
                    c.kind(),
                    c.availability(),
                    c.license(),
                    c.url(),
                    c.notes(),
                    sources(c.sources())))
        .toList();
  }

  ModelBindInput binding(DatasetFiles.Model m, DatasetFiles.Binding b) {
    return new ModelBindInput(
        m.slug(), b.document(), b.role(), b.from(), b.to(), sources(b.sources()));
  }

  EventEditor.EventInput event(DatasetFiles.Event e) {
    return new EventEditor.EventInput(
        e.id(),
        e.date(),
        e.title(),
        e.actor(),
        e.summary(),
        e.effect(),
        e.documents(),
        e.models(),
        sources(e.sources()));
  }

  private List<UseRuleInput> rules(List<DatasetFiles.Rule> rules) {
    if (rules == null) {
      return List.of();
    }
    return rules.stream()
        .map(
            r ->
                new UseRuleInput(
                    r.use(), r.effect(), r.quote(), r.conditions(), r.note(), sources(r.sources())))
        .toList();
  }

  /** The sources cited, each once per quote, with the fact's own confidence where it lowers it. */
  List<SourceInput> sources(List<DatasetFiles.SourceRef> refs) {
    if (refs == null) {
      return List.of();
    }
    Map<String, SourceInput> inputs = new LinkedHashMap<>();
    for (DatasetFiles.SourceRef ref : refs) {
      DatasetFiles.Source s = sourcesByKey.get(ref.key());
      if (s == null) {
        throw new IllegalStateException("The dataset cites an unknown source key " + ref.key());
      }
      inputs.put(
          ref.key() + "|" + ref.quote(),
          new SourceInput(
              s.url(),
              s.title(),
              s.publisher(),
              s.published(),
              s.retrieved(),
              ref.confidence() != null ? ref.confidence() : s.confidence(),
              null,
              ref.quote()));
    }
    return List.copyOf(inputs.values());
  }
}
