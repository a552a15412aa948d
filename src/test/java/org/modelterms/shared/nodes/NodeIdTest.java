package org.modelterms.shared.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeIdTest {

  @Test
  void roundTrips() {
    String id = NodeId.encode(NodeType.Model, 42);
    assertThat(id).doesNotContain("Model").doesNotContain("=");
    assertThat(NodeId.decode(id)).contains(new NodeId(NodeType.Model, 42));
    assertThat(NodeId.decode(id, NodeType.Model)).contains(42L);
    assertThat(NodeId.decode(id, NodeType.License)).isEmpty();
  }

  @Test
  void rejectsWhatItDidNotIssue() {
    assertThat(NodeId.decode("###")).isEmpty();
    assertThat(NodeId.decode("TW9kZWw6LTE")).isEmpty(); // Model:-1
    assertThat(NodeId.decode("VGFibGU6MQ")).isEmpty(); // Table:1
    assertThat(NodeId.decode(null)).isEmpty();
  }
}
