package de.fahrplan.strategy;

import de.fahrplan.organisation.Bodies;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily job that puts adopted versions in force on their "in Kraft ab" day. Safe on several
 * nodes: each version is claimed by its own row – the first node's transaction moves it on, the
 * second one's optimistic lock fails and it leaves the version alone.
 */
@Component
public class InForceJob {

  private static final Logger log = LoggerFactory.getLogger(InForceJob.class);
  static final String ACTOR = "inkraftsetzung";

  private final Bodies bodies;
  private final Strategies strategies;

  InForceJob(Bodies bodies, Strategies strategies) {
    this.bodies = bodies;
    this.strategies = strategies;
  }

  /** Runs shortly after midnight; returns how many versions went in force. */
  @Scheduled(cron = "${fahrplan.inforce.cron:0 5 0 * * *}", zone = "Europe/Berlin")
  public int putDueVersionsInForce() {
    int count = 0;
    for (long tenant : bodies.ids()) {
      count += TenantContext.callAsJob(tenant, ACTOR, this::putDueInForce);
    }
    log.info("{} Fassungen in Kraft gesetzt", count);
    return count;
  }

  private int putDueInForce() {
    int count = 0;
    for (long id : strategies.dueInForce()) {
      try {
        strategies.putInForce(id, null);
        count++;
      } catch (ObjectOptimisticLockingFailureException claimedByAnotherNode) {
        log.info("Fassung {} wurde von einem anderen Knoten in Kraft gesetzt", id);
      } catch (InvalidInputException e) {
        // e.g. an open round of the version in force: tried again tomorrow, shown on the page
        log.warn("Fassung {} bleibt beschlossen: {}", id, e.violations());
      }
    }
    return count;
  }
}
