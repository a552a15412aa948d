package org.modelterms.assessments.mof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modelterms.openness.ContentType;
import org.modelterms.openness.MofClass;
import org.modelterms.openness.MofComponent;

/** The licence lookup order and the class rules, on small hand-made inputs. */
class MofEvaluatorTest {

  private static final MofEvaluator EVALUATOR =
      new MofEvaluator(
          new MotLicensePolicy(
              Map.of(
                  "MIT", new LicenseFacts(true, true, false, Set.of(ContentType.CODE)),
                  "CC-BY-4.0", new LicenseFacts(false, true, true, Set.of(ContentType.DOCUMENT)),
                  "CDLA-Permissive-2.0",
                      new LicenseFacts(false, false, true, Set.of(ContentType.DATA)),
                  "Proprietary", new LicenseFacts(false, false, false, Set.of()))));

  /** A model listing {@code components}, none with a licence of its own. */
  private static Map<MofComponent, Optional<String>> listed(MofComponent... components) {
    Map<MofComponent, Optional<String>> listed = new EnumMap<>(MofComponent.class);
    for (MofComponent component : components) {
      listed.put(component, Optional.empty());
    }
    return listed;
  }

  private static MofInput withOwnLicence(MofComponent component, String license) {
    Map<MofComponent, Optional<String>> components = listed();
    components.put(component, Optional.of(license));
    return new MofInput(components, Map.of(ContentType.CODE, "MIT"), "MIT");
  }

  private static ComponentEvaluation evaluate(MofInput input, MofComponent component) {
    return EVALUATOR.evaluate(input).components().get(component);
  }

  // --- licence lookup order ---

  @Test
  void ownLicenceComesFirst() {
    MofInput input =
        new MofInput(
            Map.of(MofComponent.TRAINING_CODE, Optional.of("Proprietary")),
            Map.of(ContentType.CODE, "MIT"),
            "MIT");

    ComponentEvaluation evaluation = evaluate(input, MofComponent.TRAINING_CODE);

    assertThat(evaluation.license()).isEqualTo("Proprietary");
    assertThat(evaluation.source()).isEqualTo(LicenseSource.COMPONENT);
    assertThat(evaluation.status()).isEqualTo(ComponentStatus.INVALID);
  }

  @Test
  void unlicensedOrEmptyOwnLicenceHasNoFallback() {
    ComponentEvaluation unlicensed =
        evaluate(
            withOwnLicence(MofComponent.TRAINING_CODE, "unlicensed"), MofComponent.TRAINING_CODE);
    ComponentEvaluation empty =
        evaluate(withOwnLicence(MofComponent.TRAINING_CODE, ""), MofComponent.TRAINING_CODE);

    assertThat(unlicensed.status()).isEqualTo(ComponentStatus.UNLICENSED);
    assertThat(unlicensed.license()).isEqualTo("unlicensed");
    assertThat(unlicensed.source()).isEqualTo(LicenseSource.COMPONENT);
    assertThat(empty.status()).isEqualTo(ComponentStatus.UNLICENSED);
    assertThat(empty.license()).isEmpty();
    assertThat(empty.source()).isEqualTo(LicenseSource.COMPONENT);
  }

  @Test
  void withoutOwnLicenceTheTypeGlobalLicenceApplies() {
    MofInput input =
        new MofInput(
            listed(MofComponent.MODEL_CARD, MofComponent.TRAINING_CODE),
            Map.of(ContentType.DOCUMENT, "CC-BY-4.0"),
            "Proprietary");

    ComponentEvaluation card = evaluate(input, MofComponent.MODEL_CARD);
    ComponentEvaluation code = evaluate(input, MofComponent.TRAINING_CODE);

    assertThat(card.license()).isEqualTo("CC-BY-4.0");
    assertThat(card.source()).isEqualTo(LicenseSource.TYPE_GLOBAL);
    assertThat(card.status()).isEqualTo(ComponentStatus.MET);
    // No code licence: the distribution licence applies.
    assertThat(code.license()).isEqualTo("Proprietary");
    assertThat(code.source()).isEqualTo(LicenseSource.DISTRIBUTION);
    assertThat(code.status()).isEqualTo(ComponentStatus.INVALID);
  }

  @Test
  void anEmptyGlobalLicenceFallsThrough() {
    MofInput input =
        new MofInput(listed(MofComponent.TRAINING_CODE), Map.of(ContentType.CODE, ""), "MIT");

    ComponentEvaluation code = evaluate(input, MofComponent.TRAINING_CODE);

    assertThat(code.license()).isEqualTo("MIT");
    assertThat(code.source()).isEqualTo(LicenseSource.DISTRIBUTION);
  }

  @Test
  void noLicenceAnywhereIsUnlicensed() {
    MofInput input = new MofInput(listed(MofComponent.TRAINING_CODE), Map.of(), null);

    ComponentEvaluation code = evaluate(input, MofComponent.TRAINING_CODE);

    assertThat(code.status()).isEqualTo(ComponentStatus.UNLICENSED);
    assertThat(code.license()).isNull();
    assertThat(code.source()).isEqualTo(LicenseSource.NONE);
  }

  @Test
  void aComponentNotListedGetsNoGlobalLicence() {
    MofInput input = new MofInput(listed(), Map.of(ContentType.CODE, "MIT"), "MIT");

    ComponentEvaluation code = evaluate(input, MofComponent.TRAINING_CODE);

    assertThat(code.status()).isEqualTo(ComponentStatus.NOT_LISTED);
    assertThat(code.source()).isEqualTo(LicenseSource.NONE);
  }

  @Test
  void inAMotFileTheLastEntryOfAComponentWins() {
    MotModelFile file =
        MotModelFile.parse(
            """
            release:
              name: Twice
              license:
                distribution:
                  name: MIT
              components:
                - name: 'Training code'
                  license: unlicensed
                - name: 'Training code'
            """);

    ComponentEvaluation code =
        EVALUATOR.evaluate(file).components().get(MofComponent.TRAINING_CODE);

    assertThat(code.source()).isEqualTo(LicenseSource.DISTRIBUTION);
    assertThat(code.status()).isEqualTo(ComponentStatus.MET);
  }

  @Test
  void anOpenLicenceForTheWrongTypeOnlyWarns() {
    // MIT is a code licence; the Model card is a document.
    MofInput input = withOwnLicence(MofComponent.MODEL_CARD, "MIT");

    MofResult result = EVALUATOR.evaluate(input);

    assertThat(result.components().get(MofComponent.MODEL_CARD).status())
        .isEqualTo(ComponentStatus.MET);
    assertThat(result.conditionalWarnings())
        .extracting(ComponentEvaluation::component)
        .containsExactly(MofComponent.MODEL_CARD);
  }

  // --- classes, the technical report and blocking ---

  /** Class III complete except for the Technical report, all under open licences. */
  private static Map<MofComponent, Optional<String>> classThreeWithoutReport() {
    return listed(
        MofComponent.MODEL_ARCHITECTURE,
        MofComponent.FINAL_PARAMETERS,
        MofComponent.EVALUATION_RESULTS,
        MofComponent.MODEL_CARD,
        MofComponent.DATA_CARD);
  }

  private static MofInput openModel(Map<MofComponent, Optional<String>> components) {
    return new MofInput(
        components,
        Map.of(
            ContentType.CODE, "MIT",
            ContentType.DATA, "CDLA-Permissive-2.0",
            ContentType.DOCUMENT, "CC-BY-4.0"),
        null);
  }

  @Test
  void aMetResearchPaperStandsInForTheTechnicalReport() {
    Map<MofComponent, Optional<String>> components = classThreeWithoutReport();
    components.put(MofComponent.RESEARCH_PAPER, Optional.empty());

    MofResult result = EVALUATOR.evaluate(openModel(components));

    assertThat(result.researchPaperStandsIn()).isTrue();
    assertThat(result.technicalReportWaived()).isTrue();
    assertThat(result.progress(MofClass.CLASS_III)).isEqualTo(100.0);
    assertThat(result.achieved()).contains(MofClass.CLASS_III);
    assertThat(result.evaluation(MofClass.CLASS_III).met())
        .extracting(ComponentEvaluation::component)
        .contains(MofComponent.RESEARCH_PAPER)
        .doesNotContain(MofComponent.TECHNICAL_REPORT);
    // Class II: the six of Class III (the paper for the report) and none of its own four.
    assertThat(result.progress(MofClass.CLASS_II)).isEqualTo(60.0);
    assertThat(result.evaluation(MofClass.CLASS_I).required()).hasSize(13);
  }

  @Test
  void aListedButNotOpenResearchPaperStandsInWithItsOwnStatus() {
    Map<MofComponent, Optional<String>> components = classThreeWithoutReport();
    components.put(MofComponent.RESEARCH_PAPER, Optional.of("Proprietary"));

    MofResult result = EVALUATOR.evaluate(openModel(components));

    assertThat(result.researchPaperStandsIn()).isTrue();
    assertThat(result.technicalReportWaived()).isFalse();
    assertThat(result.progress(MofClass.CLASS_III)).isEqualTo(5.0 / 6 * 100);
    assertThat(result.evaluation(MofClass.CLASS_III).invalid())
        .extracting(ComponentEvaluation::component)
        .containsExactly(MofComponent.RESEARCH_PAPER);
    assertThat(result.evaluation(MofClass.CLASS_I).required()).hasSize(14);
  }

  @Test
  void aMetTechnicalReportNeedsNoResearchPaper() {
    Map<MofComponent, Optional<String>> components = classThreeWithoutReport();
    components.put(MofComponent.TECHNICAL_REPORT, Optional.empty());

    MofResult result = EVALUATOR.evaluate(openModel(components));

    assertThat(result.researchPaperStandsIn()).isFalse();
    assertThat(result.technicalReportWaived()).isFalse();
    assertThat(result.progress(MofClass.CLASS_III)).isEqualTo(100.0);
    assertThat(result.evaluation(MofClass.CLASS_III).met())
        .extracting(ComponentEvaluation::component)
        .contains(MofComponent.TECHNICAL_REPORT);
  }

  @Test
  void aMetTechnicalReportIsNotJoinedByThePaperEvenWhenItIsTheOnlyOneMet() {
    // As the rules state; the tool's PHP would count the paper too here (an index-0 accident).
    MofInput input =
        new MofInput(
            listed(
                MofComponent.MODEL_ARCHITECTURE,
                MofComponent.TECHNICAL_REPORT,
                MofComponent.RESEARCH_PAPER),
            Map.of(ContentType.DOCUMENT, "CC-BY-4.0"),
            "Proprietary");

    MofResult result = EVALUATOR.evaluate(input);

    assertThat(result.researchPaperStandsIn()).isFalse();
    assertThat(result.progress(MofClass.CLASS_III)).isEqualTo(1.0 / 6 * 100);
  }

  @Test
  void anIncompleteLessOpenClassBlocksTheMoreOpenOnes() {
    // Everything but the Data card: Class III is 5/6, so II and I count for nothing.
    Map<MofComponent, Optional<String>> components = listed(MofComponent.values());
    components.remove(MofComponent.DATA_CARD);

    MofResult result = EVALUATOR.evaluate(openModel(components));

    assertThat(result.progress(MofClass.CLASS_III)).isEqualTo(5.0 / 6 * 100);
    assertThat(result.progress(MofClass.CLASS_II)).isZero();
    assertThat(result.evaluation(MofClass.CLASS_II).blocked()).isTrue();
    assertThat(result.progress(MofClass.CLASS_I)).isZero();
    assertThat(result.evaluation(MofClass.CLASS_I).blocked()).isTrue();
    assertThat(result.achieved()).isEmpty();
  }

  @Test
  void everythingOpenIsClassOne() {
    MofResult result = EVALUATOR.evaluate(openModel(listed(MofComponent.values())));

    assertThat(result.achieved()).contains(MofClass.CLASS_I);
    for (MofClass mofClass : MofClass.values()) {
      assertThat(result.progress(mofClass)).isEqualTo(100.0);
      assertThat(result.evaluation(mofClass).blocked()).isFalse();
    }
    assertThat(result.evaluation(MofClass.CLASS_I).required()).hasSize(14);
    assertThat(result.conditionalWarnings()).isEmpty();
  }
}
