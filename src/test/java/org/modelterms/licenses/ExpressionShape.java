package org.modelterms.licenses;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What a parser made of a text, written out so two parsers can be compared: nested AND in AND and
 * OR in OR flattened, ids in lower case (both parsers match ids ignoring case). {@link #unordered}
 * also sorts the terms of each AND and OR and drops repeated ones, which the library's licence sets
 * do not keep.
 */
final class ExpressionShape {

  static final String REJECTED = "rejected";

  private final boolean ordered;

  private ExpressionShape(boolean ordered) {
    this.ordered = ordered;
  }

  static String ordered(Function<String, SpdxExpression> parser, String text) {
    return new ExpressionShape(true).of(parser, text);
  }

  static String unordered(Function<String, SpdxExpression> parser, String text) {
    return new ExpressionShape(false).of(parser, text);
  }

  private String of(Function<String, SpdxExpression> parser, String text) {
    SpdxExpression parsed;
    try {
      parsed = parser.apply(text);
    } catch (IllegalArgumentException e) {
      return REJECTED;
    }
    return render(parsed);
  }

  private String render(SpdxExpression e) {
    if (e instanceof SpdxExpression.Id id) {
      return id.id().toLowerCase(Locale.ROOT) + (id.orLater() ? "+" : "");
    }
    if (e instanceof SpdxExpression.With with) {
      return "{"
          + render(with.license())
          + " WITH "
          + with.exception().toLowerCase(Locale.ROOT)
          + "}";
    }
    List<String> parts = new ArrayList<>();
    flatten(e, e.getClass(), parts);
    Collection<String> terms = ordered ? parts : new TreeSet<>(parts);
    return "(" + String.join(e instanceof SpdxExpression.And ? " AND " : " OR ", terms) + ")";
  }

  private void flatten(SpdxExpression e, Class<?> operator, List<String> into) {
    if (e.getClass() != operator) {
      into.add(render(e));
      return;
    }
    List<SpdxExpression> terms =
        e instanceof SpdxExpression.And and ? and.terms() : ((SpdxExpression.Or) e).terms();
    terms.forEach(t -> flatten(t, operator, into));
  }
}
