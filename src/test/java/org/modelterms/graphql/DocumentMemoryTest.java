package org.modelterms.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentMemoryTest {

  @Test
  void remembersByText() {
    DocumentMemory<String> memory = new DocumentMemory<>();
    memory.remember("{ a }", "A");
    assertThat(memory.get("{ a }")).isEqualTo("A");
    assertThat(memory.get("{ a } ")).isNull();
  }

  @Test
  void aFullMemoryStartsAgainRatherThanGrow() {
    DocumentMemory<Integer> memory = new DocumentMemory<>();
    for (int i = 0; i < 2_000; i++) {
      memory.remember("{ f" + i + " }", i);
    }
    assertThat(memory.get("{ f1999 }")).isEqualTo(1999);
    memory.remember("{ one more }", -1);
    assertThat(memory.get("{ f1999 }")).isNull();
    assertThat(memory.get("{ one more }")).isEqualTo(-1);
  }

  @Test
  void veryLongDocumentsAreNotKept() {
    DocumentMemory<Boolean> memory = new DocumentMemory<>();
    String longDocument = "{ " + "a ".repeat(10_001) + "}";
    memory.remember(longDocument, true);
    assertThat(memory.get(longDocument)).isNull();
  }
}
