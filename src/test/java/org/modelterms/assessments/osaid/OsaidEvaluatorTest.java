package org.modelterms.assessments.osaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.licenses.LicenseKind.COPYLEFT;
import static org.modelterms.licenses.LicenseKind.NON_COMMERCIAL;
import static org.modelterms.licenses.LicenseKind.OPEN_DATA;
import static org.modelterms.licenses.LicenseKind.OTHER;
import static org.modelterms.licenses.LicenseKind.PERMISSIVE;
import static org.modelterms.licenses.LicenseKind.RESPONSIBLE_AI;
import static org.modelterms.models.Availability.AVAILABLE;
import static org.modelterms.models.Availability.NOT_AVAILABLE;
import static org.modelterms.models.Availability.PARTIAL;
import static org.modelterms.models.Availability.UNKNOWN;
import static org.modelterms.models.ComponentKind.DATASETS;
import static org.modelterms.models.ComponentKind.DATA_CARD;
import static org.modelterms.models.ComponentKind.DATA_PREPROCESSING_CODE;
import static org.modelterms.models.ComponentKind.FINAL_PARAMETERS;
import static org.modelterms.models.ComponentKind.INFERENCE_CODE;
import static org.modelterms.models.ComponentKind.MODEL_ARCHITECTURE;
import static org.modelterms.models.ComponentKind.RESEARCH_PAPER;
import static org.modelterms.models.ComponentKind.SUPPORTING_LIBRARIES;
import static org.modelterms.models.ComponentKind.TECHNICAL_REPORT;
import static org.modelterms.models.ComponentKind.TRAINING_CODE;
import static org.modelterms.openness.OsaidCriterionKind.CODE;
import static org.modelterms.openness.OsaidCriterionKind.DATA_INFORMATION;
import static org.modelterms.openness.OsaidCriterionKind.PARAMETERS;
import static org.modelterms.openness.OsaidCriterionKind.SHARE;
import static org.modelterms.openness.OsaidCriterionKind.STUDY;
import static org.modelterms.openness.OsaidCriterionKind.USE;
import static org.modelterms.openness.OsaidVerdict.CONFORMS;
import static org.modelterms.openness.OsaidVerdict.DOES_NOT_CONFORM;
import static org.modelterms.openness.OsaidVerdict.INSUFFICIENT_INFORMATION;
import static org.modelterms.policies.UseCategory.COMMERCIAL;
import static org.modelterms.policies.UseCategory.MILITARY;
import static org.modelterms.testing.ModelFactsBuilder.When.anyone;
import static org.modelterms.testing.ModelFactsBuilder.When.usersAbove;
import static org.modelterms.testing.ModelFactsBuilder.inherited;
import static org.modelterms.testing.ModelFactsBuilder.licence;
import static org.modelterms.testing.ModelFactsBuilder.model;
import static org.modelterms.testing.ModelFactsBuilder.usePolicy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modelterms.facts.AcceptedTerms;
import org.modelterms.facts.LicenseInfo;
import org.modelterms.facts.ModelFacts;
import org.modelterms.licenses.LicenseKind;
import org.modelterms.models.ComponentKind;
import org.modelterms.openness.OsaidCriterionKind;
import org.modelterms.openness.OsaidVerdict;
import org.modelterms.testing.ModelFactsBuilder;

/**
 * The OSAID 1.0 evaluator alone, without Quarkus or a database, over the bundled checklist and the
 * accepted terms docs/assessments.md lists. Each row gives the verdict and every criterion's
 * outcome in the order data information, code, parameters, use, study, modify, share: {@code +}
 * met, {@code -} not met, {@code ?} unknown.
 */
class OsaidEvaluatorTest {

  static final LicenseInfo APACHE = osi(1, "Apache-2.0", "Apache License 2.0", PERMISSIVE);
  static final LicenseInfo MIT = osi(2, "MIT", "MIT License", PERMISSIVE);
  static final LicenseInfo GPL = osi(3, "GPL-3.0-only", "GNU GPL v3.0 only", COPYLEFT);
  static final LicenseInfo CC_BY = other(4, "CC-BY-4.0", "Creative Commons BY 4.0", OPEN_DATA);
  static final LicenseInfo CC_BY_NC =
      other(5, "CC-BY-NC-4.0", "Creative Commons BY-NC 4.0", NON_COMMERCIAL);
  static final LicenseInfo LLAMA =
      other(6, "LicenseRef-Llama-3.1", "Llama 3.1 Community License", RESPONSIBLE_AI);
  static final LicenseInfo RESEARCH_ONLY =
      other(7, "LicenseRef-MRL-0.1", "Mistral AI Research License", NON_COMMERCIAL);
  static final LicenseInfo PROPRIETARY =
      other(8, "LicenseRef-Acme", "Acme Commercial Terms", LicenseKind.PROPRIETARY);
  static final LicenseInfo OPEN_MDW = other(9, "OpenMDW-1.0", "OpenMDW License", OTHER);

  /** An OSI-approved (and FSF-libre) licence. */
  static LicenseInfo osi(long key, String id, String name, LicenseKind kind) {
    return new LicenseInfo(key, id, name, kind, true, true);
  }

  /** A licence neither the OSI nor the FSF approved. */
  static LicenseInfo other(long key, String id, String name, LicenseKind kind) {
    return new LicenseInfo(key, id, name, kind, false, false);
  }

  /** OSI-approved licences for every part, open-data licences too for data and parameters. */
  static final Map<String, AcceptedTerms> ACCEPTED =
      Map.of(
          "CODE", new AcceptedTerms(true, false, Set.of()),
          "DATA_INFORMATION", new AcceptedTerms(true, false, Set.of("CC-BY-4.0", "CC0-1.0")),
          "PARAMETERS", new AcceptedTerms(true, false, Set.of("CC-BY-4.0", "CC0-1.0")));

  private static final OsaidEvaluator EVALUATOR = new OsaidEvaluator(ACCEPTED);

  private static final String BAN = "You will not use the model for military purposes.";

  /** Every part the checklist requires, released under accepted terms. */
  static ModelFactsBuilder open() {
    return model("open")
        .components(
            APACHE,
            MODEL_ARCHITECTURE,
            FINAL_PARAMETERS,
            DATA_PREPROCESSING_CODE,
            TRAINING_CODE,
            INFERENCE_CODE,
            SUPPORTING_LIBRARIES)
        .components(CC_BY, DATASETS);
  }

  record Row(
      String name,
      ModelFactsBuilder facts,
      OsaidVerdict verdict,
      String outcomes,
      OsaidCriterionKind about,
      List<String> says) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Row row(
      String name,
      ModelFactsBuilder facts,
      OsaidVerdict verdict,
      String outcomes,
      OsaidCriterionKind about,
      String... says) {
    return new Row(name, facts, verdict, outcomes, about, List.of(says));
  }

  static Stream<Row> verdicts() {
    return Stream.of(
        row(
            "everything required released under accepted terms",
            open(),
            CONFORMS,
            "+ + + + + + +",
            USE,
            "No term in force on 2025-01-01 restricts use (Apache-2.0)."),
        row(
            "a date before the release",
            open().releasedOn("2025-06-01"),
            INSUFFICIENT_INFORMATION,
            "? ? ? ? ? ? ?",
            CODE,
            "The model was not released until 2025-06-01, so on 2025-01-01 there was nothing to"
                + " assess."),
        row(
            "the release day",
            open().releasedOn("2025-01-01"),
            CONFORMS,
            "+ + + + + + +",
            SHARE,
            "The terms of the parameters let anyone share them."),
        row(
            "nothing recorded at all",
            model("empty"),
            INSUFFICIENT_INFORMATION,
            "? ? ? ? ? ? ?",
            STUDY,
            "Final parameters: availability unknown"));
  }

  static Stream<Row> dataInformation() {
    return Stream.of(
        row(
            "datasets withheld, a research paper under an open-data licence",
            open().component(DATASETS, NOT_AVAILABLE, null).components(CC_BY, RESEARCH_PAPER),
            CONFORMS,
            "+ + + + + + +",
            DATA_INFORMATION,
            "Research paper is released under CC-BY-4.0, which OSAID 1.0 accepts for data"
                + " information."),
        row(
            "every part withheld or partial",
            open()
                .component(DATASETS, NOT_AVAILABLE, null)
                .component(RESEARCH_PAPER, PARTIAL, null)
                .component(TECHNICAL_REPORT, NOT_AVAILABLE, null)
                .component(DATA_CARD, NOT_AVAILABLE, null),
            DOES_NOT_CONFORM,
            "- + + + + + +",
            DATA_INFORMATION,
            "None of the data information is released under terms OSAID 1.0 accepts (one part"
                + " would suffice).",
            "Datasets are not released.",
            "Research paper is released only in part."),
        row(
            "datasets under a non-commercial licence, the rest unrecorded",
            open().component(DATASETS, AVAILABLE, "CC-BY-NC-4.0", CC_BY_NC),
            INSUFFICIENT_INFORMATION,
            "? + + + + + +",
            DATA_INFORMATION,
            "None of the data information is known to be released",
            "Datasets are released under CC-BY-NC-4.0, which is not among the terms OSAID 1.0"
                + " accepts for data information.",
            "Data card: the registry holds no facts about it."),
        row(
            "no data information recorded",
            open().without(DATASETS),
            INSUFFICIENT_INFORMATION,
            "? + + + + + +",
            DATA_INFORMATION,
            "Datasets: the registry holds no facts about them."),
        row(
            "datasets under a declared licence string the accepted terms name",
            open().declared(DATASETS, "CC-BY-4.0"),
            CONFORMS,
            "+ + + + + + +",
            DATA_INFORMATION,
            "Datasets are released under \"CC-BY-4.0\", which OSAID 1.0 accepts for data"
                + " information."));
  }

  static Stream<Row> code() {
    return Stream.of(
        row(
            "training code withheld",
            open().component(TRAINING_CODE, NOT_AVAILABLE, null),
            DOES_NOT_CONFORM,
            "+ - + + - - +",
            CODE,
            "Training code is not released."),
        row(
            "supporting libraries released in part",
            open().component(SUPPORTING_LIBRARIES, PARTIAL, null),
            DOES_NOT_CONFORM,
            "+ - + + + - +",
            CODE,
            "Supporting libraries are released only in part."),
        row(
            "data pre-processing code unrecorded",
            open().without(DATA_PREPROCESSING_CODE),
            INSUFFICIENT_INFORMATION,
            "+ ? + + + ? +",
            CODE,
            "Data preprocessing code: the registry holds no facts about it."),
        row(
            "whether the inference code was released is unknown",
            open().component(INFERENCE_CODE, UNKNOWN, null),
            INSUFFICIENT_INFORMATION,
            "+ ? + + ? ? +",
            CODE,
            "Inference code: whether it was released is unknown."),
        row(
            "training code released, its licence unknown",
            open().component(TRAINING_CODE, AVAILABLE, null),
            INSUFFICIENT_INFORMATION,
            "+ ? + + + ? +",
            CODE,
            "Training code is released, but the licence is unknown."),
        row(
            "inference code released without a licence",
            open().declared(INFERENCE_CODE, "unlicensed"),
            DOES_NOT_CONFORM,
            "+ - + + + - +",
            CODE,
            "Inference code is released without a licence, so no freedom is granted."),
        row(
            "inference code under a declared string that is no SPDX identifier",
            open().declared(INFERENCE_CODE, "Apache 2.0"),
            DOES_NOT_CONFORM,
            "+ - + + + - +",
            CODE,
            "Inference code is released under \"Apache 2.0\", which is not an SPDX licence that"
                + " OSAID 1.0 accepts for code."),
        row(
            "training code under an open-data licence, not OSI-approved",
            open().component(TRAINING_CODE, AVAILABLE, "CC-BY-4.0", CC_BY),
            DOES_NOT_CONFORM,
            "+ - + + + - +",
            CODE,
            "Training code is released under CC-BY-4.0, which is not among the terms OSAID 1.0"
                + " accepts for code."),
        row(
            "training code under a copyleft OSI-approved licence",
            open().component(TRAINING_CODE, AVAILABLE, "GPL-3.0-only", GPL),
            CONFORMS,
            "+ + + + + + +",
            CODE,
            "Training code is released under GPL-3.0-only, which OSAID 1.0 accepts for code."),
        row(
            "AND: every licence must be accepted",
            open()
                .component(
                    TRAINING_CODE, AVAILABLE, "Apache-2.0 AND CC-BY-NC-4.0", APACHE, CC_BY_NC),
            DOES_NOT_CONFORM,
            "+ - + + + - +",
            CODE,
            "Apache-2.0 AND CC-BY-NC-4.0, which is not among the terms"),
        row(
            "OR: one accepted alternative suffices",
            open().component(TRAINING_CODE, AVAILABLE, "MIT OR CC-BY-NC-4.0", MIT, CC_BY_NC),
            CONFORMS,
            "+ + + + + + +",
            CODE,
            "MIT OR CC-BY-NC-4.0, which OSAID 1.0 accepts for code."),
        row(
            "WITH: the licence an exception is added to decides",
            open().component(TRAINING_CODE, AVAILABLE, "GPL-3.0-only WITH GCC-exception-3.1", GPL),
            CONFORMS,
            "+ + + + + + +",
            CODE,
            "which OSAID 1.0 accepts for code."),
        row(
            "an expression that does not parse",
            open().component(TRAINING_CODE, AVAILABLE, "Apache-2.0 AND", APACHE),
            DOES_NOT_CONFORM,
            "+ - + + + - +",
            CODE,
            "which is not among the terms OSAID 1.0 accepts for code."));
  }

  static Stream<Row> parameters() {
    return Stream.of(
        row(
            "weights under a responsible-AI licence",
            open().component(FINAL_PARAMETERS, AVAILABLE, LLAMA.identifier(), LLAMA),
            DOES_NOT_CONFORM,
            "+ + - - + - -",
            USE,
            "LicenseRef-Llama-3.1 (Llama 3.1 Community License) is a responsible-ai licence, which"
                + " restricts use."),
        row(
            "weights under a research-only licence",
            open()
                .component(FINAL_PARAMETERS, AVAILABLE, RESEARCH_ONLY.identifier(), RESEARCH_ONLY),
            DOES_NOT_CONFORM,
            "+ + - - + - -",
            USE,
            "is a non-commercial licence, which restricts use."),
        row(
            "weights under an open-data licence",
            open().component(FINAL_PARAMETERS, AVAILABLE, "CC-BY-4.0", CC_BY),
            CONFORMS,
            "+ + + + + + +",
            PARAMETERS,
            "Final parameters are released under CC-BY-4.0, which OSAID 1.0 accepts for"
                + " parameters."),
        row(
            "architecture under an open-data licence: code terms apply",
            open().component(MODEL_ARCHITECTURE, AVAILABLE, "CC-BY-4.0", CC_BY),
            DOES_NOT_CONFORM,
            "+ + - + + - -",
            PARAMETERS,
            "Model architecture is released under CC-BY-4.0, which is not among the terms OSAID"
                + " 1.0 accepts for code."),
        row(
            "weights withheld, no licence in force",
            open().component(FINAL_PARAMETERS, NOT_AVAILABLE, null),
            DOES_NOT_CONFORM,
            "+ + - ? - - -",
            PARAMETERS,
            "Final parameters are not released."),
        row(
            "weights relicensed: the bound licence wins over the component's",
            open()
                .component(FINAL_PARAMETERS, AVAILABLE, LLAMA.identifier(), LLAMA)
                .terms(licence("Apache License 2.0").license(APACHE)),
            CONFORMS,
            "+ + + + + + +",
            PARAMETERS,
            "The parameters are under Apache-2.0 (Apache License 2.0), which OSAID 1.0 accepts for"
                + " parameters."),
        row(
            "bound to a licence document no SPDX licence stands for",
            open().terms(licence("Acme Model Licence")),
            DOES_NOT_CONFORM,
            "+ + - + + - -",
            PARAMETERS,
            "The parameters are governed by the Acme Model Licence, which is not a licence OSAID"
                + " 1.0 accepts for parameters."),
        row(
            "a licence passed down from the base model does not replace the weights' own",
            open()
                .component(FINAL_PARAMETERS, AVAILABLE, "CC-BY-4.0", CC_BY)
                .terms(inherited("Acme Model Licence")),
            CONFORMS,
            "+ + + + + + +",
            PARAMETERS,
            "Final parameters are released under CC-BY-4.0, which OSAID 1.0 accepts for"
                + " parameters."),
        row(
            "bound to an accepted licence, whether the weights are released unknown",
            open().without(FINAL_PARAMETERS).terms(licence("Apache License 2.0").license(APACHE)),
            INSUFFICIENT_INFORMATION,
            "+ + ? + ? ? ?",
            PARAMETERS,
            "Whether the final parameters are released is unknown."),
        row(
            "bound to an accepted licence, the weights withheld",
            open()
                .component(FINAL_PARAMETERS, NOT_AVAILABLE, null)
                .terms(licence("Apache License 2.0").license(APACHE)),
            DOES_NOT_CONFORM,
            "+ + - + - - -",
            PARAMETERS,
            "Final parameters are not released."));
  }

  static Stream<Row> use() {
    return Stream.of(
        row(
            "a use policy prohibiting a use",
            open().terms(usePolicy("Acme AUP").prohibits(MILITARY, BAN, anyone())),
            DOES_NOT_CONFORM,
            "+ + + - + + +",
            USE,
            "Use is restricted: Acme AUP (1.0) prohibits MILITARY use: \"" + BAN + "\"."),
        row(
            "a conditional rule restricts use too",
            open()
                .terms(
                    licence("Acme Licence")
                        .license(APACHE)
                        .conditions(COMMERCIAL, "Large users need a licence.", usersAbove(1000))),
            DOES_NOT_CONFORM,
            "+ + + - + + +",
            USE,
            "Acme Licence (1.0) restricts COMMERCIAL use: \"Large users need a licence.\""),
        row(
            "an express permission restricts nothing",
            open().terms(usePolicy("Acme AUP").permits(MILITARY, "Any use.", anyone())),
            CONFORMS,
            "+ + + + + + +",
            USE,
            "No term in force on 2025-01-01 restricts use (Apache-2.0)."),
        row(
            "terms passed down from a base model count",
            open().terms(inherited("Base Licence").prohibits(MILITARY, BAN, anyone())),
            DOES_NOT_CONFORM,
            "+ + + - + + +",
            USE,
            "Base Licence (1.0) prohibits MILITARY use"),
        row(
            "the model's own proprietary licence",
            open().licensed(PROPRIETARY),
            DOES_NOT_CONFORM,
            "+ + + - + + +",
            USE,
            "LicenseRef-Acme (Acme Commercial Terms) is a proprietary licence, which restricts"
                + " use."),
        row(
            "no terms and no licence in force",
            open().declared(FINAL_PARAMETERS, "CC-BY-4.0"),
            INSUFFICIENT_INFORMATION,
            "+ + + ? + + +",
            USE,
            "The registry holds no terms for this model on 2025-01-01."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"verdicts", "dataInformation", "code", "parameters", "use"})
  void evaluates(Row row) {
    OsaidResult result = EVALUATOR.evaluate(row.facts().build());

    assertThat(outcomes(result)).isEqualTo(row.outcomes().replace(" ", ""));
    assertThat(result.verdict()).isEqualTo(row.verdict());
    String reason = criterion(result, row.about()).reason();
    for (String words : row.says()) {
      assertThat(reason).contains(words);
    }
  }

  private static String outcomes(OsaidResult result) {
    assertThat(result.criteria())
        .extracting(CriterionResult::criterion)
        .containsExactly(OsaidCriterionKind.values());
    StringBuilder s = new StringBuilder();
    for (CriterionResult c : result.criteria()) {
      s.append(c.met() == null ? '?' : c.met() ? '+' : '-');
    }
    return s.toString();
  }

  private static CriterionResult criterion(OsaidResult result, OsaidCriterionKind kind) {
    return result.criteria().stream().filter(c -> c.criterion() == kind).findFirst().orElseThrow();
  }

  @Test
  void acceptedTermsAreData() {
    ModelFacts weightsUnderOpenMdw =
        open().component(FINAL_PARAMETERS, AVAILABLE, "OpenMDW-1.0", OPEN_MDW).build();
    Map<String, AcceptedTerms> withOpenMdw =
        Map.of(
            "CODE", ACCEPTED.get("CODE"),
            "DATA_INFORMATION", ACCEPTED.get("DATA_INFORMATION"),
            "PARAMETERS", new AcceptedTerms(true, false, Set.of("CC-BY-4.0", "OpenMDW-1.0")));
    Map<String, AcceptedTerms> noCodeTerms =
        Map.of(
            "DATA_INFORMATION", ACCEPTED.get("DATA_INFORMATION"),
            "PARAMETERS", ACCEPTED.get("PARAMETERS"));

    assertThat(criterion(EVALUATOR.evaluate(weightsUnderOpenMdw), PARAMETERS).met()).isFalse();
    assertThat(new OsaidEvaluator(withOpenMdw).evaluate(weightsUnderOpenMdw).verdict())
        .isEqualTo(CONFORMS);
    OsaidResult withoutCodeTerms = new OsaidEvaluator(noCodeTerms).evaluate(open().build());
    assertThat(criterion(withoutCodeTerms, CODE).met()).isFalse();
    assertThat(criterion(withoutCodeTerms, CODE).reason())
        .contains("Training code is released under Apache-2.0, which is not among the terms");
  }

  /** The checklist decides which parts a criterion needs and whether all or one of them. */
  @Test
  void checklistIsData() {
    OsaidChecklist anyCode =
        new OsaidChecklist(
            "TEST",
            List.of(),
            List.of(
                requirement(DATA_INFORMATION, OsaidChecklist.Rule.ANY, DATASETS),
                requirement(CODE, OsaidChecklist.Rule.ANY, TRAINING_CODE, INFERENCE_CODE),
                requirement(PARAMETERS, OsaidChecklist.Rule.ALL, FINAL_PARAMETERS)),
            Set.of(),
            "test");
    ModelFacts facts =
        open()
            .component(TRAINING_CODE, AVAILABLE, "CC-BY-NC-4.0", CC_BY_NC)
            .without(DATA_PREPROCESSING_CODE)
            .without(MODEL_ARCHITECTURE)
            .build();

    assertThat(EVALUATOR.evaluate(facts).verdict()).isEqualTo(DOES_NOT_CONFORM);
    OsaidResult result = new OsaidEvaluator(ACCEPTED, anyCode).evaluate(facts);
    assertThat(criterion(result, CODE).met()).isTrue();
    assertThat(criterion(result, CODE).reason())
        .isEqualTo(
            "Inference code is released under Apache-2.0, which OSAID 1.0 accepts for code.");
    assertThat(result.verdict()).isEqualTo(CONFORMS);
  }

  private static OsaidChecklist.Requirement requirement(
      OsaidCriterionKind criterion, OsaidChecklist.Rule rule, ComponentKind... kinds) {
    return new OsaidChecklist.Requirement(
        criterion,
        rule,
        Arrays.stream(kinds).map(k -> new OsaidChecklist.Part(k, criterion.name())).toList());
  }

  @Test
  void criteriaCiteTheFactsTheyUsed() {
    ModelFacts facts =
        open()
            .component(FINAL_PARAMETERS, AVAILABLE, LLAMA.identifier(), LLAMA)
            .terms(
                licence("Apache License 2.0").license(APACHE),
                usePolicy("Acme AUP").prohibits(MILITARY, BAN, anyone()))
            .build();
    long weights = facts.component(FINAL_PARAMETERS).orElseThrow().key();
    List<Long> licenceVersion = List.of(facts.terms().get(0).versionKey());
    List<Long> policy = List.of(facts.terms().get(1).documentKey());

    OsaidResult result = EVALUATOR.evaluate(facts);

    Evidence parameters = criterion(result, PARAMETERS).evidence();
    assertThat(parameters.components())
        .containsExactly(facts.component(MODEL_ARCHITECTURE).orElseThrow().key(), weights);
    assertThat(parameters.policyVersions()).isEqualTo(licenceVersion);
    Evidence use = criterion(result, USE).evidence();
    assertThat(use.policyDocuments()).isEqualTo(policy);
    assertThat(use.models()).containsExactly(facts.modelKey());
    assertThat(criterion(result, SHARE).evidence().policyVersions()).isEqualTo(licenceVersion);
  }

  /** Combining outcomes: any failure fails, all met is met, otherwise unknown. */
  @Test
  void outcomesCombine() {
    List<Object[]> table = new ArrayList<>();
    table.add(new Object[] {List.of(), true});
    table.add(new Object[] {List.of(true, true), true});
    table.add(new Object[] {Arrays.asList(true, null), null});
    table.add(new Object[] {Arrays.asList(null, false, true), false});
    for (Object[] row : table) {
      @SuppressWarnings("unchecked")
      List<Boolean> outcomes = (List<Boolean>) row[0];
      assertThat(LicenseCheck.all(outcomes)).as("%s", outcomes).isEqualTo(row[1]);
    }
  }
}
