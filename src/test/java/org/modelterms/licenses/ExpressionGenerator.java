package org.modelterms.licenses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Random licence expressions as token lists: trees of AND, OR and WITH over SPDX-listed ids and
 * LicenseRefs, with {@code +}, redundant parentheses, ids in odd casing and assorted whitespace;
 * and malformed variants of them, one mutation each.
 */
final class ExpressionGenerator {

  private static final String ID_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-";
  private static final List<String> SPACES = List.of(" ", " ", " ", "  ", "\t", "\n", " \r\n ");

  private final Random random;
  private final List<String> licenses;
  private final List<String> exceptions;

  ExpressionGenerator(long seed, List<String> licenses, List<String> exceptions) {
    this.random = new Random(seed);
    this.licenses = licenses;
    this.exceptions = exceptions;
  }

  /** A well-formed expression, as tokens. */
  List<String> expression() {
    List<String> tokens = new ArrayList<>();
    or(tokens, random.nextInt(4));
    return tokens;
  }

  /** The tokens joined with random whitespace; none needed inside parentheses. */
  String text(List<String> tokens) {
    StringBuilder text = new StringBuilder();
    if (random.nextInt(8) == 0) {
      text.append(pick(SPACES));
    }
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (i > 0) {
        boolean tight = token.equals(")") || tokens.get(i - 1).equals("(");
        if (!tight || random.nextInt(3) == 0) {
          text.append(pick(SPACES));
        }
      }
      text.append(token);
    }
    if (random.nextInt(8) == 0) {
      text.append(pick(SPACES));
    }
    return text.toString();
  }

  /** A well-formed expression broken by one mutation. */
  List<String> malformed() {
    List<String> tokens = new ArrayList<>(expression());
    int at = random.nextInt(tokens.size());
    switch (random.nextInt(8)) {
      case 0 -> tokens.remove(at);
      case 1 -> tokens.add(at, pick(List.of("AND", "OR", "WITH")));
      case 2 -> tokens.add(random.nextInt(tokens.size() + 1), pick(List.of("(", ")")));
      case 3 -> tokens.add(at, license());
      case 4 -> tokens.set(at, tokens.get(at) + pick(List.of("!", "/", "_", ",", "@", "é")));
      case 5 -> tokens.add(random.nextInt(tokens.size() + 1), pick(List.of("()", "+", "++")));
      case 6 ->
          tokens.addAll(0, List.of("LicenseRef-" + (char) ('a' + random.nextInt(26)) + "+", "AND"));
      default -> tokens.clear();
    }
    return tokens;
  }

  private void or(List<String> tokens, int depth) {
    int terms = depth == 0 ? 1 : 1 + random.nextInt(3);
    for (int i = 0; i < terms; i++) {
      if (i > 0) {
        tokens.add("OR");
      }
      and(tokens, depth);
    }
  }

  private void and(List<String> tokens, int depth) {
    int terms = depth == 0 ? 1 : 1 + random.nextInt(3);
    for (int i = 0; i < terms; i++) {
      if (i > 0) {
        tokens.add("AND");
      }
      if (depth > 0 && random.nextInt(3) == 0) {
        tokens.add("(");
        or(tokens, depth - 1);
        tokens.add(")");
      } else {
        simple(tokens);
      }
    }
  }

  private void simple(List<String> tokens) {
    boolean parenthesised = random.nextInt(10) == 0;
    if (parenthesised) {
      tokens.add("(");
    }
    String license = license();
    if (!license.startsWith("LicenseRef-") && random.nextInt(6) == 0) {
      license += "+";
    }
    tokens.add(license);
    if (random.nextInt(5) == 0) {
      tokens.add("WITH");
      tokens.add(oddCase(pick(exceptions)));
    }
    if (parenthesised) {
      tokens.add(")");
    }
  }

  private String license() {
    if (random.nextInt(4) == 0) {
      StringBuilder id = new StringBuilder("LicenseRef-");
      int length = 1 + random.nextInt(12);
      for (int i = 0; i < length; i++) {
        id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
      }
      return id.toString();
    }
    return oddCase(pick(licenses));
  }

  private String oddCase(String id) {
    return switch (random.nextInt(6)) {
      case 0 -> id.toLowerCase(Locale.ROOT);
      case 1 -> id.toUpperCase(Locale.ROOT);
      default -> id;
    };
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
