package org.modelterms.licenses;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * An SPDX licence expression (SPDX 2.3, annex D): licence ids, {@code +}, {@code WITH} exceptions,
 * {@code AND}, {@code OR} and parentheses, with WITH binding tighter than AND, and AND tighter than
 * OR. Operators are upper case, as the specification requires.
 */
public sealed interface SpdxExpression {

  /** A licence id ({@code Apache-2.0}, {@code GPL-2.0+}, {@code LicenseRef-llama-3.1}). */
  record Id(String id, boolean orLater) implements SpdxExpression {}

  record With(Id license, String exception) implements SpdxExpression {}

  record And(List<SpdxExpression> terms) implements SpdxExpression {}

  record Or(List<SpdxExpression> terms) implements SpdxExpression {}

  /** Why a text is not an expression, and where (a 1-based character position). */
  final class SyntaxException extends IllegalArgumentException {
    private final int position;

    SyntaxException(String message, int position) {
      super(message + " (at character " + position + ")");
      this.position = position;
    }

    public int position() {
      return position;
    }
  }

  /** Parses an expression or throws {@link SyntaxException} saying what is wrong and where. */
  static SpdxExpression parse(String text) {
    return new Parser(text).parseAll();
  }

  /** The licence ids the expression names, in order of appearance, without {@code +}. */
  default Set<String> licenseIds() {
    Set<String> ids = new LinkedHashSet<>();
    collect(this, ids, false);
    return ids;
  }

  /** The exception ids the expression names. */
  default Set<String> exceptionIds() {
    Set<String> ids = new LinkedHashSet<>();
    collect(this, ids, true);
    return ids;
  }

  /** The expression written out again, with ids replaced through the given functions. */
  default String render(UnaryOperator<String> licenseId, UnaryOperator<String> exceptionId) {
    if (this instanceof Id id) {
      return licenseId.apply(id.id()) + (id.orLater() ? "+" : "");
    }
    if (this instanceof With with) {
      return with.license().render(licenseId, exceptionId)
          + " WITH "
          + exceptionId.apply(with.exception());
    }
    if (this instanceof And and) {
      return join(and.terms(), " AND ", true, licenseId, exceptionId);
    }
    return join(((Or) this).terms(), " OR ", false, licenseId, exceptionId);
  }

  private static String join(
      List<SpdxExpression> terms,
      String operator,
      boolean parenthesiseOr,
      UnaryOperator<String> licenseId,
      UnaryOperator<String> exceptionId) {
    List<String> parts = new ArrayList<>();
    for (SpdxExpression term : terms) {
      String rendered = term.render(licenseId, exceptionId);
      parts.add(parenthesiseOr && term instanceof Or ? "(" + rendered + ")" : rendered);
    }
    return String.join(operator, parts);
  }

  private static void collect(SpdxExpression e, Set<String> into, boolean exceptions) {
    if (e instanceof Id id) {
      if (!exceptions) {
        into.add(id.id());
      }
    } else if (e instanceof With with) {
      into.add(exceptions ? with.exception() : with.license().id());
    } else if (e instanceof And and) {
      and.terms().forEach(t -> collect(t, into, exceptions));
    } else if (e instanceof Or or) {
      or.terms().forEach(t -> collect(t, into, exceptions));
    }
  }

  /** Recursive descent over whitespace- and parenthesis-separated tokens. */
  final class Parser {
    private static final Pattern ID =
        Pattern.compile("^(DocumentRef-[A-Za-z0-9.-]+:)?[A-Za-z0-9][A-Za-z0-9.-]*$");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "WITH");

    private record Token(String text, int position) {}

    private final List<Token> tokens = new ArrayList<>();
    private final int end;
    private int next;

    Parser(String text) {
      if (text == null || text.isBlank()) {
        throw new SyntaxException("The expression is empty", 1);
      }
      end = text.length() + 1;
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (c == '(' || c == ')') {
          tokens.add(new Token(String.valueOf(c), i + 1));
          i++;
        } else {
          int start = i;
          while (i < text.length()
              && !Character.isWhitespace(text.charAt(i))
              && text.charAt(i) != '('
              && text.charAt(i) != ')') {
            i++;
          }
          tokens.add(new Token(text.substring(start, i), start + 1));
        }
      }
    }

    SpdxExpression parseAll() {
      SpdxExpression expression = parseOr();
      if (next < tokens.size()) {
        Token extra = tokens.get(next);
        throw new SyntaxException(
            "Expected AND, OR or the end, found \"" + extra.text() + "\"", extra.position());
      }
      return expression;
    }

    private SpdxExpression parseOr() {
      List<SpdxExpression> terms = new ArrayList<>(List.of(parseAnd()));
      while (accept("OR")) {
        terms.add(parseAnd());
      }
      return terms.size() == 1 ? terms.get(0) : new Or(List.copyOf(terms));
    }

    private SpdxExpression parseAnd() {
      List<SpdxExpression> terms = new ArrayList<>(List.of(parseWith()));
      while (accept("AND")) {
        terms.add(parseWith());
      }
      return terms.size() == 1 ? terms.get(0) : new And(List.copyOf(terms));
    }

    private SpdxExpression parseWith() {
      if (accept("(")) {
        SpdxExpression inner = parseOr();
        expect(")");
        return inner;
      }
      Id license = parseId();
      if (accept("WITH")) {
        Token exception = take("a licence exception id");
        requireIdShape(exception, "licence exception id");
        return new With(license, exception.text());
      }
      return license;
    }

    private Id parseId() {
      Token token = take("a licence id");
      String text = token.text();
      boolean orLater = text.endsWith("+");
      String id = orLater ? text.substring(0, text.length() - 1) : text;
      requireIdShape(new Token(id, token.position()), "licence id");
      if (orLater && id.startsWith("LicenseRef-")) {
        throw new SyntaxException("\"+\" cannot follow a LicenseRef", token.position());
      }
      return new Id(id, orLater);
    }

    private void requireIdShape(Token token, String what) {
      String text = token.text();
      if (OPERATORS.contains(text.toUpperCase()) || text.equals("(") || text.equals(")")) {
        throw new SyntaxException(
            "Expected a " + what + ", found \"" + text + "\"", token.position());
      }
      if (!ID.matcher(text).matches()) {
        throw new SyntaxException(
            "\"" + text + "\" is not a valid " + what + " (letters, digits, '.' and '-' only)",
            token.position());
      }
    }

    private boolean accept(String text) {
      if (next < tokens.size() && tokens.get(next).text().equals(text)) {
        next++;
        return true;
      }
      if (next < tokens.size()
          && OPERATORS.contains(text)
          && tokens.get(next).text().equalsIgnoreCase(text)) {
        throw new SyntaxException(
            "Operators are upper case: write \"" + text + "\"", tokens.get(next).position());
      }
      return false;
    }

    private void expect(String text) {
      if (!accept(text)) {
        int position = next < tokens.size() ? tokens.get(next).position() : end;
        throw new SyntaxException("Expected \"" + text + "\"", position);
      }
    }

    private Token take(String what) {
      if (next >= tokens.size()) {
        throw new SyntaxException("Expected " + what + " but the expression ended", end);
      }
      return tokens.get(next++);
    }
  }
}
