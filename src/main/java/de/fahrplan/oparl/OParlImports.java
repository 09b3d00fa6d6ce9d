package de.fahrplan.oparl;

import de.fahrplan.council.ImportedCouncil;
import de.fahrplan.oparl.internal.CommitteeMapping;
import de.fahrplan.oparl.internal.CommitteeMappingRepository;
import de.fahrplan.oparl.internal.ImportJob;
import de.fahrplan.oparl.internal.ImportProblem;
import de.fahrplan.oparl.internal.ImportProblemRepository;
import de.fahrplan.oparl.internal.ImportRun;
import de.fahrplan.oparl.internal.ImportRunRepository;
import de.fahrplan.oparl.internal.ImportSource;
import de.fahrplan.oparl.internal.ImportSourceRepository;
import de.fahrplan.organisation.Organizations;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.security.AdminOnly;
import de.fahrplan.shared.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing the municipality's Ratsinformationssystem over OParl (Administration): the source's
 * settings, starting (in the background) and cancelling a run, its progress and report, and the
 * mapping of the RIS's committees to the municipality's own. The nightly run is {@link
 * NightlyImport}'s.
 */
@Service
public class OParlImports {

  static final String AUDIT_TYPE = "OParlImport";
  static final String JOB = "OParl-Import";

  private final ImportSourceRepository sources;
  private final ImportRunRepository runs;
  private final ImportProblemRepository problems;
  private final CommitteeMappingRepository mappings;
  private final ImportJob job;
  private final ImportedCouncil council;
  private final Organizations organizations;
  private final TaskExecutor background;

  OParlImports(
      ImportSourceRepository sources,
      ImportRunRepository runs,
      ImportProblemRepository problems,
      CommitteeMappingRepository mappings,
      ImportJob job,
      ImportedCouncil council,
      Organizations organizations,
      @Qualifier("applicationTaskExecutor") TaskExecutor background) {
    this.sources = sources;
    this.runs = runs;
    this.problems = problems;
    this.mappings = mappings;
    this.job = job;
    this.council = council;
    this.organizations = organizations;
    this.background = background;
  }

  @AdminOnly
  @Transactional(readOnly = true)
  public ImportStatus status() {
    ImportSource source = sources.findFirstByOrderByIdAsc().orElse(null);
    if (source == null) {
      return new ImportStatus(null, false, null, false, null, null, List.of());
    }
    return new ImportStatus(
        source.settings(),
        source.runningSince() != null,
        source.heartbeat(),
        source.cancelRequested(),
        source.watermark(),
        source.lastFull(),
        runs.findBySourceIdOrderByIdDesc(source.getId(), Limit.of(10)).stream()
            .map(ImportRun::view)
            .toList());
  }

  /** Saves the settings (the first save creates the source). */
  @AdminOnly
  @Transactional
  public ImportSettings save(ImportSettings in) {
    ImportSource source = sources.findFirstByOrderByIdAsc().orElse(null);
    if (source == null) {
      source = new ImportSource(in);
    } else {
      Versions.check(AUDIT_TYPE, source.getVersion(), in.version);
      source.apply(in);
    }
    return sources.saveAndFlush(source).settings();
  }

  /** Starts a run in the background; refused while one runs (on any node). */
  @AdminOnly
  public void start(boolean full) {
    long tenant = TenantContext.requireTenantId();
    long sourceId = claim();
    try {
      background.execute(
          () -> TenantContext.callAsJob(tenant, JOB, Role.ADMIN, () -> job.run(sourceId, full)));
    } catch (RuntimeException notStarted) {
      sources.release(sourceId);
      throw notStarted;
    }
  }

  /** Runs now, in this thread (the API's and the tests' way); refused while one runs. */
  @AdminOnly
  public ImportRunView runNow(boolean full) {
    return job.run(claim(), full);
  }

  private long claim() {
    ImportSource source = sources.findFirstByOrderByIdAsc().orElseThrow(this::notConfigured);
    if (!job.claim(source.getId())) {
      throw new InvalidInputException(null, "oparlImport.running");
    }
    return source.getId();
  }

  private InvalidInputException notConfigured() {
    return new InvalidInputException("systemUrl", "oparlImport.notConfigured");
  }

  /** Asks the running run to stop after the page it is reading. */
  @AdminOnly
  public void cancel() {
    sources.findFirstByOrderByIdAsc().ifPresent(s -> sources.requestCancel(s.getId()));
  }

  /** A run's report: what went wrong with which object (at most the first 2,000 lines). */
  @AdminOnly
  @Transactional(readOnly = true)
  public List<ImportProblemView> problems(long runId) {
    runs.findById(runId).orElseThrow(() -> new NotFoundException(AUDIT_TYPE));
    return problems.findByRunIdOrderByIdAsc(runId, Limit.of(2_000)).stream()
        .map(ImportProblem::view)
        .toList();
  }

  @AdminOnly
  @Transactional(readOnly = true)
  public ImportRunView run(long runId) {
    return runs.findById(runId).orElseThrow(() -> new NotFoundException(AUDIT_TYPE)).view();
  }

  @AdminOnly
  @Transactional(readOnly = true)
  public List<CommitteeMappingView> committees() {
    return sources
        .findFirstByOrderByIdAsc()
        .map(s -> mappings.findBySourceIdOrderByNameAsc(s.getId()))
        .orElse(List.of())
        .stream()
        .map(CommitteeMapping::view)
        .toList();
  }

  /**
   * The mapping step: each RIS committee (by mapping id) to an own committee, or none. Imported
   * consultations and meetings move with a changed mapping.
   */
  @AdminOnly
  @Transactional
  public void mapCommittees(Map<Long, Long> organizationByMapping) {
    for (CommitteeMapping m : mappings.findAllById(organizationByMapping.keySet())) {
      Long to = organizationByMapping.get(m.getId());
      if (Objects.equals(m.organizationId(), to)) {
        continue;
      }
      if (to != null && !organizations.exists(to)) {
        throw new InvalidInputException("committee-" + m.getId(), "validation.unknownReference");
      }
      if (m.organizationId() != null && to != null) {
        council.moveCommittee(m.organizationId(), to);
      } else if (m.organizationId() != null) {
        throw new InvalidInputException(
            "committee-" + m.getId(), "oparlImport.mappingRequired", m.name());
      }
      m.mapTo(to, false);
    }
  }
}
