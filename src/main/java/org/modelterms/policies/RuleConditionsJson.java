package org.modelterms.policies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads and writes rule conditions as the JSON stored on each rule. */
public final class RuleConditionsJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RuleConditionsJson() {}

  public static String write(RuleConditions conditions) {
    try {
      return conditions == null ? "{}" : JSON.writeValueAsString(conditions);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static RuleConditions read(String json) {
    if (json == null || json.isBlank()) {
      return RuleConditions.NONE;
    }
    try {
      return JSON.readValue(json, RuleConditions.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored rule conditions are not valid: " + json, e);
    }
  }
}
