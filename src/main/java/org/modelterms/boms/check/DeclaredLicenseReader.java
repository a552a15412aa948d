package org.modelterms.boms.check;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelterms.boms.read.BomComponent;
import org.modelterms.boms.read.DeclaredLicense;
import org.modelterms.boms.read.DeclaredLicenseForm;
import org.modelterms.licenses.SpdxExpression;
import org.modelterms.licenses.api.License;

/**
 * Reads the licences a document declares: splits expressions into their licence ids, and asks
 * {@link DeclaredLicenses} for all of them at once.
 */
@ApplicationScoped
class DeclaredLicenseReader {

  @Inject DeclaredLicenses identities;

  private record Atoms(List<String> ids, boolean choice) {}

  Map<DeclaredLicense, DeclaredReading> read(List<BomComponent> components) {
    Map<DeclaredLicense, Atoms> atoms = new HashMap<>();
    Set<String> all = new LinkedHashSet<>();
    for (BomComponent c : components) {
      for (DeclaredLicense d : c.licenses()) {
        Atoms a = atoms(d);
        atoms.put(d, a);
        all.addAll(a.ids());
        if (d.url() != null) {
          all.add(d.url());
        }
      }
    }
    Map<String, License> known = identities.identifyAll(all);
    Map<DeclaredLicense, DeclaredReading> readings = new HashMap<>();
    atoms.forEach(
        (d, a) -> {
          List<License> found = new ArrayList<>();
          a.ids().stream().map(known::get).filter(l -> l != null).forEach(found::add);
          boolean identified = !a.ids().isEmpty() && found.size() == a.ids().size();
          if (!identified && a.ids().size() <= 1 && d.url() != null && known.containsKey(d.url())) {
            found = List.of(known.get(d.url()));
            identified = true;
          }
          readings.put(d, new DeclaredReading(d, List.copyOf(found), identified, a.choice()));
        });
    return readings;
  }

  private static Atoms atoms(DeclaredLicense d) {
    String value = d.value() == null ? "" : d.value().strip();
    // A card's "other" names no licence: the license_name declared beside it does.
    if (value.isEmpty()
        || (d.form() == DeclaredLicenseForm.HUGGING_FACE_ID && value.equalsIgnoreCase("other"))) {
      return new Atoms(List.of(), false);
    }
    if (d.form() == DeclaredLicenseForm.SPDX_EXPRESSION) {
      try {
        SpdxExpression e = SpdxExpression.parse(value);
        return new Atoms(List.copyOf(e.licenseIds()), offersChoice(e));
      } catch (IllegalArgumentException notAnExpression) {
        return new Atoms(List.of(value), false);
      }
    }
    return new Atoms(List.of(value), false);
  }

  private static boolean offersChoice(SpdxExpression e) {
    if (e instanceof SpdxExpression.Or) {
      return true;
    }
    if (e instanceof SpdxExpression.And and) {
      return and.terms().stream().anyMatch(DeclaredLicenseReader::offersChoice);
    }
    return false;
  }
}
