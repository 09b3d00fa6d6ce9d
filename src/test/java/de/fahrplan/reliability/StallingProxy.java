package de.fahrplan.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of the test PostgreSQL that can make the database stall without touching the
 * server: {@link #pause()} stops forwarding on open and new connections (what SIGSTOP of the server
 * looks like to the client: connections accepted, nothing answered), {@link #stop()} drops every
 * connection and refuses new ones (a stopped server), {@link #resume()} forwards again.
 */
final class StallingProxy implements AutoCloseable {

  private enum State {
    FORWARDING,
    PAUSED,
    STOPPED
  }

  private final ServerSocket server;
  private final String targetHost;
  private final int targetPort;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile State state = State.FORWARDING;

  StallingProxy(String targetHost, int targetPort) throws IOException {
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    Thread.ofVirtual().name("stalling-proxy").start(this::accept);
  }

  int port() {
    return server.getLocalPort();
  }

  void pause() {
    state = State.PAUSED;
  }

  void stop() {
    state = State.STOPPED;
    for (Socket s : open) {
      closeQuietly(s);
    }
    open.clear();
  }

  void resume() {
    state = State.FORWARDING;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        if (state == State.STOPPED) {
          closeQuietly(client);
          continue;
        }
        Socket target = new Socket(targetHost, targetPort);
        open.add(client);
        open.add(target);
        Thread.ofVirtual().start(() -> pump(client, target));
        Thread.ofVirtual().start(() -> pump(target, client));
      } catch (IOException e) {
        // closed
      }
    }
  }

  private void pump(Socket from, Socket to) {
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        while (state == State.PAUSED) {
          Thread.sleep(20);
        }
        if (state == State.STOPPED) {
          break;
        }
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException | InterruptedException e) {
      // one side closed
    } finally {
      closeQuietly(from);
      closeQuietly(to);
      open.remove(from);
      open.remove(to);
    }
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    stop();
    server.close();
  }
}
