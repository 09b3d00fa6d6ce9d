package de.fahrplan.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.StatementCounter;
import de.fahrplan.support.TenantReads;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code contains_id(:ids, value)} finds the rows of exactly the ids it is given – one, several,
 * none, the municipality's own only – with one translation of the query for any number of ids
 * ({@code value in :ids} is translated anew on every execution).
 */
@FahrplanTest
class ArrayMembershipTest {

  private static final String OF_IDS = "select m.id from Measure m where contains_id(:ids, m.id)";

  @Autowired JdbcTemplate jdbc;
  @Autowired EntityManager entityManager;
  @Autowired EntityManagerFactory entityManagers;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void findsExactlyTheGivenIdsWithOneTranslation() {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long kreis = Demo.bodyId(jdbc, "beispielkreis");
    List<Long> own = ids(muster);
    Long foreign = ids(kreis).getFirst();
    Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
    measuresOf(muster, own.getFirst()); // translated here at the latest
    statistics.clear();
    StatementCounter.reset();

    assertThat(measuresOf(muster, own.get(1))).containsExactly(own.get(1));
    assertThat(measuresOf(muster, own.get(0), own.get(2), own.get(3)))
        .containsExactlyInAnyOrder(own.get(0), own.get(2), own.get(3));
    assertThat(measuresOf(muster, own.toArray(Long[]::new))).hasSameSizeAs(own);
    assertThat(measuresOf(muster)).isEmpty();
    assertThat(measuresOf(muster, foreign, own.get(1))).containsExactly(own.get(1));

    // five executions of three sizes, each with the parsed text and its SQL kept from before
    // (an "in :ids" list parameter finds only the parsed text: five hits)
    assertThat(statistics.getQueryStatistics(OF_IDS).getPlanCacheHitCount())
        .isGreaterThanOrEqualTo(10);
    assertThat(StatementCounter.statements())
        .hasSize(5)
        .allSatisfy(sql -> assertThat(sql).contains("= any("));
  }

  private List<Long> measuresOf(long tenant, Long... ids) {
    return TenantReads.as(
        transactions,
        tenant,
        () ->
            entityManager.createQuery(OF_IDS, Long.class).setParameter("ids", ids).getResultList());
  }

  private List<Long> ids(long tenant) {
    return jdbc.queryForList(
        "select id from measure where tenant_id = ? order by id", Long.class, tenant);
  }
}
