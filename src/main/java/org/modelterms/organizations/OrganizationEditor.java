package org.modelterms.organizations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.modelterms.history.Authored;
import org.modelterms.organizations.api.Organization;
import org.modelterms.organizations.api.OrganizationRegisterInput;
import org.modelterms.organizations.api.OrganizationUpdateInput;
import org.modelterms.persistence.Writes;
import org.modelterms.shared.errors.Problems;
import org.modelterms.shared.errors.UserError;
import org.modelterms.shared.errors.UserErrorCode;

@ApplicationScoped
@Transactional
/** Registers and updates organisations, after checking the input. */
public class OrganizationEditor {

  @Inject OrganizationQueries queries;

  private static final Map<String, UserError> CONSTRAINTS =
      Map.of(
          "organization_slug_key",
          UserError.of(
              UserErrorCode.DUPLICATE, "Another organisation has this slug.", "input", "slug"));

  @Authored
  public Organization register(OrganizationRegisterInput input) {
    Problems problems = new Problems();
    OrganizationEntity entity = new OrganizationEntity();
    entity.slug = problems.requireSlug(input.slug(), "input", "slug");
    entity.name = problems.requireText(input.name(), 200, "input", "name");
    entity.country = problems.optionalCountry(input.country(), "input", "country");
    entity.website = problems.optionalUrl(input.website(), "input", "website");
    if (entity.slug != null && OrganizationEntity.count("slug", entity.slug) > 0) {
      problems.add(UserErrorCode.DUPLICATE, "Another organisation has this slug.", "input", "slug");
    }
    problems.throwIfAny();
    entity.persist();
    Writes.flush(CONSTRAINTS);
    return OrganizationQueries.toApi(entity);
  }

  @Authored
  public Organization update(OrganizationUpdateInput input) {
    OrganizationEntity entity =
        queries
            .entityBySlug(input.organization())
            .orElseThrow(() -> OrganizationQueries.notFound("input", "organization"));
    Writes.checkRevision(input.expectedRevision(), entity.version);
    Problems problems = new Problems();
    if (input.name() != null) {
      entity.name = problems.requireText(input.name(), 200, "input", "name");
    }
    if (input.country() != null) {
      entity.country = problems.optionalCountry(input.country(), "input", "country");
    }
    if (input.website() != null) {
      entity.website = problems.optionalUrl(input.website(), "input", "website");
    }
    problems.throwIfAny();
    Writes.flush(CONSTRAINTS);
    return OrganizationQueries.toApi(entity);
  }
}
