package org.modelterms.licenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SpdxExpressionTest {

  private static String normalised(String text) {
    return SpdxExpression.parse(text).render(UnaryOperator.identity(), UnaryOperator.identity());
  }

  @Test
  void precedenceIsWithThenAndThenOr() {
    SpdxExpression e =
        SpdxExpression.parse("MIT OR Apache-2.0 AND GPL-2.0-only WITH Classpath-exception-2.0");
    assertThat(e).isInstanceOf(SpdxExpression.Or.class);
    SpdxExpression.Or or = (SpdxExpression.Or) e;
    assertThat(or.terms().get(1)).isInstanceOf(SpdxExpression.And.class);
    assertThat(e.licenseIds()).containsExactly("MIT", "Apache-2.0", "GPL-2.0-only");
    assertThat(e.exceptionIds()).containsExactly("Classpath-exception-2.0");
  }

  @Test
  void rendersWithParenthesesOnlyWhereNeeded() {
    assertThat(normalised("(MIT OR Apache-2.0) AND  CC-BY-4.0"))
        .isEqualTo("(MIT OR Apache-2.0) AND CC-BY-4.0");
    assertThat(normalised("((MIT))")).isEqualTo("MIT");
    assertThat(normalised("GPL-2.0+")).isEqualTo("GPL-2.0+");
    assertThat(normalised("LicenseRef-llama-3.1 AND DocumentRef-x:LicenseRef-y"))
        .isEqualTo("LicenseRef-llama-3.1 AND DocumentRef-x:LicenseRef-y");
  }

  @Test
  void rejectsMalformedExpressionsWithAPosition() {
    assertThatThrownBy(() -> SpdxExpression.parse("MIT AND"))
        .isInstanceOf(SpdxExpression.SyntaxException.class)
        .hasMessageContaining("ended");
    assertThatThrownBy(() -> SpdxExpression.parse("MIT and Apache-2.0"))
        .hasMessageContaining("upper case");
    assertThatThrownBy(() -> SpdxExpression.parse("(MIT")).hasMessageContaining("\")\"");
    assertThatThrownBy(() -> SpdxExpression.parse("MIT Apache-2.0"))
        .hasMessageContaining("at character 5");
    assertThatThrownBy(() -> SpdxExpression.parse("M!T")).hasMessageContaining("not a valid");
    assertThatThrownBy(() -> SpdxExpression.parse("  ")).hasMessageContaining("empty");
    assertThatThrownBy(() -> SpdxExpression.parse("LicenseRef-x+")).hasMessageContaining("+");
    assertThatThrownBy(() -> SpdxExpression.parse("AND MIT"))
        .hasMessageContaining("Expected a licence id");
  }
}
