package org.modelterms.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a policy text says it took effect ("Updated January 10, 2024", "Effective: October 29,
 * 2025", "Last modified: 14 March 2023"), with the words that say so.
 */
record StatedDate(LocalDate date, String words) {

  private static final String MONTHS =
      "(January|February|March|April|May|June|July|August|September|October|November|December)";
  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile(
              "((?:Last\\s+)?(?:Updated|Update|updated|modified|Modified|Effective|effective)"
                  + "(?:\\s+(?:on|date))?:?\\s*)\\**\\s*"
                  + MONTHS
                  + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"),
          Pattern.compile(
              "((?:Last\\s+)?(?:Updated|Update|updated|modified|Modified|Effective|effective)"
                  + "(?:\\s+(?:on|date))?:?\\s*)\\**\\s*(\\d{1,2})\\s+"
                  + MONTHS
                  + ",?\\s+(\\d{4})"));
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH);

  /** The first statement of a date in the text's first lines, if any. */
  static Optional<StatedDate> find(String text) {
    String head = text.lines().limit(40).reduce("", (a, b) -> a + "\n" + b);
    for (int p = 0; p < PATTERNS.size(); p++) {
      Matcher m = PATTERNS.get(p).matcher(head);
      if (m.find()) {
        String month = p == 0 ? m.group(2) : m.group(3);
        String day = p == 0 ? m.group(3) : m.group(2);
        try {
          LocalDate date = LocalDate.parse(month + " " + day + " " + m.group(4), FORMAT);
          return Optional.of(
              new StatedDate(
                  date,
                  m.group()
                      .replace("*", "")
                      .replaceAll("(?i)(updated|update|effective|modified)(?=[A-Z0-9])", "$1 ")
                      .replaceAll("\\s+", " ")
                      .strip()));
        } catch (DateTimeParseException e) {
          // not a real date: keep looking
        }
      }
    }
    return Optional.empty();
  }
}
