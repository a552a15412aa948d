package org.modelterms.boms.check;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.modelterms.boms.api.BomMatch;
import org.modelterms.boms.api.BomResolutionPath;
import org.modelterms.boms.api.BomUnresolvedReason;
import org.modelterms.boms.read.BaseModelReference;
import org.modelterms.boms.read.BomComponent;
import org.modelterms.boms.read.BomComponentType;
import org.modelterms.boms.read.DeclaredLicense;
import org.modelterms.boms.read.ParsedBom;
import org.modelterms.models.ModelIdentifier;
import org.modelterms.models.ModelQueries;
import org.modelterms.models.api.Model;

/**
 * Resolves every model of a document to what the registry knows, in the order of {@code
 * docs/bom.md} ("How each model is resolved"): a registry model, a base model the document leads
 * to, the declared licence, or nothing, saying which and how. Every identifier of the document is
 * looked up at once, so the statements do not grow with the components.
 */
@ApplicationScoped
class BomResolver {

  /** How far through the document's own components a base model is followed. */
  static final int MAX_BASE_DEPTH = 5;

  @Inject ModelQueries models;
  @Inject DeclaredLicenseReader licenses;

  private record Found(Model model, BomMatch matchedBy, String what) {}

  private record Base(Found found, List<String> via) {}

  /** The models of the document as the registry knows them. */
  private record Registry(Map<String, Model> byHuggingFaceId, Map<String, List<Model>> byName) {

    Optional<Model> huggingFace(String id) {
      return Optional.ofNullable(byHuggingFaceId.get(ModelIdentifier.normalised(id)));
    }

    List<Model> named(String name) {
      return byName.getOrDefault(ModelIdentifier.normalised(name), List.of());
    }
  }

  List<ComponentResolution> resolve(ParsedBom bom) {
    Registry registry = lookUp(bom.components());
    Map<DeclaredLicense, DeclaredReading> readings = licenses.read(bom.components());
    List<ComponentResolution> result = new ArrayList<>();
    for (BomComponent c : bom.components()) {
      List<DeclaredReading> declared = c.licenses().stream().map(readings::get).toList();
      result.add(
          c.type() == BomComponentType.DATA
              ? new ComponentResolution(c, null, null, null, null, List.of(), declared, null, "")
              : resolve(c, bom.components(), registry, declared));
    }
    return result;
  }

  private ComponentResolution resolve(
      BomComponent c, List<BomComponent> all, Registry registry, List<DeclaredReading> declared) {
    Optional<Found> direct = identify(c, registry);
    if (direct.isPresent()) {
      Found f = direct.get();
      return new ComponentResolution(
          c,
          BomResolutionPath.MODEL,
          f.matchedBy(),
          f.model(),
          null,
          List.of(),
          declared,
          null,
          "Registry model " + describe(f.model()) + ", named by " + f.what() + ".");
    }
    for (BaseModelReference ref : c.baseModels()) {
      Optional<Base> base = base(ref, all, registry, 1, new HashSet<>(Set.of(c.ref())));
      if (base.isPresent()) {
        Found f = base.get().found();
        List<String> via = base.get().via();
        return new ComponentResolution(
            c,
            BomResolutionPath.BASE_MODEL,
            f.matchedBy(),
            null,
            f.model(),
            via,
            declared,
            null,
            "Not in the registry; its base model "
                + (via.isEmpty() ? "" : "(through component " + String.join(", then ", via) + ") ")
                + "is registry model "
                + describe(f.model())
                + ", named by "
                + f.what()
                + ", whose terms it inherits as a registered fine-tune would.");
      }
    }
    List<DeclaredReading> known = declared.stream().filter(DeclaredReading::identified).toList();
    if (!known.isEmpty()) {
      List<String> unknown =
          declared.stream()
              .filter(d -> !d.identified() && !d.pointsToItsName())
              .map(d -> d.declared().value())
              .toList();
      return new ComponentResolution(
          c,
          BomResolutionPath.DECLARED_LICENSE,
          null,
          null,
          null,
          List.of(),
          declared,
          null,
          "Neither it nor a base model it names is in the registry; its declared licence "
              + known.stream()
                  .map(d -> d.declared().value())
                  .distinct()
                  .collect(Collectors.joining(", "))
              + " is known to the registry, whose documents for it decide."
              + (unknown.isEmpty()
                  ? ""
                  : " It also declares "
                      + String.join(", ", unknown)
                      + ", which the registry does not know, so those terms are not weighed."));
    }
    return unresolved(c, declared);
  }

  private static ComponentResolution unresolved(BomComponent c, List<DeclaredReading> declared) {
    BomUnresolvedReason reason;
    String how;
    if (!declared.isEmpty()) {
      reason = BomUnresolvedReason.UNKNOWN_LICENSE;
      how =
          "Neither it nor a base model it names is in the registry, and the registry knows no"
              + " licence it declares ("
              + declared.stream().map(d -> d.declared().value()).collect(Collectors.joining(", "))
              + ").";
    } else if (!c.baseModels().isEmpty()) {
      reason = BomUnresolvedReason.UNKNOWN_BASE_MODEL;
      how =
          "Neither it nor any base model it names (followed through the document) is in the"
              + " registry, and it declares no licence.";
    } else if (nothingToLookUp(c)) {
      reason = BomUnresolvedReason.NO_IDENTIFIER;
      how = "It gives no name, package URL, Hugging Face id, base model or licence to look up.";
    } else {
      reason = BomUnresolvedReason.UNKNOWN_MODEL;
      how =
          "The registry holds no model by "
              + tried(c)
              + ", it names no base model and declares no licence.";
    }
    return new ComponentResolution(
        c, BomResolutionPath.UNRESOLVED, null, null, null, List.of(), declared, reason, how);
  }

  private static boolean nothingToLookUp(BomComponent c) {
    return blank(c.name()) && c.purl() == null && c.huggingFaceId() == null && c.urls().isEmpty();
  }

  private static String tried(BomComponent c) {
    List<String> tried = new ArrayList<>();
    if (c.purl() != null) {
      tried.add("package URL " + c.purl());
    }
    if (c.huggingFaceId() != null) {
      tried.add("Hugging Face id " + c.huggingFaceId());
    }
    if (!blank(c.name())) {
      tried.add(
          "name \""
              + c.name()
              + "\""
              + (blank(c.supplier()) ? " (no supplier given)" : " with supplier " + c.supplier()));
    }
    if (tried.isEmpty()) {
      tried.add("its URLs");
    }
    return String.join(", ", tried);
  }

  /** The registry model the component itself names, by the first rule that finds one. */
  private static Optional<Found> identify(BomComponent c, Registry registry) {
    Optional<String> fromPurl = HuggingFaceNames.fromPurl(c.purl());
    if (fromPurl.isPresent()) {
      Optional<Model> m = registry.huggingFace(fromPurl.get());
      if (m.isPresent()) {
        return Optional.of(new Found(m.get(), BomMatch.PURL, "its package URL " + c.purl()));
      }
    }
    for (String id : huggingFaceIds(c)) {
      Optional<Model> m = registry.huggingFace(id);
      if (m.isPresent()) {
        return Optional.of(
            new Found(m.get(), BomMatch.HUGGING_FACE_ID, "its Hugging Face id " + id));
      }
    }
    for (String url : c.urls()) {
      Optional<Model> m = HuggingFaceNames.fromUrl(url).flatMap(registry::huggingFace);
      if (m.isPresent()) {
        return Optional.of(new Found(m.get(), BomMatch.URL, "its URL " + url));
      }
    }
    if (!blank(c.name()) && !blank(c.supplier())) {
      for (Model m : registry.named(c.name())) {
        if (suppliedBy(m, c.supplier())) {
          return Optional.of(
              new Found(
                  m,
                  BomMatch.NAME_AND_SUPPLIER,
                  "its name \"" + c.name() + "\" and supplier \"" + c.supplier() + "\""));
        }
      }
    }
    return Optional.empty();
  }

  /** The Hugging Face ids the component states: its own field, or a name of that form. */
  private static List<String> huggingFaceIds(BomComponent c) {
    Set<String> ids = new LinkedHashSet<>();
    if (c.huggingFaceId() != null) {
      ids.add(c.huggingFaceId());
    }
    HuggingFaceNames.id(c.name()).ifPresent(ids::add);
    return List.copyOf(ids);
  }

  /**
   * The supplier is the provider: its name or slug, or the first words of its name, either with or
   * without a legal form ("OpenAI Inc" is OpenAI, "Meta" is Meta Platforms, Inc.).
   */
  private static boolean suppliedBy(Model m, String supplier) {
    String s = withoutLegalForm(supplier);
    String name = withoutLegalForm(m.providerRow().name());
    return s.equals(name)
        || supplier.strip().equalsIgnoreCase(m.providerRow().slug())
        || (!s.isEmpty() && name.startsWith(s + " "));
  }

  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "inc",
          "incorporated",
          "llc",
          "ltd",
          "limited",
          "corp",
          "corporation",
          "co",
          "gmbh",
          "ag",
          "sa",
          "sas",
          "plc",
          "bv");

  /** Lower case, punctuation as spaces, and trailing legal forms dropped. */
  private static String withoutLegalForm(String name) {
    List<String> words =
        new ArrayList<>(
            Arrays.asList(
                name.toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}]+", " ")
                    .strip()
                    .split(" ")));
    while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return String.join(" ", words);
  }

  /**
   * The registry model a base reference leads to: named directly, or through a component of the
   * document it names, whose own base is followed in turn (up to {@link #MAX_BASE_DEPTH}).
   */
  private static Optional<Base> base(
      BaseModelReference ref,
      List<BomComponent> all,
      Registry registry,
      int depth,
      Set<String> visited) {
    Optional<Found> direct = identify(ref, registry);
    if (direct.isPresent()) {
      return Optional.of(new Base(direct.get(), List.of()));
    }
    if (depth >= MAX_BASE_DEPTH) {
      return Optional.empty();
    }
    for (BomComponent c : all) {
      if (c.type() != BomComponentType.MODEL || visited.contains(c.ref()) || !names(ref, c)) {
        continue;
      }
      visited.add(c.ref());
      Optional<Base> found = identify(c, registry).map(f -> new Base(f, List.of(c.ref())));
      for (BaseModelReference next : c.baseModels()) {
        if (found.isPresent()) {
          break;
        }
        found =
            base(next, all, registry, depth + 1, visited)
                .map(b -> new Base(b.found(), prepend(c.ref(), b.via())));
      }
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<Found> identify(BaseModelReference ref, Registry registry) {
    Optional<String> fromPurl = HuggingFaceNames.fromPurl(ref.purl());
    if (fromPurl.isPresent()) {
      Optional<Model> m = registry.huggingFace(fromPurl.get());
      if (m.isPresent()) {
        return Optional.of(new Found(m.get(), BomMatch.PURL, "the package URL " + ref.purl()));
      }
    }
    for (String id : huggingFaceIds(ref)) {
      Optional<Model> m = registry.huggingFace(id);
      if (m.isPresent()) {
        return Optional.of(
            new Found(m.get(), BomMatch.HUGGING_FACE_ID, "the Hugging Face id " + id));
      }
    }
    if (!blank(ref.name())) {
      List<Model> named = registry.named(ref.name());
      if (named.size() == 1) {
        return Optional.of(
            new Found(named.get(0), BomMatch.NAME, "the name \"" + ref.name() + "\""));
      }
    }
    return Optional.empty();
  }

  private static List<String> huggingFaceIds(BaseModelReference ref) {
    Set<String> ids = new LinkedHashSet<>();
    if (ref.huggingFaceId() != null) {
      ids.add(ref.huggingFaceId());
    }
    HuggingFaceNames.id(ref.name()).ifPresent(ids::add);
    return List.copyOf(ids);
  }

  /** Whether a base reference names this component of the document. */
  private static boolean names(BaseModelReference ref, BomComponent c) {
    return same(ref.purl(), c.purl())
        || same(ref.huggingFaceId(), c.huggingFaceId())
        || same(ref.name(), c.name())
        || (ref.huggingFaceId() == null
            && HuggingFaceNames.id(ref.name()).isPresent()
            && same(ref.name(), c.huggingFaceId()));
  }

  private static boolean same(String a, String b) {
    return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
  }

  private static List<String> prepend(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return List.copyOf(all);
  }

  /** Every Hugging Face id and name the document's models and their base references state. */
  private Registry lookUp(List<BomComponent> components) {
    Set<String> ids = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    for (BomComponent c : components) {
      if (c.type() != BomComponentType.MODEL) {
        continue;
      }
      HuggingFaceNames.fromPurl(c.purl()).ifPresent(ids::add);
      ids.addAll(huggingFaceIds(c));
      c.urls().forEach(u -> HuggingFaceNames.fromUrl(u).ifPresent(ids::add));
      if (!blank(c.name())) {
        names.add(c.name());
      }
      for (BaseModelReference ref : c.baseModels()) {
        HuggingFaceNames.fromPurl(ref.purl()).ifPresent(ids::add);
        ids.addAll(huggingFaceIds(ref));
        if (!blank(ref.name())) {
          names.add(ref.name());
        }
      }
    }
    Map<String, Model> byId = new HashMap<>();
    if (!ids.isEmpty()) {
      List<Model> found = new ArrayList<>();
      models.findByIdentifiers(List.copyOf(ids), found, new ArrayList<>());
      found.stream()
          .filter(m -> m.huggingFaceId() != null)
          .forEach(m -> byId.put(ModelIdentifier.normalised(m.huggingFaceId()), m));
    }
    Map<String, List<Model>> byName = new HashMap<>();
    for (Model m : models.findByNames(names)) {
      byName.computeIfAbsent(ModelIdentifier.normalised(m.name()), k -> new ArrayList<>()).add(m);
      if (!ModelIdentifier.normalised(m.name()).equals(m.slug())) {
        byName.computeIfAbsent(m.slug(), k -> new ArrayList<>()).add(m);
      }
    }
    return new Registry(byId, byName);
  }

  static String describe(Model m) {
    return m.slug() + (m.huggingFaceId() == null ? "" : " (" + m.huggingFaceId() + ")");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
