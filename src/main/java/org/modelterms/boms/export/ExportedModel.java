package org.modelterms.boms.export;

import java.time.LocalDate;
import java.util.List;
import org.modelterms.licenses.api.License;
import org.modelterms.models.api.Component;
import org.modelterms.models.api.Model;
import org.modelterms.openness.MofClass;
import org.modelterms.openness.OsaidVerdict;
import org.modelterms.organizations.api.Organization;
import org.modelterms.permissions.api.UsePermission;
import org.modelterms.sources.api.Citation;

/**
 * A registry model with everything an export states of it, read for a whole document at once.
 *
 * @param licenses the licences its own licence expression names
 * @param base the model it derives from, whose own base follows in turn; null for none
 * @param mofClass the most open MOF class it achieves, or null
 * @param uses its verdict for every use on {@code verdictsOn}, for an actor of whom nothing is
 *     known
 */
public record ExportedModel(
    Model model,
    Organization provider,
    List<License> licenses,
    List<Component> components,
    List<Citation> sources,
    Ancestor base,
    OsaidVerdict osaid,
    MofClass mofClass,
    LocalDate verdictsOn,
    List<UsePermission> uses) {

  /** A model in the base-model chain of an exported one. */
  public record Ancestor(
      Model model, Organization provider, List<License> licenses, Ancestor base) {}
}
