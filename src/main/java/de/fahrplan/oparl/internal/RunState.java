package de.fahrplan.oparl.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one run of the import knows and counts: its source and report entry, the client, the
 * committee mapping as far as read, the URLs that failed, the counters; and how it asks for an
 * object, notes a problem and reports progress.
 */
final class RunState {

  static final int MAX_PROBLEM_ROWS = 2_000;

  private static final Logger log = LoggerFactory.getLogger(RunState.class);

  /** Work that may fail on one object: the failure is a problem line, the run goes on. */
  @FunctionalInterface
  interface Step<T> {
    T run() throws InterruptedException;
  }

  final ImportSource source;
  ImportRun entry;
  OParlClient client;
  final Map<String, CommitteeMapping> mappings = new HashMap<>();
  final Map<String, Long> own = new HashMap<>();
  final Set<String> unreachable = new HashSet<>();
  int organizations;
  int meetings;
  int papers;
  int persons;
  int problemCount;
  boolean complete = true;
  boolean cancelled;
  private long lastProgress = System.nanoTime() - 1_000_000_000L;

  private final ImportSourceRepository sources;
  private final ImportRunRepository runs;
  private final ImportProblemRepository problems;
  private final Clock clock;

  RunState(
      ImportSource source,
      ImportRun entry,
      ImportSourceRepository sources,
      ImportRunRepository runs,
      ImportProblemRepository problems,
      Clock clock) {
    this.source = source;
    this.entry = entry;
    this.sources = sources;
    this.runs = runs;
    this.problems = problems;
    this.clock = clock;
  }

  int requests() {
    return client == null ? 0 : client.requests();
  }

  <T> T unchecked(Step<T> step) {
    try {
      return step.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancelled = true;
      return null;
    } catch (RuntimeException e) {
      log.debug("OParl import: object failed", e);
      problem(null, "Unerwarteter Fehler: " + e.getClass().getSimpleName());
      return null;
    }
  }

  OParlClient.Answer fetch(String url) throws InterruptedException {
    try {
      return client.get(url);
    } catch (IOException e) {
      problem(url, "Server nicht erreichbar: " + e.getMessage());
      return null;
    }
  }

  /** One object by URL; a problem line (and null) when it cannot be had. */
  OParlObject fetchObject(String url, String what) throws InterruptedException {
    OParlClient.Answer answer = fetch(url);
    if (answer == null) {
      return null;
    }
    if (!answer.ok()) {
      problem(url, what + " nicht abrufbar (HTTP " + answer.status() + ").");
      return null;
    }
    try {
      return OParlPage.object(answer.body());
    } catch (OParlPage.OParlFormatException e) {
      problem(url, what + ": " + e.getMessage());
      return null;
    }
  }

  void incomplete(String url, String message) {
    problem(url, message);
    complete = false;
  }

  void problem(String url, String message) {
    problemCount++;
    if (problemCount <= MAX_PROBLEM_ROWS) {
      problems.save(new ImportProblem(entry.getId(), url, message));
    }
  }

  /**
   * After each page: whether Administration asked to cancel; at most once a second the counters for
   * the status page and the lock's heartbeat.
   */
  void progress() {
    cancelled = cancelled || sources.cancelRequested(source.getId());
    long now = System.nanoTime();
    if (now - lastProgress < 1_000_000_000L) {
      return;
    }
    lastProgress = now;
    entry.progress(organizations, meetings, papers, persons, requests(), problemCount);
    entry = runs.save(entry);
    sources.beat(source.getId(), clock.instant());
  }
}
