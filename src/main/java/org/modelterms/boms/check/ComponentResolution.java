package org.modelterms.boms.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelterms.boms.api.BomMatch;
import org.modelterms.boms.api.BomResolutionPath;
import org.modelterms.boms.api.BomUnresolvedReason;
import org.modelterms.boms.read.BomComponent;
import org.modelterms.licenses.api.License;
import org.modelterms.models.api.Model;

/**
 * What the registry makes of one component: the path taken (null for a data set, which is not
 * judged), the registry model or base model reached, and its declared licences as read.
 *
 * @param via refs of the document's components followed to reach the base model, nearest first
 * @param how the resolution, or why there is none, in a sentence
 */
record ComponentResolution(
    BomComponent component,
    BomResolutionPath path,
    BomMatch matchedBy,
    Model model,
    Model baseModel,
    List<String> via,
    List<DeclaredReading> declared,
    BomUnresolvedReason reason,
    String how) {

  /** The registry licences of the declared licences the registry knows wholly, without repeats. */
  List<License> identifiedLicenses() {
    Map<Long, License> unique = new LinkedHashMap<>();
    declared.stream()
        .filter(DeclaredReading::identified)
        .flatMap(d -> d.licenses().stream())
        .forEach(l -> unique.putIfAbsent(l.key(), l));
    return List.copyOf(unique.values());
  }

  /** Whether any licence it declares wholly is an expression offering a choice. */
  boolean declaresChoice() {
    return declared.stream().anyMatch(d -> d.identified() && d.choice());
  }

  /** What to call it in sentences: its name, else its ref. */
  String label() {
    return component.name() == null || component.name().isBlank()
        ? component.ref()
        : component.name();
  }
}
