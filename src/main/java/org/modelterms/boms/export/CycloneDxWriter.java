package org.modelterms.boms.export;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Ancestors;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.ExternalReference;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Pedigree;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.component.ModelCard;
import org.cyclonedx.model.component.data.ComponentData;
import org.cyclonedx.model.component.data.Content;
import org.cyclonedx.model.component.data.DatasetChoice;
import org.cyclonedx.model.component.modelCard.Considerations;
import org.cyclonedx.model.component.modelCard.InputOutputParameter;
import org.cyclonedx.model.component.modelCard.ModelParameters;
import org.cyclonedx.model.component.modelCard.consideration.Risk;
import org.cyclonedx.model.license.Acknowledgement;
import org.cyclonedx.model.license.Expression;
import org.cyclonedx.model.metadata.ToolInformation;
import org.modelterms.models.Availability;
import org.modelterms.models.ComponentKind;
import org.modelterms.models.api.Model;
import org.modelterms.organizations.api.Organization;
import org.modelterms.permissions.api.UsePermission;
import org.modelterms.shared.errors.InternalFaultException;
import org.modelterms.sources.api.Citation;

/**
 * Writes registry models as one CycloneDX 1.6 BOM of {@code machine-learning-model} components:
 * licences as the registry concluded them, base models as nested {@code pedigree.ancestors}, and
 * the verdict of every use in the model card's considerations and in {@code modelterms:}
 * properties.
 */
final class CycloneDxWriter {

  /** The namespace of the registry's own properties (CycloneDX property taxonomy convention). */
  static final String NAMESPACE = "modelterms:";

  private CycloneDxWriter() {}

  static String json(List<ExportedModel> models, BomHeader header) {
    try {
      return BomGeneratorFactory.createJson(Version.VERSION_16, bom(models, header)).toJsonString();
    } catch (GeneratorException e) {
      throw InternalFaultException.logged(e);
    }
  }

  static String xml(List<ExportedModel> models, BomHeader header) {
    try {
      return BomGeneratorFactory.createXml(Version.VERSION_16, bom(models, header)).toXmlString();
    } catch (GeneratorException e) {
      throw InternalFaultException.logged(e);
    }
  }

  static Bom bom(List<ExportedModel> models, BomHeader header) {
    Bom bom = new Bom();
    bom.setSerialNumber("urn:uuid:" + header.serial());
    bom.setVersion(1);
    Metadata metadata = new Metadata();
    metadata.setTimestamp(Date.from(header.created()));
    Component tool = new Component();
    tool.setType(Component.Type.APPLICATION);
    tool.setName("ModelTerms");
    tool.setVersion(header.toolVersion());
    ToolInformation tools = new ToolInformation();
    tools.setComponents(List.of(tool));
    metadata.setToolChoice(tools);
    bom.setMetadata(metadata);
    List<Component> components = new ArrayList<>();
    for (ExportedModel m : models) {
      components.add(component(m));
    }
    bom.setComponents(components);
    return bom;
  }

  private static Component component(ExportedModel m) {
    Model model = m.model();
    Component c = described(model, m.provider(), m.licenses());
    c.setBomRef("model:" + model.slug());
    c.setDescription(model.description());
    c.setExternalReferences(references(m));
    if (m.base() != null) {
      c.setPedigree(pedigree(model, m.base()));
    }
    c.setModelCard(modelCard(m));
    List<Property> properties = new ArrayList<>();
    properties.add(property("slug", model.slug()));
    properties.add(property("osaid", m.osaid().name()));
    properties.add(property("mof-class", m.mofClass() == null ? "NONE" : m.mofClass().name()));
    properties.add(property("verdicts-on", m.verdictsOn().toString()));
    properties.add(property("verdicts-actor", "unspecified"));
    for (UsePermission p : m.uses()) {
      properties.add(property("verdict:" + p.use().name(), p.verdict().name()));
    }
    c.setProperties(properties);
    return c;
  }

  /** What an exported model and each of its ancestors state alike: who, what, under which terms. */
  private static Component described(
      Model model, Organization provider, List<org.modelterms.licenses.api.License> licenses) {
    Component c = new Component();
    c.setType(Component.Type.MACHINE_LEARNING_MODEL);
    c.setName(model.name());
    c.setPurl(ModelLinks.purl(model));
    if (provider != null) {
      OrganizationalEntity supplier = new OrganizationalEntity();
      supplier.setName(provider.name());
      if (provider.website() != null) {
        supplier.setUrls(List.of(provider.website()));
      }
      c.setSupplier(supplier);
      c.setPublisher(provider.name());
    }
    c.setLicenses(licenseChoice(model.licenseExpression(), licenses));
    return c;
  }

  /**
   * The licence as the registry concluded it: one licence by its SPDX id (or its {@code
   * LicenseRef-} id as the name, with its URL), or the expression when it names more than one.
   */
  static LicenseChoice licenseChoice(
      String expression, List<org.modelterms.licenses.api.License> licenses) {
    if (expression == null || expression.isBlank()) {
      return null;
    }
    LicenseChoice choice = new LicenseChoice();
    if (licenses.size() == 1 && licenses.get(0).identifier().equals(expression.strip())) {
      org.modelterms.licenses.api.License only = licenses.get(0);
      License license = new License();
      if (only.spdxListed()) {
        license.setId(only.identifier());
      } else {
        license.setName(only.identifier());
      }
      license.setUrl(only.url());
      license.setAcknowledgement(Acknowledgement.CONCLUDED);
      choice.addLicense(license);
    } else {
      Expression value = new Expression(expression.strip());
      value.setAcknowledgement(Acknowledgement.CONCLUDED);
      choice.setExpression(value);
    }
    return choice;
  }

  private static Pedigree pedigree(Model model, ExportedModel.Ancestor base) {
    Component ancestor = described(base.model(), base.provider(), base.licenses());
    ancestor.setProperties(List.of(property("slug", base.model().slug())));
    if (base.base() != null) {
      ancestor.setPedigree(pedigree(base.model(), base.base()));
    }
    Ancestors ancestors = new Ancestors();
    ancestors.setComponents(List.of(ancestor));
    Pedigree pedigree = new Pedigree();
    pedigree.setAncestors(ancestors);
    if (model.baseRelation() != null) {
      pedigree.setNotes(
          model.name()
              + " derives from "
              + base.model().name()
              + " ("
              + ModelLinks.lower(model.baseRelation()).replace('_', ' ')
              + ").");
    }
    return pedigree;
  }

  private static List<ExternalReference> references(ExportedModel m) {
    Map<String, ExternalReference> byUrl = new LinkedHashMap<>();
    add(
        byUrl,
        ExternalReference.Type.WEBSITE,
        ModelLinks.huggingFacePage(m.model()),
        "Hugging Face");
    for (org.modelterms.models.api.Component part : m.components()) {
      if (part.url() != null && part.availability() != Availability.NOT_AVAILABLE) {
        add(
            byUrl,
            referenceType(part.kind()),
            part.url(),
            ModelLinks.lower(part.kind()).replace('_', ' '));
      }
    }
    for (org.modelterms.licenses.api.License license : m.licenses()) {
      add(byUrl, ExternalReference.Type.LICENSE, license.url(), license.identifier());
    }
    for (Citation citation : m.sources()) {
      String title = citation.source().title();
      add(
          byUrl,
          ExternalReference.Type.EVIDENCE,
          citation.source().url(),
          "Source" + (title == null ? "" : ": " + title));
    }
    return List.copyOf(byUrl.values());
  }

  private static void add(
      Map<String, ExternalReference> byUrl,
      ExternalReference.Type type,
      String url,
      String comment) {
    if (url == null || url.isBlank() || byUrl.containsKey(url)) {
      return;
    }
    ExternalReference reference = new ExternalReference();
    reference.setType(type);
    reference.setUrl(url);
    reference.setComment(comment);
    byUrl.put(url, reference);
  }

  private static ExternalReference.Type referenceType(ComponentKind kind) {
    return switch (kind) {
      case FINAL_PARAMETERS, INTERMEDIATE_PARAMETERS, DATASETS, EVALUATION_DATA ->
          ExternalReference.Type.DISTRIBUTION;
      case MODEL_ARCHITECTURE,
          TRAINING_CODE,
          INFERENCE_CODE,
          EVALUATION_CODE,
          DATA_PREPROCESSING_CODE,
          SUPPORTING_LIBRARIES ->
          ExternalReference.Type.VCS;
      // cyclonedx-core-java 12.2.0 writes MODEL_CARD as "model_card", which the 1.6 schemas refuse.
      case MODEL_CARD, DATA_CARD, TECHNICAL_REPORT, RESEARCH_PAPER, MODEL_METADATA ->
          ExternalReference.Type.DOCUMENTATION;
      case EVALUATION_RESULTS -> ExternalReference.Type.QUALITY_METRICS;
      case SAMPLE_OUTPUTS -> ExternalReference.Type.OTHER;
    };
  }

  private static ModelCard modelCard(ExportedModel m) {
    ModelCard card = new ModelCard();
    ModelParameters parameters = new ModelParameters();
    parameters.setTask(ModelLinks.task(m.model().modality()));
    if (m.model().modality() != null) {
      InputOutputParameter format = new InputOutputParameter();
      format.setFormat(ModelLinks.lower(m.model().modality()));
      parameters.setInputs(List.of(format));
    }
    List<DatasetChoice> datasets = datasets(m.components());
    if (!datasets.isEmpty()) {
      parameters.setDatasets(datasets);
    }
    card.setModelParameters(parameters);
    // One use case: the 1.6 XML schema allows a single useCase (the JSON schema a list), and a
    // document must say the same in both. Each use then has its own ethical consideration.
    Considerations considerations = new Considerations();
    considerations.setUseCases(List.of(UseConsiderations.summary(m.uses(), m.verdictsOn())));
    List<Risk> risks = new ArrayList<>();
    for (UsePermission p : m.uses()) {
      Risk risk = new Risk();
      risk.setName(p.use().name() + ": " + UseConsiderations.word(p.verdict()));
      risk.setMitigationStrategy(mitigation(p));
      risks.add(risk);
    }
    considerations.setEthicalConsiderations(risks);
    card.setConsiderations(considerations);
    return card;
  }

  private static String mitigation(UsePermission p) {
    String what =
        switch (p.verdict()) {
          case PROHIBITED -> "Do not use the model for it. ";
          case CONDITIONAL ->
              "Only under the conditions: " + String.join("; ", p.conditions()) + ". ";
          case UNKNOWN -> "Check the model's terms before such use. ";
          case PERMITTED -> "";
        };
    return what + UseConsiderations.grounds(p);
  }

  /** The training data sets the registry knows where to find. */
  private static List<DatasetChoice> datasets(List<org.modelterms.models.api.Component> parts) {
    List<DatasetChoice> datasets = new ArrayList<>();
    for (org.modelterms.models.api.Component part : parts) {
      if (part.kind() != ComponentKind.DATASETS
          || part.url() == null
          || part.availability() == Availability.NOT_AVAILABLE) {
        continue;
      }
      ComponentData data = new ComponentData();
      data.setType(ComponentData.ComponentDataType.DATASET);
      data.setName(part.url().replaceFirst("^https?://(huggingface\\.co/datasets/)?", ""));
      Content contents = new Content();
      contents.setUrl(part.url());
      data.setContents(contents);
      DatasetChoice choice = new DatasetChoice();
      choice.setComponentData(data);
      datasets.add(choice);
    }
    return datasets;
  }

  private static Property property(String name, String value) {
    return new Property(NAMESPACE + name, value);
  }
}
