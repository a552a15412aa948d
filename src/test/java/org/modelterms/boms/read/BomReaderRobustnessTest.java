package org.modelterms.boms.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Damaged copies of every test document (cut short, bytes overwritten) are either read or refused
 * with a code: no other exception escapes, so the check never answers a bad document with a fault.
 */
class BomReaderRobustnessTest {

  private final BomReader reader = new BomReader();

  @Test
  void damagedDocumentsAreReadOrRefusedNeverFaulted() throws IOException {
    Random random = new Random(18);
    int refused = 0;
    for (Path path : documents()) {
      byte[] document = Files.readAllBytes(path);
      for (int i = 0; i < 12; i++) {
        byte[] damaged =
            i % 2 == 0
                ? Arrays.copyOf(document, random.nextInt(document.length))
                : overwritten(document, random);
        for (BomFormat format : new BomFormat[] {null, BomFormat.CYCLONEDX_XML}) {
          try {
            assertThat(reader.read(damaged, format)).isNotNull();
          } catch (BomRefusedException e) {
            assertThat(e.getMessage()).as(path + " damaged #" + i).isNotBlank();
            refused++;
          }
        }
      }
    }
    assertThat(refused).isPositive();
  }

  private static byte[] overwritten(byte[] document, Random random) {
    byte[] damaged = document.clone();
    byte[] junk = {'"', '{', '}', '[', ']', ',', ':', '<', '>', '&', '#', '\n', 0, (byte) 0xC3};
    for (int n = 0; n < 5; n++) {
      damaged[random.nextInt(damaged.length)] = junk[random.nextInt(junk.length)];
    }
    return damaged;
  }

  private static List<Path> documents() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/boms"))) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().matches("LICENSE|NOTICE.md"))
          .sorted()
          .toList();
    }
  }
}
