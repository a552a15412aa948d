package org.modelterms.models;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelterms.history.Authored;
import org.modelterms.licenses.LicenseQueries;
import org.modelterms.licenses.ResolvedExpression;
import org.modelterms.models.api.Component;
import org.modelterms.models.api.ComponentInput;
import org.modelterms.models.api.ComponentSetInput;
import org.modelterms.persistence.Writes;
import org.modelterms.shared.changes.ModelFactsChanged;
import org.modelterms.shared.errors.Problems;
import org.modelterms.shared.errors.UserErrorCode;
import org.modelterms.sources.CitationSubject;
import org.modelterms.sources.SourceEditor;

/** Writes the components of models, after checking them. */
@ApplicationScoped
@Transactional
public class ComponentEditor {

  /** A component input that passed validation, ready to be written. */
  record Checked(ComponentInput input, ResolvedExpression license, String url, String notes) {}

  @Inject LicenseQueries licenses;
  @Inject SourceEditor sources;
  @Inject Event<ModelFactsChanged> factsChanged;

  /** The {@code componentSet} mutation: adds or replaces one component of a model. */
  @Authored // on the write only: reads need not tell the database who writes
  public Component set(ComponentSetInput input) {
    ModelEntity model = ModelLookup.required(input.model());
    Problems problems = new Problems();
    Checked checked = check(input.component(), problems, "input", "component");
    problems.throwIfAny();
    ComponentEntity written = write(model, checked);
    Writes.flush(Map.of());
    factsChanged.fire(ModelFactsChanged.of(model.id));
    return ModelMapper.toApi(written);
  }

  /** Checks components given with a model; each kind may appear once. */
  List<Checked> checkAll(List<ComponentInput> inputs, Problems problems, String... path) {
    List<Checked> checked = new ArrayList<>();
    if (inputs == null) {
      return checked;
    }
    Set<ComponentKind> seen = EnumSet.noneOf(ComponentKind.class);
    for (int i = 0; i < inputs.size(); i++) {
      String[] at = append(path, String.valueOf(i));
      ComponentInput input = inputs.get(i);
      if (input == null) {
        problems.add(UserErrorCode.REQUIRED, "A component cannot be null.", at);
        continue;
      }
      if (input.kind() != null && !seen.add(input.kind())) {
        problems.add(
            UserErrorCode.DUPLICATE,
            "The component " + input.kind() + " is given twice.",
            append(at, "kind"));
      }
      checked.add(check(input, problems, at));
    }
    return checked;
  }

  Checked check(ComponentInput input, Problems problems, String... path) {
    ResolvedExpression license =
        licenses.resolve(input.licenseExpression(), problems, append(path, "licenseExpression"));
    String url = problems.optionalUrl(input.url(), append(path, "url"));
    String notes = problems.optionalText(input.notes(), 5000, append(path, "notes"));
    sources.validate(input.sources(), problems, append(path, "sources"));
    return new Checked(input, license, url, notes);
  }

  /** Writes a checked component, replacing the model's component of the same kind. */
  ComponentEntity write(ModelEntity model, Checked checked) {
    ComponentInput input = checked.input();
    ComponentEntity component =
        model.id == null
            ? null
            : ComponentEntity.<ComponentEntity>find(
                    "model.id = ?1 and kind = ?2", model.id, input.kind())
                .firstResult();
    if (component == null) {
      component = new ComponentEntity();
      component.model = model;
      component.kind = input.kind();
    }
    component.availability = input.availability();
    component.licenseExpression = checked.license() == null ? null : checked.license().canonical();
    component.licenses =
        checked.license() == null ? new HashSet<>() : new HashSet<>(checked.license().licenses());
    component.url = checked.url();
    component.notes = checked.notes();
    component.persist();
    sources.cite(CitationSubject.COMPONENT, component.id, input.sources());
    return component;
  }

  static String[] append(String[] path, String part) {
    String[] longer = java.util.Arrays.copyOf(path, path.length + 1);
    longer[path.length] = part;
    return longer;
  }
}
