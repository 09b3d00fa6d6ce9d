package de.fahrplan.oparl.internal;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks a foreign OParl server, politely and stubbornly: at most the source's requests per second,
 * URLs rewritten by its rules, and a bounded number of retries with doubling pauses for what is
 * worth a second try (network errors, 5xx, 429). Other answers are returned as they are; the caller
 * decides what a 404 means. One run uses one client from one thread.
 */
public final class OParlClient implements AutoCloseable {

  /** What the server answered (after the retries). */
  public record Answer(int status, byte[] body, String location) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private static final int ATTEMPTS = 4;
  private static final int REDIRECTS = 5;

  private final HttpClient http;
  private final Rewrites rewrites;
  private final boolean privateNetworks;
  private final long intervalNanos;
  private final Duration firstPause;
  private long nextAllowed;
  private int requests;

  public OParlClient(
      Rewrites rewrites, int requestsPerSecond, Duration firstPause, boolean privateNetworks) {
    // redirects are followed here, so that each target is checked like the first
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.privateNetworks = privateNetworks;
    this.rewrites = rewrites;
    this.intervalNanos = 1_000_000_000L / Math.max(1, requestsPerSecond);
    this.firstPause = firstPause;
    this.nextAllowed = System.nanoTime();
  }

  /**
   * GET with retries, following up to five redirects; an answer that never came is an {@link
   * IOException} with the last reason.
   */
  public Answer get(String url) throws IOException, InterruptedException {
    URI uri;
    try {
      uri = URI.create(rewrites.apply(url));
    } catch (IllegalArgumentException e) {
      throw new IOException("ungültige URL");
    }
    for (int redirect = 0; ; redirect++) {
      Answer answer = getOnce(uri);
      if (answer.location() == null || redirect == REDIRECTS) {
        return answer;
      }
      try {
        uri = uri.resolve(answer.location());
      } catch (IllegalArgumentException e) {
        throw new IOException("ungültige Weiterleitung");
      }
    }
  }

  private Answer getOnce(URI uri) throws IOException, InterruptedException {
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new IOException("nur http und https");
    }
    if (!privateNetworks) {
      refuseInternal(uri);
    }
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .header("User-Agent", "Fahrplan OParl-Import")
            .GET()
            .build();
    IOException failure = null;
    Answer answer = null;
    Duration pause = firstPause;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      waitForTurn();
      try {
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String location =
            r.statusCode() >= 300 && r.statusCode() < 400
                ? r.headers().firstValue("Location").orElse(null)
                : null;
        answer = new Answer(r.statusCode(), r.body(), location);
        if (!worthRetrying(r.statusCode())) {
          return answer;
        }
      } catch (IOException e) {
        failure = e;
      }
      if (attempt < ATTEMPTS) {
        Thread.sleep(pause.toMillis());
        pause = pause.multipliedBy(2);
      }
    }
    if (answer != null) {
      return answer;
    }
    throw new IOException(
        "keine Antwort nach " + ATTEMPTS + " Versuchen: " + failure.getClass().getSimpleName());
  }

  /**
   * A municipality's administration must not make the server ask its own network (the machine
   * itself, the provider's internal services, a cloud's metadata address): every address the host
   * name resolves to must be public. Switched off only where the RIS stands in the same network
   * ({@code fahrplan.oparl-import.private-networks=true}; the demo and the tests).
   */
  static void refuseInternal(URI uri) throws IOException {
    if (uri.getHost() == null) {
      throw new IOException("ungültige URL");
    }
    for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
      boolean uniqueLocal = a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc;
      if (a.isLoopbackAddress()
          || a.isAnyLocalAddress()
          || a.isLinkLocalAddress()
          || a.isSiteLocalAddress()
          || a.isMulticastAddress()
          || uniqueLocal) {
        throw new IOException(
            "Adressen im internen Netz (" + a.getHostAddress() + ") sind nicht erlaubt");
      }
    }
  }

  private static boolean worthRetrying(int status) {
    return status >= 500 || status == 429;
  }

  /** Requests made so far (retries included). */
  public int requests() {
    return requests;
  }

  @Override
  public void close() {
    http.close();
  }

  private void waitForTurn() throws InterruptedException {
    long wait = nextAllowed - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
    nextAllowed = Math.max(nextAllowed, System.nanoTime()) + intervalNanos;
    requests++;
  }
}
