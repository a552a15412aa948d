package org.modelterms.boms.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.modelterms.licenses.api.License;
import org.modelterms.models.Availability;
import org.modelterms.models.ComponentKind;
import org.modelterms.models.api.Component;
import org.modelterms.models.api.Model;
import org.modelterms.organizations.api.Organization;
import org.modelterms.permissions.UseVerdict;
import org.modelterms.permissions.api.UsePermission;
import org.modelterms.shared.errors.InternalFaultException;

/**
 * Writes registry models as one SPDX 3.0.1 document in its JSON-LD serialisation: each model (and
 * each model of its base-model chain) an {@code ai_AIPackage} supplied by an {@code Organization},
 * its licence a {@code simplelicensing_LicenseExpression} both declared and concluded, {@code
 * descendantOf} its base model, and the verdict of every use in {@code modelterms:} properties (the
 * extension profile's CycloneDX properties). Written with Jackson, in the shape the SPDX 3 JSON
 * schema fixes, so the output depends on no model store's defaults.
 */
final class SpdxWriter {

  static final String CONTEXT = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld";
  private static final String CREATION_INFO = "_:creationinfo";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final String base;
  private final ArrayNode graph = JSON.createArrayNode();
  private final Set<String> elements = new LinkedHashSet<>();
  private final Map<String, String> licenseIds = new HashMap<>();
  private final Set<String> descents = new HashSet<>();
  private int relationships;

  private SpdxWriter(BomHeader header) {
    this.base = "https://spdx.org/spdxdocs/modelterms-" + header.serial() + "/";
  }

  static String json(List<ExportedModel> models, BomHeader header) {
    try {
      return JSON.writeValueAsString(new SpdxWriter(header).document(models, header));
    } catch (JsonProcessingException e) {
      throw InternalFaultException.logged(e);
    }
  }

  private ObjectNode document(List<ExportedModel> models, BomHeader header) {
    String agent = base + "agent/modelterms";
    String tool = base + "tool/modelterms";
    ObjectNode creation = graph.addObject();
    creation.put("type", "CreationInfo");
    creation.put("@id", CREATION_INFO);
    creation.put("specVersion", "3.0.1");
    creation.put("created", SECONDS.format(header.created().truncatedTo(ChronoUnit.SECONDS)));
    creation.putArray("createdBy").add(agent);
    creation.putArray("createdUsing").add(tool);
    element("Agent", agent).put("name", "ModelTerms registry");
    element("Tool", tool).put("name", "ModelTerms " + header.toolVersion());
    List<String> roots = new ArrayList<>();
    for (ExportedModel m : models) {
      roots.add(exported(m));
    }
    // After every exported model, so that one which is also another's base keeps its verdicts.
    for (ExportedModel m : models) {
      lineage(m);
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("@context", CONTEXT);
    ObjectNode document = JSON.createObjectNode();
    document.put("type", "SpdxDocument");
    document.put("spdxId", base + "document");
    document.put("creationInfo", CREATION_INFO);
    document.put("name", "ModelTerms export of " + models.size() + " model(s)");
    ArrayNode profiles = document.putArray("profileConformance");
    List.of("core", "software", "ai", "simpleLicensing", "extension").forEach(profiles::add);
    ArrayNode rootElements = document.putArray("rootElement");
    roots.forEach(rootElements::add);
    ArrayNode all = document.putArray("element");
    elements.forEach(all::add);
    graph.add(document);
    root.set("@graph", graph);
    return root;
  }

  /** An exported model: its package with its licence and the registry's verdicts. */
  private String exported(ExportedModel m) {
    String id = modelId(m.model());
    ObjectNode pkg = aiPackage(m.model(), m.provider(), m.licenses(), m.components());
    if (pkg == null) {
      return id; // the same model asked for twice
    }
    if (m.model().description() != null) {
      pkg.put("description", m.model().description());
    }
    List<UsePermission> prohibited =
        m.uses().stream().filter(p -> p.verdict() == UseVerdict.PROHIBITED).toList();
    if (!prohibited.isEmpty()) {
      pkg.put(
          "ai_limitation",
          "Its terms prohibit: "
              + prohibited.stream().map(p -> p.use().name()).collect(Collectors.joining(", "))
              + " (on "
              + m.verdictsOn()
              + ", for an actor of whom nothing is known).");
    }
    pkg.put(
        "ai_informationAboutApplication",
        m.uses().stream().map(UseConsiderations::sentence).collect(Collectors.joining("\n")));
    ArrayNode extension = pkg.putArray("extension");
    ObjectNode properties = extension.addObject();
    properties.put("type", "extension_CdxPropertiesExtension");
    ArrayNode entries = properties.putArray("extension_cdxProperty");
    property(entries, "slug", m.model().slug());
    property(entries, "osaid", m.osaid().name());
    property(entries, "mof-class", m.mofClass() == null ? "NONE" : m.mofClass().name());
    property(entries, "verdicts-on", m.verdictsOn().toString());
    property(entries, "verdicts-actor", "unspecified");
    for (UsePermission p : m.uses()) {
      property(entries, "verdict:" + p.use().name(), p.verdict().name());
    }
    return id;
  }

  /** The base-model chain of an exported model: each link a package, descendant of the next. */
  private void lineage(ExportedModel m) {
    String child = modelId(m.model());
    for (ExportedModel.Ancestor base = m.base(); base != null; base = base.base()) {
      String baseId = modelId(base.model());
      if (!descents.add(child + " " + baseId)) {
        return; // the rest of this chain is written already
      }
      relationship(child, "descendantOf", baseId);
      aiPackage(base.model(), base.provider(), base.licenses(), List.of());
      child = baseId;
    }
  }

  /** The package of a model, or null when the document holds it already. */
  private ObjectNode aiPackage(
      Model model, Organization provider, List<License> licenses, List<Component> parts) {
    String id = modelId(model);
    if (elements.contains(id)) {
      return null;
    }
    ObjectNode pkg = element("ai_AIPackage", id);
    pkg.put("name", model.name());
    if (ModelLinks.purl(model) != null) {
      pkg.put("software_packageUrl", ModelLinks.purl(model));
    }
    String download = downloadLocation(model, parts);
    if (download != null) {
      pkg.put("software_downloadLocation", download);
    }
    if (ModelLinks.huggingFacePage(model) != null) {
      pkg.put("software_homePage", ModelLinks.huggingFacePage(model));
    }
    pkg.put("software_primaryPurpose", "model");
    if (model.releasedOn() != null) {
      pkg.put("releaseTime", model.releasedOn() + "T00:00:00Z");
    }
    if (provider != null) {
      pkg.put("suppliedBy", organization(provider));
    }
    if (ModelLinks.domain(model.modality()) != null) {
      pkg.putArray("ai_domain").add(ModelLinks.domain(model.modality()));
    }
    String license = license(model.licenseExpression(), licenses);
    if (license != null) {
      relationship(id, "hasDeclaredLicense", license);
      relationship(id, "hasConcludedLicense", license);
    }
    return pkg;
  }

  /** Where the weights are published: the Hugging Face repository, else the weights' own URL. */
  private static String downloadLocation(Model model, List<Component> parts) {
    if (ModelLinks.huggingFacePage(model) != null) {
      return ModelLinks.huggingFacePage(model);
    }
    return parts.stream()
        .filter(c -> c.kind() == ComponentKind.FINAL_PARAMETERS)
        .filter(c -> c.availability() != Availability.NOT_AVAILABLE && c.url() != null)
        .map(Component::url)
        .findFirst()
        .orElse(null);
  }

  private String organization(Organization provider) {
    String id = base + "organization/" + provider.slug();
    if (!elements.contains(id)) {
      ObjectNode org = element("Organization", id);
      org.put("name", provider.name());
      if (provider.website() != null) {
        ObjectNode ref = org.putArray("externalRef").addObject();
        ref.put("type", "ExternalRef");
        ref.put("externalRefType", "altWebPage");
        ref.putArray("locator").add(provider.website());
      }
    }
    return id;
  }

  /**
   * The licence expression's element, written once per distinct expression; each {@code
   * LicenseRef-} it names is mapped to the licence's URL where the registry knows one.
   */
  private String license(String expression, List<License> licenses) {
    if (expression == null || expression.isBlank()) {
      return null;
    }
    String text = expression.strip();
    String known = licenseIds.get(text);
    if (known != null) {
      return known;
    }
    String id = base + "license/" + (licenseIds.size() + 1);
    licenseIds.put(text, id);
    ObjectNode node = element("simplelicensing_LicenseExpression", id);
    node.put("simplelicensing_licenseExpression", text);
    List<License> custom =
        licenses.stream().filter(l -> !l.spdxListed() && l.url() != null).toList();
    if (!custom.isEmpty()) {
      ArrayNode map = node.putArray("simplelicensing_customIdToUri");
      for (License l : custom) {
        ObjectNode entry = map.addObject();
        entry.put("type", "DictionaryEntry");
        entry.put("key", l.identifier());
        entry.put("value", l.url());
      }
    }
    return id;
  }

  private void relationship(String from, String type, String to) {
    ObjectNode r = element("Relationship", base + "relationship/" + (++relationships));
    r.put("from", from);
    r.put("relationshipType", type);
    r.putArray("to").add(to);
  }

  private ObjectNode element(String type, String id) {
    ObjectNode node = graph.addObject();
    node.put("type", type);
    node.put("spdxId", id);
    node.put("creationInfo", CREATION_INFO);
    elements.add(id);
    return node;
  }

  private String modelId(Model model) {
    return base + "model/" + model.slug();
  }

  private static void property(ArrayNode entries, String name, String value) {
    ObjectNode entry = entries.addObject();
    entry.put("type", "extension_CdxPropertyEntry");
    entry.put("extension_cdxPropName", CycloneDxWriter.NAMESPACE + name);
    entry.put("extension_cdxPropValue", value);
  }
}
