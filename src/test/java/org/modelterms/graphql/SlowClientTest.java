package org.modelterms.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.modelterms.ratelimit.RateLimitedProfile;

/**
 * A client that sends its body a byte at a time is cut off with 408 once the body timeout (2 s in
 * this profile) passes, and neither it nor a client that leaves mid-body fills the log with errors.
 */
@QuarkusTest
@TestProfile(RateLimitedProfile.class)
class SlowClientTest {

  private static final String BODY = "{\"query\":\"{ __typename }\"}";

  @TestHTTPResource("/graphql")
  URI endpoint;

  private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    Logger.getLogger("").removeHandler(capture);
  }

  @Test
  void aBodySentAByteAtATimeIsCutOffWith408() throws Exception {
    try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(headers().getBytes(StandardCharsets.US_ASCII));
      long started = System.nanoTime();
      String answer = null;
      for (int i = 0; i < BODY.length() && answer == null; i++) {
        try {
          out.write(BODY.charAt(i));
          out.flush();
        } catch (IOException cutOff) {
          break;
        }
        Thread.sleep(500);
        if (socket.getInputStream().available() > 0) {
          answer = readAll(socket.getInputStream());
        }
      }
      if (answer == null) {
        answer = readAll(socket.getInputStream());
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      assertThat(answer).startsWith("HTTP/1.1 408").contains("\"REQUEST_TIMEOUT\"");
      assertThat(seconds).as("cut off after the 2 s timeout, not at the body's end").isLessThan(8);
    }
    assertThat(warnings).as("a slow client is not a fault of the registry").isEmpty();
  }

  @Test
  void aClientThatLeavesMidBodyLogsNoError() throws Exception {
    try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(headers().getBytes(StandardCharsets.US_ASCII));
      out.write(BODY.substring(0, 5).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(300);
    }
    Thread.sleep(2_500); // past the body timeout, in case the registry acts on it
    assertThat(warnings).extracting(LogRecord::getMessage).isEmpty();
  }

  @Test
  void aWebSocketClientThatVanishesLogsNoWarning() throws Exception {
    GraphQLSocket socket = GraphQLSocket.initialised(endpoint);
    socket.socket.abort(); // the TCP connection ends without a close frame
    Thread.sleep(1_000);
    assertThat(warnings).extracting(LogRecord::getMessage).isEmpty();
  }

  private String headers() {
    return "POST /graphql HTTP/1.1\r\nHost: "
        + endpoint.getHost()
        + "\r\nContent-Type: application/json\r\nContent-Length: "
        + BODY.length()
        + "\r\n\r\n";
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        answer.write(buffer, 0, n);
      }
    } catch (IOException closed) {
      // the registry closed the connection after its answer
    }
    return answer.toString(StandardCharsets.UTF_8);
  }
}
