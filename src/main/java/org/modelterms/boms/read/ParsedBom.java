package org.modelterms.boms.read;

import java.util.List;

/**
 * What a document holds for the check: its models and data sets in document order, and what the
 * reader had to overlook to get them.
 *
 * @param specVersion the version the document claims ({@code 1.6}, {@code 3.0.1}), or null for a
 *     card or a list
 * @param warnings departures from the specification the reader read past (trailing commas, a
 *     licence with both id and name, a dangling reference), each a sentence naming where
 */
public record ParsedBom(
    BomFormat format, String specVersion, List<BomComponent> components, List<String> warnings) {

  public ParsedBom {
    components = List.copyOf(components);
    warnings = List.copyOf(warnings);
  }
}
