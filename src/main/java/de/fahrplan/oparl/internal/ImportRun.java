package de.fahrplan.oparl.internal;

import de.fahrplan.oparl.ImportRunView;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of the import: what it read, how many problems it met, and how it ended. */
@Entity
@Table(name = "oparl_import_run")
public class ImportRun extends TenantEntity {

  private long sourceId;
  private boolean fullRun;
  private Instant modifiedSince;
  private Instant started;
  private Instant finished;

  @Enumerated(EnumType.STRING)
  private ImportRunView.Outcome outcome = ImportRunView.Outcome.RUNNING;

  private int organizations;
  private int meetings;
  private int papers;
  private int persons;
  private int requests;
  private int problems;

  protected ImportRun() {}

  public ImportRun(long sourceId, boolean fullRun, Instant modifiedSince, Instant started) {
    this.sourceId = sourceId;
    this.fullRun = fullRun;
    this.modifiedSince = modifiedSince;
    this.started = started;
  }

  public void progress(
      int organizations, int meetings, int papers, int persons, int requests, int problems) {
    this.organizations = organizations;
    this.meetings = meetings;
    this.papers = papers;
    this.persons = persons;
    this.requests = requests;
    this.problems = problems;
  }

  public void end(ImportRunView.Outcome outcome, Instant at) {
    this.outcome = outcome;
    this.finished = at;
  }

  public Instant started() {
    return started;
  }

  public ImportRunView view() {
    return new ImportRunView(
        getId(),
        fullRun,
        modifiedSince,
        started,
        finished,
        outcome,
        organizations,
        meetings,
        papers,
        persons,
        requests,
        problems);
  }
}
