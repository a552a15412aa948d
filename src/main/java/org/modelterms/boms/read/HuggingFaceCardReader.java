package org.modelterms.boms.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The README.md of a Hugging Face model: the YAML front matter between its first two {@code ---}
 * lines is the card. A card does not name its own repository, so the caller may pass the id.
 */
final class HuggingFaceCardReader {

  private static final YAMLMapper YAML = new YAMLMapper();

  private HuggingFaceCardReader() {}

  static ParsedBom read(String text, String cardModelId) {
    List<String> warnings = new ArrayList<>();
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      throw new BomMalformedException(
          "The card has no front matter: its first line must be ---.", 1, 1);
    }
    int end = 1;
    while (end < lines.size() && !lines.get(end).strip().equals("---")) {
      end++;
    }
    if (end == lines.size()) {
      throw new BomMalformedException(
          "The card's front matter is not closed by a --- line.", lines.size(), 1);
    }
    JsonNode card = yaml(String.join("\n", lines.subList(1, end)));
    ComponentDraft draft =
        new ComponentDraft(cardModelId != null ? cardModelId : "card", BomComponentType.MODEL);
    draft.huggingFaceId = cardModelId;
    draft.name = name(card, lines.subList(end + 1, lines.size()), cardModelId);
    if (cardModelId != null) {
      draft.url("https://huggingface.co/" + cardModelId);
    }
    licenses(card, draft);
    String relation = ComponentDraft.relation(Json.text(card, "base_model_relation"));
    for (JsonNode base : Json.items(card.get("base_model"))) {
      String id = Json.text(base);
      if (id != null) {
        draft.baseModel(
            new BaseModelReference(id, null, HuggingFaceIds.isId(id) ? id : null, relation));
      }
    }
    for (JsonNode dataset : Json.items(card.get("datasets"))) {
      draft.dataset(Json.text(dataset));
    }
    if (draft.licenses().isEmpty()) {
      warnings.add("The card names no licence.");
    }
    return new ParsedBom(BomFormat.HUGGING_FACE_CARD, null, List.of(draft.build()), warnings);
  }

  private static void licenses(JsonNode card, ComponentDraft draft) {
    String link = Json.text(card, "license_link");
    String name = Json.text(card, "license_name");
    for (JsonNode license : Json.items(card.get("license"))) {
      String id = Json.text(license);
      if (id == null) {
        continue;
      }
      if (id.equals("other") && name != null) {
        draft.license(new DeclaredLicense(DeclaredLicenseForm.NAME, name, link, false));
      } else {
        draft.license(new DeclaredLicense(DeclaredLicenseForm.HUGGING_FACE_ID, id, link, false));
      }
    }
  }

  /** {@code model_name}, else the first {@code # } heading, else the id's name part. */
  private static String name(JsonNode card, List<String> body, String cardModelId) {
    String name = Json.text(card, "model_name");
    if (name != null) {
      return name;
    }
    for (String line : body) {
      if (line.startsWith("# ") && !line.substring(2).isBlank()) {
        return line.substring(2).strip();
      }
    }
    return cardModelId == null ? null : cardModelId.substring(cardModelId.indexOf('/') + 1);
  }

  private static JsonNode yaml(String frontMatter) {
    try {
      JsonNode card = YAML.readTree(frontMatter);
      if (card == null || card.isMissingNode() || card.isNull()) {
        return YAML.createObjectNode();
      }
      if (!card.isObject()) {
        throw new BomMalformedException("The card's front matter is not a YAML mapping.", 2, 1);
      }
      return card;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      // The front matter starts on the document's second line.
      Integer line = at == null ? null : at.getLineNr() + 1;
      Integer column = at == null ? null : at.getColumnNr();
      throw new BomMalformedException(
          "The card's front matter is not YAML: "
              + e.getOriginalMessage().lines().findFirst().orElse("")
              + (line == null ? "" : " (line " + line + ", column " + column + ")")
              + ".",
          line,
          column);
    }
  }
}
