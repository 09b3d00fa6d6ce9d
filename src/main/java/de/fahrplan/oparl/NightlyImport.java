package de.fahrplan.oparl;

import de.fahrplan.oparl.internal.ImportJob;
import de.fahrplan.oparl.internal.ImportSourceRepository;
import de.fahrplan.organisation.Bodies;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.security.Role;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly import in every municipality that has a source ({@link OParlImports}): incremental,
 * or a full re-crawl when one is due; skipped where a run is still going (on any node).
 */
@Component
class NightlyImport {

  private static final Logger log = LoggerFactory.getLogger(NightlyImport.class);

  private final Bodies bodies;
  private final ImportSourceRepository sources;
  private final ImportJob job;
  private final Clock clock;

  NightlyImport(Bodies bodies, ImportSourceRepository sources, ImportJob job, Clock clock) {
    this.bodies = bodies;
    this.sources = sources;
    this.job = job;
    this.clock = clock;
  }

  @Scheduled(cron = "${fahrplan.oparl-import.cron:0 30 2 * * *}", zone = "Europe/Berlin")
  void run() {
    for (long tenant : bodies.ids()) {
      TenantContext.callAsJob(
          tenant,
          OParlImports.JOB,
          Role.ADMIN,
          () -> {
            sources
                .findFirstByOrderByIdAsc()
                .filter(s -> job.claim(s.getId()))
                .ifPresent(
                    s -> {
                      ImportRunView run = job.run(s.getId(), s.fullDue(clock.instant()));
                      log.info("OParl import of body {}: {}", tenant, run.outcome());
                    });
            return null;
          });
    }
  }
}
