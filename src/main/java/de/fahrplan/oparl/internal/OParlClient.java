package de.fahrplan.oparl.internal;

import java.io.IOException;
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
  public record Answer(int status, byte[] body) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private static final int ATTEMPTS = 4;

  private final HttpClient http;
  private final Rewrites rewrites;
  private final long intervalNanos;
  private final Duration firstPause;
  private long nextAllowed;
  private int requests;

  public OParlClient(Rewrites rewrites, int requestsPerSecond, Duration firstPause) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.rewrites = rewrites;
    this.intervalNanos = 1_000_000_000L / Math.max(1, requestsPerSecond);
    this.firstPause = firstPause;
    this.nextAllowed = System.nanoTime();
  }

  /** GET with retries; an answer that never came is a {@link IOException} with the last reason. */
  public Answer get(String url) throws IOException, InterruptedException {
    URI uri;
    try {
      uri = URI.create(rewrites.apply(url));
    } catch (IllegalArgumentException e) {
      throw new IOException("ungültige URL");
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
        answer = new Answer(r.statusCode(), r.body());
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
