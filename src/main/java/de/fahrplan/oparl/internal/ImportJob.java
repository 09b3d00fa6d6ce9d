package de.fahrplan.oparl.internal;

import de.fahrplan.council.ImportedCouncil;
import de.fahrplan.council.ImportedMeeting;
import de.fahrplan.council.ImportedPaper;
import de.fahrplan.oparl.ImportRunView;
import de.fahrplan.oparl.ImportRunView.Outcome;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One run of the import in the current municipality (the caller has set tenant and role): System →
 * Body → committees → meetings → papers with their Beratungsfolgen → persons with their memberships
 * in mapped committees, one list page at a time, each page saved in its own transaction. A broken
 * object is a line in the report, never the end of the run; a list that cannot be read to its end
 * makes the run incomplete, and only a complete run moves the watermark for the next incremental
 * run.
 */
@Component
public class ImportJob {

  /** The next incremental run asks again for what changed this long before the last one began. */
  static final Duration SAFETY_MARGIN = Duration.ofHours(1);

  /** A run whose node stopped beating this long ago has died; another node may take over. */
  static final Duration STALE = Duration.ofMinutes(5);

  static final int MAX_PAGES = 100_000;

  private static final Logger log = LoggerFactory.getLogger(ImportJob.class);

  private final ImportSourceRepository sources;
  private final ImportRunRepository runs;
  private final ImportProblemRepository problems;
  private final CommitteeImport committees;
  private final ImportedCouncil council;
  private final PersonImport personImport;
  private final Clock clock;
  private final Duration firstRetryPause;
  private final boolean privateNetworks;

  ImportJob(
      ImportSourceRepository sources,
      ImportRunRepository runs,
      ImportProblemRepository problems,
      CommitteeImport committees,
      ImportedCouncil council,
      PersonImport personImport,
      Clock clock,
      @org.springframework.beans.factory.annotation.Value(
              "${fahrplan.oparl-import.first-retry-pause:PT0.5S}")
          Duration firstRetryPause,
      @org.springframework.beans.factory.annotation.Value(
              "${fahrplan.oparl-import.private-networks:false}")
          boolean privateNetworks) {
    this.sources = sources;
    this.runs = runs;
    this.problems = problems;
    this.committees = committees;
    this.council = council;
    this.personImport = personImport;
    this.clock = clock;
    this.firstRetryPause = firstRetryPause;
    this.privateNetworks = privateNetworks;
  }

  /** Takes the run lock of the source; false when another run (on any node) holds it. */
  public boolean claim(long sourceId) {
    Instant now = clock.instant();
    return sources.claim(sourceId, now, now.minus(STALE)) == 1;
  }

  /** Runs the import under a lock taken with {@link #claim}; releases it at the end. */
  public ImportRunView run(long sourceId, boolean full) {
    ImportSource source = sources.findById(sourceId).orElseThrow();
    Instant started = clock.instant();
    Instant since = source.changesSince(full);
    ImportRun entry = runs.save(new ImportRun(sourceId, since == null, since, started));
    RunState run = new RunState(source, entry, sources, runs, problems, clock);
    try (OParlClient client =
        new OParlClient(
            Rewrites.parse(source.rewriteRules()),
            source.requestsPerSecond(),
            firstRetryPause,
            privateNetworks)) {
      run.client = client;
      Outcome outcome = crawl(run, since);
      finish(run, outcome, started, since == null);
    } catch (RuntimeException | InterruptedException e) {
      log.warn("OParl import {} failed", entry.getId(), e);
      run.problem(null, "Abbruch durch einen Fehler: " + e.getClass().getSimpleName());
      finish(run, Outcome.FAILED, started, false);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    } finally {
      sources.release(sourceId);
    }
    return runs.findById(entry.getId()).orElseThrow().view();
  }

  private void finish(RunState run, Outcome outcome, Instant started, boolean full) {
    run.entry.progress(
        run.organizations, run.meetings, run.papers, run.persons, run.requests(), run.problemCount);
    run.entry.end(outcome, clock.instant());
    run.entry = runs.save(run.entry);
    if (outcome == Outcome.COMPLETE) {
      ImportSource source = sources.findById(run.source.getId()).orElseThrow();
      source.completed(started, full, SAFETY_MARGIN);
      sources.save(source);
    }
  }

  private Outcome crawl(RunState run, Instant since) throws InterruptedException {
    OParlObject system = run.fetchObject(run.source.systemUrl(), "System");
    String bodyList = system == null ? null : system.url("body");
    if (bodyList == null) {
      if (system != null) {
        run.problem(run.source.systemUrl(), "Das System nennt keine Körperschaften (body).");
      }
      return Outcome.FAILED;
    }
    List<OParlObject> bodies = new ArrayList<>();
    walk(run, bodyList, null, "Körperschaften", bodies::addAll);
    OParlObject body = chooseBody(run, bodies);
    if (body == null) {
      return Outcome.FAILED;
    }
    committees.load(run);
    walk(run, body.url("organization"), null, "Gremien", page -> committees.page(run, page));
    CouncilReader reader = new CouncilReader(run, url -> committees.committeeFor(run, url));
    walk(run, body.url("meeting"), since, "Sitzungen", page -> meetings(run, reader, page));
    walk(run, body.url("paper"), since, "Vorlagen", page -> papers(run, reader, page));
    PersonImport.People people = personImport.start(run.source.getId());
    walk(
        run,
        body.url("person"),
        since,
        "Personen",
        page ->
            run.persons +=
                personImport.page(
                    people, page, url -> CommitteeImport.mapped(run, url), run::problem));
    if (run.cancelled) {
      return Outcome.CANCELLED;
    }
    return run.complete ? Outcome.COMPLETE : Outcome.INCOMPLETE;
  }

  private OParlObject chooseBody(RunState run, List<OParlObject> bodies) {
    String wanted = run.source.bodyUrl();
    for (OParlObject b : bodies) {
      if (wanted == null || wanted.equals(b.id())) {
        if (wanted == null && bodies.size() > 1) {
          run.problem(
              b.id(),
              "Das System hat "
                  + bodies.size()
                  + " Körperschaften; übernommen wird die erste. Die gewünschte lässt sich in"
                  + " den Einstellungen wählen.");
        }
        return b;
      }
    }
    run.problem(
        wanted == null ? run.source.systemUrl() : wanted,
        wanted == null ? "Das System nennt keine Körperschaft." : "Körperschaft nicht gefunden.");
    return null;
  }

  /**
   * Walks a list page by page along {@code links.next}. Stops with a problem (the run is then
   * incomplete) at an unreadable page, a page that repeats the one before (servers that ignore the
   * page number), a link seen before, or after {@link #MAX_PAGES}. A 404 for a filtered list is an
   * empty list (seen in the wild).
   */
  private void walk(
      RunState run, String first, Instant since, String what, Consumer<List<OParlObject>> handle)
      throws InterruptedException {
    if (first == null) {
      run.problem(null, "Die Körperschaft nennt keine Liste der " + what + ".");
      run.complete = false;
      return;
    }
    String url = since == null ? first : withParameter(first, "modified_since", since);
    Set<String> links = new HashSet<>();
    List<String> before = List.of();
    while (url != null && !run.cancelled) {
      if (!links.add(url) || links.size() > MAX_PAGES) {
        run.incomplete(url, "Die Liste der " + what + " verweist auf eine Seite zurück.");
        return;
      }
      OParlClient.Answer answer = run.fetch(url);
      if (answer == null) {
        run.complete = false;
        return;
      }
      if (answer.status() == 404 && since != null) {
        return;
      }
      if (!answer.ok()) {
        run.incomplete(url, what + ": Seite nicht lesbar (HTTP " + answer.status() + ").");
        return;
      }
      OParlPage page;
      try {
        page = OParlPage.parse(answer.body());
      } catch (OParlPage.OParlFormatException e) {
        run.incomplete(url, what + ": " + e.getMessage());
        return;
      }
      List<OParlObject> objects = new ArrayList<>();
      for (OParlObject o : page.objects()) {
        if (o.id() == null) {
          run.problem(url, what + ": Objekt ohne id übersprungen.");
        } else {
          objects.add(o);
        }
      }
      List<String> ids = objects.stream().map(OParlObject::id).toList();
      if (!ids.isEmpty() && ids.equals(before)) {
        run.incomplete(url, what + ": Der Server liefert dieselbe Seite noch einmal.");
        return;
      }
      before = ids;
      try {
        handle.accept(objects);
      } catch (RuntimeException e) {
        log.warn("OParl import: page {} not saved", url, e);
        run.incomplete(
            url, what + ": Seite nicht gespeichert (" + e.getClass().getSimpleName() + ").");
      }
      run.progress();
      url = page.next();
    }
  }

  static String withParameter(String url, String name, Instant value) {
    return url
        + (url.contains("?") ? "&" : "?")
        + name
        + "="
        + URLEncoder.encode(
            value.truncatedTo(ChronoUnit.SECONDS).toString(), StandardCharsets.UTF_8);
  }

  // --- meetings -----------------------------------------------------------------------------

  private void meetings(RunState run, CouncilReader reader, List<OParlObject> page) {
    List<ImportedMeeting> read = new ArrayList<>();
    for (OParlObject o : page) {
      ImportedMeeting m = run.unchecked(() -> reader.meeting(o));
      if (m != null) {
        read.add(m);
      }
    }
    council.saveMeetings(read);
    run.meetings += read.size();
  }

  // --- papers -------------------------------------------------------------------------------

  private void papers(RunState run, CouncilReader reader, List<OParlObject> page) {
    List<ImportedPaper> read = new ArrayList<>();
    for (OParlObject o : page) {
      ImportedPaper p = run.unchecked(() -> reader.paper(o));
      if (p != null) {
        read.add(p);
      }
    }
    run.unchecked(
        () -> {
          fetchMissingMeetings(run, reader, read);
          return null;
        });
    Map<String, String> taken = council.savePapers(run.source.getId(), read);
    taken.forEach(
        (id, reference) ->
            run.problem(
                id,
                "Die Nummer „"
                    + reference
                    + "“ hat im RIS schon eine andere Vorlage;"
                    + " übernommen mit Zusatz."));
    run.papers += read.size();
  }

  /**
   * Meetings that consultations name but no meeting list held (servers do that): asked for alone,
   * once per run; what answers 404 or 401 stays a consultation without a meeting.
   */
  private void fetchMissingMeetings(RunState run, CouncilReader reader, List<ImportedPaper> papers)
      throws InterruptedException {
    Set<String> named = new LinkedHashSet<>();
    papers.forEach(
        p ->
            p.consultations().stream()
                .map(ImportedPaper.Consultation::meetingExternalId)
                .filter(id -> id != null && !run.unreachable.contains(id))
                .forEach(named::add));
    if (named.isEmpty()) {
      return;
    }
    named.removeAll(council.knownMeetings(named));
    List<ImportedMeeting> found = new ArrayList<>();
    for (String url : named) {
      OParlObject o = run.fetchObject(url, "Sitzung");
      ImportedMeeting m = o == null ? null : reader.meeting(o);
      if (m == null || m.deleted()) {
        run.unreachable.add(url);
      } else {
        found.add(m);
      }
    }
    council.saveMeetings(found);
    run.meetings += found.size();
  }
}
