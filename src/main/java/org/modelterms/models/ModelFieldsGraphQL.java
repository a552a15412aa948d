package org.modelterms.models;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.modelterms.licenses.LicenseCache;
import org.modelterms.licenses.LicenseQueries;
import org.modelterms.licenses.api.License;
import org.modelterms.models.api.Component;
import org.modelterms.models.api.Model;
import org.modelterms.models.api.ModelConnection;
import org.modelterms.models.api.ModelFilter;
import org.modelterms.models.api.Openness;
import org.modelterms.organizations.OrganizationQueries;
import org.modelterms.organizations.api.Organization;
import org.modelterms.shared.guard.RegistryApi;
import org.modelterms.sources.CitationSubject;
import org.modelterms.sources.SourceQueries;
import org.modelterms.sources.api.Citation;

/**
 * Nested fields of models and components. Each resolver takes all parents of one level at once
 * ({@code @Source List}) and answers in one or two queries, so a page costs the same number of
 * statements whatever its size.
 */
@GraphQLApi
@RegistryApi
public class ModelFieldsGraphQL {

  @Inject ModelQueries queries;
  @Inject ComponentQueries components;
  @Inject OrganizationQueries organizations;
  @Inject LicenseQueries licenses;
  @Inject LicenseCache licenseCache;
  @Inject SourceQueries sources;

  @Description("The organisation that released the model.")
  @NonNull
  public List<@NonNull Organization> provider(@Source List<Model> models) {
    if (models.stream().allMatch(m -> m.providerRow() != null)) {
      return models.stream().map(Model::providerRow).toList();
    }
    return organizations.byKeys(models.stream().map(Model::providerKey).toList());
  }

  @Description("The model this one was derived from (fine-tuned, quantised, distilled …).")
  public List<Model> baseModel(@Source List<Model> models) {
    List<Long> keys = models.stream().map(Model::baseModelKey).toList();
    List<Long> present = keys.stream().filter(k -> k != null).distinct().toList();
    Map<Long, Model> found = new HashMap<>();
    if (!present.isEmpty()) {
      queries.byKeys(present).forEach(m -> found.put(m.key(), m));
    }
    return keys.stream().map(k -> k == null ? null : found.get(k)).toList();
  }

  @Description("Models derived from this one that the registry holds, by slug.")
  @NonNull
  public List<@NonNull List<@NonNull Model>> derivedModels(@Source List<Model> models) {
    return queries.derivedFrom(keys(models));
  }

  @Description("The released parts of the model, by kind.")
  @NonNull
  public List<@NonNull List<@NonNull Component>> components(@Source List<Model> models) {
    if (models.stream().allMatch(m -> m.componentRows() != null)) {
      return models.stream().map(Model::componentRows).toList();
    }
    return components.byModels(keys(models));
  }

  @Description("What of the model is released: weights, code and data.")
  @NonNull
  public List<@NonNull Openness> openness(@Source List<Model> models) {
    if (models.stream().allMatch(m -> m.opennessRow() != null)) {
      return models.stream().map(Model::opennessRow).toList();
    }
    return components.openness(keys(models));
  }

  @Description("The licences the model's own licence expression names.")
  @NonNull
  public List<@NonNull List<@NonNull License>> licenses(@Source List<Model> models) {
    if (models.stream().allMatch(m -> m.licenseKeys() != null)) {
      return licensesByKeys(models.stream().map(Model::licenseKeys).toList());
    }
    return queries.licensesOf(keys(models));
  }

  @Description(
      "The licence of the model as distributed, when its expression names exactly one licence.")
  public List<License> license(@Source List<Model> models) {
    return licenses(models).stream().map(ModelFieldsGraphQL::single).toList();
  }

  @Description("Sources for the facts about the model.")
  @NonNull
  public List<@NonNull List<@NonNull Citation>> sources(@Source List<Model> models) {
    return sources.citationsInOrder(CitationSubject.MODEL, keys(models));
  }

  @Name("licenses")
  @Description("The licences the component's licence expression names.")
  @NonNull
  public List<@NonNull List<@NonNull License>> componentLicenses(@Source List<Component> parts) {
    if (parts.stream().allMatch(c -> c.licenseKeys() != null)) {
      return licensesByKeys(parts.stream().map(Component::licenseKeys).toList());
    }
    List<Long> keys = parts.stream().map(Component::key).toList();
    Map<Long, List<Long>> licenseKeys = components.licenseKeys(keys);
    return licensesByKeys(keys.stream().map(k -> licenseKeys.getOrDefault(k, List.of())).toList());
  }

  @Name("license")
  @Description("The component's licence, when its expression names exactly one licence.")
  public List<License> componentLicense(@Source List<Component> parts) {
    return componentLicenses(parts).stream().map(ModelFieldsGraphQL::single).toList();
  }

  @Description("The model the component belongs to.")
  @NonNull
  public List<@NonNull Model> model(@Source List<Component> parts) {
    List<Long> keys = parts.stream().map(Component::modelKey).toList();
    Map<Long, Model> found = new HashMap<>();
    queries.byKeys(keys.stream().distinct().toList()).forEach(m -> found.put(m.key(), m));
    return keys.stream().map(found::get).toList();
  }

  @Name("sources")
  @Description("Sources for the facts about the component.")
  @NonNull
  public List<@NonNull List<@NonNull Citation>> componentSources(@Source List<Component> parts) {
    return sources.citationsInOrder(
        CitationSubject.COMPONENT, parts.stream().map(Component::key).toList());
  }

  @Description("The organisation's models, ordered by slug.")
  @NonNull
  public ModelConnection models(
      @Source Organization organization,
      @Name("first") Integer first,
      @Name("after") String after) {
    return queries.list(
        new ModelFilter(
            organization.slug(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null),
        null,
        first,
        after);
  }

  @Description("How many models match, on all pages.")
  @NonNull
  public List<@NonNull Integer> totalCount(@Source List<ModelConnection> connections) {
    return connections.stream().map(c -> (int) queries.count(c.filter())).toList();
  }

  /** The licences of each list of keys, read at most once each (most are cached). */
  private List<List<License>> licensesByKeys(List<List<Long>> keyLists) {
    List<Long> all = keyLists.stream().flatMap(List::stream).distinct().toList();
    Map<Long, License> byKey = new HashMap<>();
    if (!all.isEmpty()) {
      licenseCache.byKeys(all, licenses::read).forEach(l -> byKey.put(l.key(), l));
    }
    List<List<License>> result = new ArrayList<>();
    for (List<Long> keys : keyLists) {
      result.add(keys.stream().map(byKey::get).toList());
    }
    return result;
  }

  private static License single(List<License> licenses) {
    return licenses.size() == 1 ? licenses.get(0) : null;
  }

  private static List<Long> keys(List<Model> models) {
    return models.stream().map(Model::key).toList();
  }
}
