package org.modelterms.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A TCP proxy on loopback whose cable can be cut: every connection through it is dropped and new
 * ones are refused, as when a server dies. The target is asked for on each connection.
 */
public final class CuttableProxy {

  private final Supplier<InetSocketAddress> target;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final ServerSocket server;

  public CuttableProxy(Supplier<InetSocketAddress> target) throws IOException {
    this.target = target;
    this.server = new ServerSocket(0);
    Thread accepting = new Thread(this::accept, "cuttable-proxy");
    accepting.setDaemon(true);
    accepting.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Drops every connection and refuses new ones, for good. */
  public void cut() throws IOException {
    server.close();
    for (Socket s : open) {
      s.close();
    }
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket();
        upstream.connect(target.get());
        open.add(client);
        open.add(upstream);
        pipe(client, upstream);
        pipe(upstream, client);
      } catch (IOException e) {
        // closed by cut(), or the target refused: the client sees its connection end
      }
    }
  }

  private void pipe(Socket from, Socket to) {
    Thread t =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException e) {
                // the other side closed
              } finally {
                try {
                  to.close();
                  from.close();
                } catch (IOException ignored) {
                  // already closed
                }
              }
            },
            "cuttable-proxy-pipe");
    t.setDaemon(true);
    t.start();
  }
}
