package org.modelterms.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.modelterms.facts.ComponentFacts;
import org.modelterms.facts.LicenseInfo;
import org.modelterms.facts.ModelFacts;
import org.modelterms.facts.RuleFacts;
import org.modelterms.facts.TermsFacts;
import org.modelterms.facts.TermsRelation;
import org.modelterms.models.Availability;
import org.modelterms.models.ComponentKind;
import org.modelterms.models.Modality;
import org.modelterms.policies.ActorKind;
import org.modelterms.policies.BindingRole;
import org.modelterms.policies.DocumentKind;
import org.modelterms.policies.Purpose;
import org.modelterms.policies.RuleConditions;
import org.modelterms.policies.RuleConditionsJson;
import org.modelterms.policies.RuleEffect;
import org.modelterms.policies.UseCategory;

/**
 * The facts of one model on one date, written as data, for the engines tested without Quarkus or a
 * database: {@code model("m").on("2025-01-01").terms(licence("Licence").prohibits(MILITARY,
 * "quote", anyone()))}. Keys are unique within a run.
 */
public final class ModelFactsBuilder {

  private static final AtomicLong KEYS = new AtomicLong(1000);

  private final String slug;
  private LocalDate on = LocalDate.parse("2025-01-01");
  private LocalDate releasedOn;
  private Modality modality;
  private final List<LicenseInfo> licenses = new ArrayList<>();
  private final Map<ComponentKind, ComponentFacts> components = new EnumMap<>(ComponentKind.class);
  private final List<TermsFacts> terms = new ArrayList<>();

  private ModelFactsBuilder(String slug) {
    this.slug = slug;
  }

  public static ModelFactsBuilder model(String slug) {
    return new ModelFactsBuilder(slug);
  }

  public ModelFactsBuilder on(String date) {
    on = LocalDate.parse(date);
    return this;
  }

  public ModelFactsBuilder releasedOn(String date) {
    releasedOn = LocalDate.parse(date);
    return this;
  }

  public ModelFactsBuilder modality(Modality m) {
    modality = m;
    return this;
  }

  /** Licences the model's own expression names. */
  public ModelFactsBuilder licensed(LicenseInfo... named) {
    licenses.addAll(List.of(named));
    return this;
  }

  /** A component under a validated SPDX expression naming the given registered licences. */
  public ModelFactsBuilder component(
      ComponentKind kind, Availability availability, String expression, LicenseInfo... named) {
    components.put(
        kind,
        new ComponentFacts(
            KEYS.incrementAndGet(), kind, availability, expression, null, List.of(named)));
    return this;
  }

  /** A component whose source declared a licence string that is no validated SPDX expression. */
  public ModelFactsBuilder declared(ComponentKind kind, String declaredLicense) {
    components.put(
        kind,
        new ComponentFacts(
            KEYS.incrementAndGet(),
            kind,
            Availability.AVAILABLE,
            null,
            declaredLicense,
            List.of()));
    return this;
  }

  /** Each of the kinds released under the same licence. */
  public ModelFactsBuilder components(LicenseInfo license, ComponentKind... kinds) {
    for (ComponentKind kind : kinds) {
      component(kind, Availability.AVAILABLE, license.identifier(), license);
    }
    return this;
  }

  public ModelFactsBuilder without(ComponentKind kind) {
    components.remove(kind);
    return this;
  }

  public ModelFactsBuilder terms(Terms... documents) {
    for (Terms t : documents) {
      terms.add(t.build());
    }
    return this;
  }

  public ModelFacts build() {
    return new ModelFacts(
        KEYS.incrementAndGet(),
        slug,
        modality,
        releasedOn,
        on,
        null,
        List.copyOf(licenses),
        Map.of(),
        new EnumMap<>(components),
        List.copyOf(terms),
        null);
  }

  /** A licence document bound to the model, with one version in force since 2024-01-01. */
  public static Terms licence(String title) {
    return new Terms(title, DocumentKind.LICENSE, TermsRelation.BOUND, BindingRole.LICENSE);
  }

  /** A use policy bound to the model. */
  public static Terms usePolicy(String title) {
    return new Terms(title, DocumentKind.USE_POLICY, TermsRelation.BOUND, BindingRole.USE_POLICY);
  }

  /** A use policy a bound document incorporates by reference. */
  public static Terms incorporated(String title) {
    return new Terms(
        title, DocumentKind.USE_POLICY, TermsRelation.INCORPORATED, BindingRole.USE_POLICY);
  }

  /** A statement amending the model's terms. */
  public static Terms statement(String title) {
    return new Terms(title, DocumentKind.STATEMENT, TermsRelation.AMENDS, BindingRole.TERMS);
  }

  /** A licence passed down from the model's base model. */
  public static Terms inherited(String title) {
    return new Terms(title, DocumentKind.LICENSE, TermsRelation.INHERITED, BindingRole.LICENSE);
  }

  /** A governing document and the version of it in force, with its rules. */
  public static final class Terms {
    private final String title;
    private final DocumentKind kind;
    private final TermsRelation relation;
    private final BindingRole role;
    private String publisher;
    private LicenseInfo license;
    private boolean versionInForce = true;
    private String versionLabel = "1.0";
    private LocalDate from = LocalDate.parse("2024-01-01");
    private LocalDate to;
    private final List<RuleFacts> rules = new ArrayList<>();

    private Terms(String title, DocumentKind kind, TermsRelation relation, BindingRole role) {
      this.title = title;
      this.kind = kind;
      this.relation = relation;
      this.role = role;
    }

    public Terms publisher(String name) {
      publisher = name;
      return this;
    }

    /** The registered licence the document is (a licence document's SPDX entry). */
    public Terms license(LicenseInfo registered) {
      license = registered;
      return this;
    }

    /** The registry holds no version of the document in force on the date. */
    public Terms noVersionInForce() {
      versionInForce = false;
      return this;
    }

    /** The version's label and period; {@code to} is the first day it no longer applies. */
    public Terms version(String label, String from, String to) {
      versionLabel = label;
      this.from = LocalDate.parse(from);
      this.to = to == null ? null : LocalDate.parse(to);
      return this;
    }

    public Terms prohibits(UseCategory use, String quote, When when) {
      return rule(use, RuleEffect.PROHIBIT, quote, when);
    }

    public Terms permits(UseCategory use, String quote, When when) {
      return rule(use, RuleEffect.PERMIT, quote, when);
    }

    public Terms conditions(UseCategory use, String quote, When when) {
      return rule(use, RuleEffect.CONDITIONAL, quote, when);
    }

    private Terms rule(UseCategory use, RuleEffect effect, String quote, When when) {
      rules.add(
          new RuleFacts(
              KEYS.incrementAndGet(),
              use,
              effect,
              quote,
              RuleConditionsJson.write(when.conditions())));
      return this;
    }

    TermsFacts build() {
      return new TermsFacts(
          KEYS.incrementAndGet(),
          title.toLowerCase().replace(' ', '-'),
          title,
          publisher,
          kind,
          relation,
          role,
          license,
          versionInForce ? KEYS.incrementAndGet() : null,
          versionInForce ? versionLabel : null,
          versionInForce ? from : null,
          versionInForce ? to : null,
          versionInForce ? List.copyOf(rules) : List.of());
    }
  }

  /** Whom a rule applies to, read as data: {@code kinds(GOVERNMENT).andIn("US").approval()}. */
  public static final class When {
    private List<ActorKind> kinds;
    private List<String> countries;
    private List<String> excluded;
    private Long usersAbove;
    private List<Purpose> purposes;
    private Boolean approval;
    private List<Modality> modalities;

    private When() {}

    public static When anyone() {
      return new When();
    }

    public static When kinds(ActorKind... kinds) {
      return anyone().andKinds(kinds);
    }

    public static When in(String... countries) {
      return anyone().andIn(countries);
    }

    public static When notIn(String... countries) {
      return anyone().andNotIn(countries);
    }

    public static When usersAbove(long users) {
      return anyone().andUsersAbove(users);
    }

    public static When purposes(Purpose... purposes) {
      return anyone().andPurposes(purposes);
    }

    public static When modalities(Modality... modalities) {
      return anyone().andModalities(modalities);
    }

    public static When onlyWithApproval() {
      return anyone().approval();
    }

    public When andKinds(ActorKind... values) {
      kinds = List.of(values);
      return this;
    }

    public When andIn(String... values) {
      countries = List.of(values);
      return this;
    }

    public When andNotIn(String... values) {
      excluded = List.of(values);
      return this;
    }

    public When andUsersAbove(long users) {
      usersAbove = users;
      return this;
    }

    public When andPurposes(Purpose... values) {
      purposes = List.of(values);
      return this;
    }

    public When andModalities(Modality... values) {
      modalities = List.of(values);
      return this;
    }

    public When approval() {
      approval = true;
      return this;
    }

    public RuleConditions conditions() {
      return new RuleConditions(
          kinds, countries, excluded, usersAbove, purposes, approval, modalities);
    }
  }
}
