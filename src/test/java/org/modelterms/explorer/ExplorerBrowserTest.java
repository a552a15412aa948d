package org.modelterms.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.Fixtures.unique;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Browser;
import org.modelterms.testing.BrowserInstallation;
import org.modelterms.testing.Fixtures;
import org.modelterms.testing.GraphQLClient;
import org.modelterms.testing.PolicyFixtures;
import org.modelterms.testing.ThirdPartyData;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The explorer in a real browser against the running registry and its curated dataset: each flow a
 * person would follow, a screenshot of every page checked, and no console error anywhere.
 */
@QuarkusTest
class ExplorerBrowserTest {

  private static Browser browser;
  private static Optional<String> skipReason;

  @TestHTTPResource("/")
  URL root;

  @BeforeAll
  static void startBrowser() {
    skipReason = BrowserInstallation.skipReason();
    if (skipReason.isPresent()) {
      // Build tools report a skipped test, not why; say it once where it is read.
      System.err.println(ExplorerBrowserTest.class.getSimpleName() + ": " + skipReason.get());
    } else {
      browser = new Browser();
    }
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void desktopWindow() {
    skipReason.ifPresent(Assumptions::abort);
    browser.resize(1280, 1000);
  }

  @AfterEach
  void noConsoleErrors() {
    if (browser != null) {
      assertThat(browser.consoleErrors()).as("browser console errors").isEmpty();
    }
  }

  private void open(String hash) {
    browser.open(root + hash);
  }

  private String text(String css) {
    return browser.find(css).getText();
  }

  private String verdictOf(String use) {
    return browser
        .find("table.uses tr[data-use='" + use + "'] td.verdict .badge")
        .getAttribute("data-value");
  }

  /** Submits a form and waits for the view its new URL shows. */
  private void submit(String formCss) {
    WebElement before = browser.find("main#view > :first-child");
    browser.find(formCss + " button[type=submit]").click();
    browser.waiting().until(ExpectedConditions.stalenessOf(before));
    browser.waitForView();
  }

  private void setValue(String css, String value) {
    browser.driver().executeScript("arguments[0].value = arguments[1]", browser.find(css), value);
  }

  /** Form controls a screen reader could not name. */
  private List<String> unlabelledControls() {
    @SuppressWarnings("unchecked")
    List<String> names =
        (List<String>)
            browser
                .driver()
                .executeScript(
                    "return [...document.querySelectorAll('main input, main select,"
                        + " main textarea')].filter(e => e.labels.length === 0 &&"
                        + " !e.getAttribute('aria-label')).map(e => e.outerHTML)");
    return names;
  }

  @Test
  void searchesOpensAModelAndReadsItsOsaidVerdictAndReasons() {
    open("#/");
    assertThat(text("h1")).contains("AI models");
    browser.screenshot("catalogue");
    assertThat(unlabelledControls()).isEmpty();
    // By keyboard: type, then Enter submits the filters.
    WebElement heading = browser.find("h1");
    browser.find("form.filters input[name=search]").sendKeys("Llama 3.1 405", Keys.ENTER);
    browser.waiting().until(ExpectedConditions.stalenessOf(heading));
    browser.waitForView();
    browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("h2#results"), "1 model"));
    assertThat(browser.driver().getCurrentUrl()).contains("search=Llama");
    browser.screenshot("catalogue-search");

    WebElement results = browser.find("h2#results");
    browser.find("table.catalogue a[href='#/model/llama-3.1-405b']").click();
    browser.waiting().until(ExpectedConditions.stalenessOf(results));
    browser.waitForView();
    browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Llama 3.1 405B"));
    assertThat(text("#osaid-heading")).contains("Does not conform");
    WebElement use = browser.find("table.osaid-criteria tr[data-criterion=USE]");
    assertThat(use.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Not met");
    assertThat(use.findElement(By.cssSelector("td[data-label=Reason]")).getText())
        .contains("Acceptable Use Policy");
    assertThat(browser.driver().findElements(By.cssSelector("table.components tbody tr")))
        .isNotEmpty();
    assertThat(text("#mof-heading")).contains("Model Openness Framework");
    assertThat(unlabelledControls()).isEmpty();
    browser.screenshot("model-osaid");
  }

  @Test
  void militaryVerdictChangesWithDateAndActor() {
    open("#/model/llama-3.1-405b");
    setValue("form.controls input[name=on]", "2024-10-01");
    new Select(browser.find("form.controls select[name=actor]")).selectByValue("GOVERNMENT");
    browser.find("form.controls input[name=country]").sendKeys("US");
    submit("form.controls");
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("uses-heading"), "2024-10-01"));
    assertThat(verdictOf("MILITARY")).isEqualTo("PROHIBITED");
    assertThat(text("#uses-heading")).contains("Government, US");
    browser.screenshot("model-military-2024-10-01");

    setValue("form.controls input[name=on]", "2024-12-01");
    submit("form.controls");
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("uses-heading"), "2024-12-01"));
    assertThat(verdictOf("MILITARY")).isEqualTo("PERMITTED");
    assertThat(text("table.uses tr[data-use=MILITARY]")).contains("to bolster shared security");
    browser.screenshot("model-military-2024-12-01");
    browser.resize(1280, 1700);
    // The README's picture of the model page (docs/images/explorer-model-page.png) is this one.
    browser.screenshot("model-page");
    browser.resize(1280, 1000);

    // The URL restores the view: the same verdict after a reload.
    assertThat(browser.driver().getCurrentUrl())
        .contains("on=2024-12-01", "actor=GOVERNMENT", "country=US");
    browser.driver().navigate().refresh();
    browser.waitForView();
    assertThat(verdictOf("MILITARY")).isEqualTo("PERMITTED");

    // Without an actor the statement's exception only makes it conditional.
    new Select(browser.find("form.controls select[name=actor]")).selectByValue("");
    browser.find("form.controls input[name=country]").clear();
    submit("form.controls");
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("uses-heading"), "any actor"));
    assertThat(verdictOf("MILITARY")).isEqualTo("CONDITIONAL");
  }

  @Test
  void timelineShowsTheMilitaryVerdictChanging() {
    open("#/model/llama-3.1-405b?actor=GOVERNMENT&country=US&use=MILITARY");
    browser.find("#timeline-chart svg");
    List<String> periods =
        browser.driver().findElements(By.cssSelector("table.timeline tbody tr")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(periods)
        .anySatisfy(p -> assertThat(p).startsWith("2024-07-23").contains("Prohibited"))
        .anySatisfy(p -> assertThat(p).startsWith("2024-11-04").contains("Permitted"));
    browser.driver().executeScript("document.getElementById('timeline-heading').scrollIntoView()");
    browser.screenshot("model-timeline");
  }

  @Test
  void diffsTwoVersionsOfAPolicy() {
    open("#/documents");
    new Select(browser.find("form.documents-form select[name=kind]")).selectByValue("USE_POLICY");
    submit("form.documents-form");
    WebElement list = browser.find("h1");
    browser.find("table.documents-list a[href='#/document/openai-usage-policies']").click();
    browser.waiting().until(ExpectedConditions.stalenessOf(list));
    browser.waitForView();
    assertThat(text("h1")).isEqualTo("OpenAI Usage Policies");
    new Select(browser.find("form.diff-form select[name=from]"))
        .selectByVisibleText("Updated March 23, 2023 (2023-03-23)");
    new Select(browser.find("form.diff-form select[name=to]"))
        .selectByVisibleText("Updated January 10, 2024 (2024-01-10)");
    submit("form.diff-form");
    WebElement military =
        browser
            .waiting()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//table[contains(@class,'rule-diff')]//tr[th='Military']")));
    assertThat(military.getText()).contains("Removed", "Military and warfare");
    browser.screenshot("document-rules-diff");

    String doc = PolicyFixtures.document("browser-diff-" + unique(), "USE_POLICY", Map.of());
    PolicyFixtures.version(doc, "First", "2024-01-01", List.of(), "Intro\nNo military use.\n");
    PolicyFixtures.version(
        doc, "Second", "2024-06-01", List.of(), "Intro\nMilitary use allowed.\n");
    open("#/document/" + doc);
    String diff = text("pre.diff");
    assertThat(diff).contains("-No military use.", "+Military use allowed.");
    browser.screenshot("document-text-diff");
  }

  @Test
  void runsAComplianceReportAndDownloadsItAsCsv() throws Exception {
    open("#/compliance");
    assertThat(unlabelledControls()).isEmpty();
    browser
        .find("#ids")
        .sendKeys("meta-llama/Llama-3.1-405B\ndeepseek-ai/DeepSeek-R1\nnobody/none");
    for (WebElement box :
        browser.driver().findElements(By.cssSelector("fieldset.uses-choice input:checked"))) {
      box.click();
    }
    browser.find("fieldset.uses-choice input[value=MILITARY]").click();
    setValue("form.compliance-form input[name=on]", "2025-03-01");
    new Select(browser.find("form.compliance-form select[name=actor]")).selectByValue("GOVERNMENT");
    browser.find("form.compliance-form input[name=country]").sendKeys("US");
    submit("form.compliance-form");
    browser.find("table.matrix");
    assertThat(text("p.error")).contains("nobody/none");
    List<String> verdicts =
        browser
            .driver()
            .findElements(By.cssSelector("table.matrix td[data-use=MILITARY] .badge"))
            .stream()
            .map(b -> b.getAttribute("data-value"))
            .toList();
    assertThat(verdicts).containsExactly("PERMITTED", "PERMITTED");
    browser.screenshot("compliance");

    browser.find("#download-csv").click();
    Path csv = browser.downloads().resolve("modelterms-compliance-2025-03-01.csv");
    browser.waiting().until(d -> Files.exists(csv) && csv.toFile().length() > 0);
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0))
        .isEqualTo(
            "model,hugging_face_id,use,verdict,on,actor,conditions,explanation,clauses,sources");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1))
        .startsWith(
            "llama-3.1-405b,meta-llama/Llama-3.1-405B,MILITARY,PERMITTED,2025-03-01,GOVERNMENT US,")
        .contains("Meta statements on Llama");
    assertThat(lines.get(2)).startsWith("deepseek-r1,deepseek-ai/DeepSeek-R1,MILITARY,PERMITTED,");
  }

  private String bomRow(String ref) {
    return "table.bom-matrix tr[data-ref='" + ref + "']";
  }

  private String bomVerdict(String ref, String use) {
    return browser
        .find(bomRow(ref) + " td[data-use=" + use + "] .badge")
        .getAttribute("data-value");
  }

  /**
   * A real CycloneDX file (Llama 3.1 8B, known to the registry; its Instruct model and DeepSeek
   * V3.1, known by their licences; a fine-tune of theirs; a data set) chosen as a file, then a copy
   * that declares Llama 3.1 8B Apache-2.0 dropped on the page.
   */
  @Test
  void checksABomFileAndDownloadsItsMatrixAsCsv() throws Exception {
    Path bom =
        Path.of("src/test/resources/boms/real/bxf12315-huggingface-aibom-generator")
            .resolve("aibom.NaveenBhav.7b3f48b.json")
            .toAbsolutePath();
    open("#/compliance?uses=COMMERCIAL,MILITARY&on=2025-03-01&actor=COMPANY&country=DE");
    assertThat(unlabelledControls()).isEmpty();
    browser.find("#bom-file").sendKeys(bom.toString());
    assertThat(text("#bom-check-heading"))
        .contains("aibom.NaveenBhav.7b3f48b.json", "CycloneDX JSON 1.6", "2025-03-01");
    String llama = "pkg:huggingface/meta-llama/Llama-3.1-8B@1.0";
    String instruct = "pkg:huggingface/meta-llama/Llama-3.1-8B-Instruct@1.0";
    String deepSeek = "pkg:huggingface/deepseek-ai/DeepSeek-V3.1-Base@1.0";
    String fineTune = "pkg:huggingface/aeevnn/NaveenBhav@1.0";
    List<String> paths =
        browser.driver().findElements(By.cssSelector("table.bom-matrix tbody tr")).stream()
            .map(r -> r.getAttribute("data-ref") + " " + r.getAttribute("data-path"))
            .toList();
    assertThat(paths)
        .containsExactly(
            "pkg:huggingface-dataset/nvidia/Llama-Nemotron-VLM-Dataset-v1@1.0 DATA",
            deepSeek + " DECLARED_LICENSE",
            llama + " MODEL",
            instruct + " DECLARED_LICENSE",
            fineTune + " UNRESOLVED");
    WebElement llamaResolution = browser.find(bomRow(llama) + " td.resolution");
    assertThat(llamaResolution.getText()).contains("Model", "by Purl", "Llama 3.1 8B");
    assertThat(
            llamaResolution.findElement(By.cssSelector("a[href='#/model/llama-3.1-8b']")).getText())
        .isEqualTo("Llama 3.1 8B");
    assertThat(text(bomRow(instruct) + " td.resolution"))
        .contains("LicenseRef-Llama-3.1-Community-License");
    assertThat(bomVerdict(llama, "MILITARY")).isEqualTo("PROHIBITED");
    assertThat(bomVerdict(llama, "COMMERCIAL")).isEqualTo("CONDITIONAL");
    assertThat(bomVerdict(deepSeek, "COMMERCIAL")).isEqualTo("PERMITTED");
    assertThat(browser.driver().findElements(By.cssSelector(bomRow(fineTune) + " .badge")))
        .extracting(WebElement::getText)
        .containsExactly("Unresolved");
    assertThat(text("p.bom-counts"))
        .contains(
            "4 models, 1 data set, 0 flags",
            "Model 1, Declared license 2, Unresolved 1",
            "Permitted 2, Conditional 2, Prohibited 2");
    browser.screenshot("compliance-bom");

    browser.find("#bom-download-csv").click();
    Path csv = browser.downloads().resolve("modelterms-bom-check-2025-03-01.csv");
    browser.waiting().until(d -> Files.exists(csv) && csv.toFile().length() > 0);
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0))
        .isEqualTo(
            "ref,name,huggingFaceId,resolution,how,model,baseModel,licenses,flags,"
                + "use,verdict,conditions,explanation,sources");
    // The columns of POST /api/bom/check's CSV: a row per model and use, one for the unresolved
    // model, none for the data set.
    assertThat(lines).hasSize(1 + 3 * 2 + 1);
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(llama + ",Llama-3.1-8B,meta-llama/Llama-3.1-8B,MODEL,\"Registry")
                    .contains(
                        ",llama-3.1-8b,,LicenseRef-Llama-3.1-Community-License,,MILITARY,PROHIBITED,"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(deepSeek + ",DeepSeek-V3.1-Base,")
                    .contains(",DECLARED_LICENSE,", ",MIT,,COMMERCIAL,PERMITTED,"))
        .anySatisfy(
            l -> assertThat(l).startsWith(fineTune + ",NaveenBhav,").contains(",UNRESOLVED,"));

    String declaredApache =
        Files.readString(bom).replaceFirst("\"name\": \"llama3.1\"", "\"id\": \"Apache-2.0\"");
    browser
        .driver()
        .executeScript(
            "const files = new DataTransfer();"
                + " files.items.add(new File([arguments[1]], 'declared-apache.cdx.json'));"
                + " arguments[0].dispatchEvent(new DragEvent('drop', {dataTransfer: files,"
                + " bubbles: true, cancelable: true}));",
            browser.find("#bom-drop"),
            declaredApache);
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("bom-check-heading"), "declared-apache.cdx.json"));
    WebElement flag = browser.find(bomRow(llama) + " .flag[data-code=LICENSE_MISMATCH]");
    assertThat(flag.getText()).contains("License mismatch");
    flag.findElement(By.cssSelector("summary")).click();
    assertThat(flag.getText())
        .contains("The document", "Apache-2.0", "The registry", "Llama 3.1 Community License");
    assertThat(text("p.bom-counts")).contains("1 flag.");
    browser.resize(1280, 1500);
    browser.driver().executeScript("document.getElementById('bom-heading').scrollIntoView()");
    // docs/images/explorer-bom-check.png is this one.
    browser.screenshot("compliance-bom-flag");
    browser.resize(1280, 1000);
  }

  @Test
  void comparesTwoModelsSideBySide() {
    open("#/compare");
    List<WebElement> selects =
        browser.driver().findElements(By.cssSelector("form.compare-form select[name=models]"));
    new Select(selects.get(0)).selectByValue("deepseek-v3");
    new Select(selects.get(1)).selectByValue("deepseek-r1");
    submit("form.compare-form");
    WebElement military =
        browser
            .waiting()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath(
                        "//table[contains(@class,'compare')]//tr[th[starts-with(.,'Military')]]")));
    List<String> verdicts =
        military.findElements(By.cssSelector(".badge")).stream()
            .map(b -> b.getAttribute("data-value"))
            .toList();
    assertThat(verdicts).containsExactly("PROHIBITED", "PERMITTED");
    assertThat(military.getAttribute("class")).contains("differs");
    assertThat(browser.driver().getCurrentUrl()).contains("models=deepseek-v3%2Cdeepseek-r1");
    browser.screenshot("compare");
  }

  @Test
  void fitsAPhoneScreenAndShowsTheFirstPageQuickly() {
    open("#/");
    browser.resize(390, 844);
    open("#/?country=US");
    long overflow =
        (Long)
            browser
                .driver()
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
    assertThat(overflow).as("horizontal overflow on a phone").isLessThanOrEqualTo(0);
    browser.screenshot("phone-catalogue");
    open("#/model/llama-3.1-405b");
    browser.screenshot("phone-model");

    browser.resize(1280, 1000);
    open("#/");
    double shownAfter =
        ((Number)
                browser
                    .driver()
                    .executeScript(
                        "return performance.getEntriesByName('view-shown')[0].startTime"))
            .doubleValue();
    assertThat(shownAfter).as("milliseconds until the first view is shown").isLessThan(1000);
  }

  @Test
  void pagesThroughTheCatalogue() {
    open("#/");
    int total = Integer.parseInt(text("h2#results").split(" ")[0]);
    assertThat(total).isGreaterThan(25);
    assertThat(browser.driver().findElements(By.cssSelector("table.catalogue tbody tr")))
        .hasSize(25);
    String firstOnPageOne = text("table.catalogue tbody tr th");
    WebElement heading = browser.find("h1");
    browser.find("a[rel=next]").click();
    browser.waiting().until(ExpectedConditions.stalenessOf(heading));
    browser.waitForView();
    assertThat(text("h2#results")).contains("page 2");
    assertThat(browser.driver().findElements(By.cssSelector("table.catalogue tbody tr")))
        .hasSize(Math.min(25, total - 25));
    browser.screenshot("catalogue-page-2");
    heading = browser.find("h1");
    browser.find("a[rel=prev]").click();
    browser.waiting().until(ExpectedConditions.stalenessOf(heading));
    browser.waitForView();
    assertThat(text("table.catalogue tbody tr th")).isEqualTo(firstOnPageOne);
  }

  @Test
  void showsThirdPartyRatingsWithTheirAttribution() throws IOException {
    String id = "explorer-test/rated-" + unique();
    String slug = "rated-" + unique();
    String provider = Fixtures.organization("rated-org-" + unique());
    Map<String, Object> model = new HashMap<>();
    model.put("slug", slug);
    model.put("name", "Rated " + slug);
    model.put("huggingFaceId", id);
    model.put("provider", provider);
    assertThat(Fixtures.registerModel(model).getList("data.modelRegister.userErrors")).isEmpty();
    // A real index file, renamed to rate only this model.
    String yaml =
        Files.readString(ThirdPartyData.bundled("eu-osai-index").resolve("llama-3.1.yaml"))
            .replace("name: Llama 3.1", "name: Rated " + slug)
            .replace("meta-llama/Meta-Llama-3.1-405B-Instruct", id)
            .replace("meta-llama/Meta-Llama-3.1-8B", id)
            .replace("meta-llama/Meta-Llama-3.1-405B", id);
    JsonPath imported =
        GraphQLClient.query(
            """
            mutation($input: EuIndexImportInput!) {
              euIndexImport(input: $input) { outcome userErrors { message } }
            }
            """,
            "input",
            Map.of("fileName", slug + ".yaml", "yaml", yaml));
    assertThat(imported.getString("data.euIndexImport.outcome")).isEqualTo("CREATED");

    open("#/model/" + slug);
    WebElement ratings = browser.find("section[aria-labelledby=ratings-heading]");
    assertThat(ratings.findElements(By.cssSelector("ul.ratings li"))).hasSize(12);
    assertThat(ratings.getText())
        .contains("European Open Source AI Index", "not the registry's own assessment")
        .contains("https://osai-index.eu/", "CC-BY-4.0");
    browser.driver().executeScript("arguments[0].scrollIntoView()", ratings);
    browser.screenshot("model-ratings");
  }
}
