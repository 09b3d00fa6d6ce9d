package de.fahrplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import de.fahrplan.support.TenantReads;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mechanism under every tenant-owned read (ADR 0035): the municipality travels in the database
 * session, the statement is the same for all municipalities – so Hibernate translates it once – and
 * still each municipality reads only its rows, by query and by id; without a municipality nothing
 * is read ({@code TenantEntityTest}: nor written). {@link TenantIsolationTest} walks the endpoints
 * on top of it.
 */
@FahrplanTest
class TenantRestrictionTest {

  private static final String MEASURES = "select count(m) from Measure m";

  @Autowired JdbcTemplate jdbc;
  @Autowired EntityManager entityManager;
  @Autowired EntityManagerFactory entityManagers;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void oneTranslatedQueryReadsEachMunicipalitysOwnRows() {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long kreis = Demo.bodyId(jdbc, "beispielkreis");
    Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
    count(muster); // translated here at the latest
    statistics.clear();

    // alternating, so that a pooled connection comes back with the other municipality's setting
    for (long tenant : new long[] {muster, kreis, muster, kreis}) {
      assertThat(count(tenant)).as("measures of " + tenant).isEqualTo(rows("measure", tenant));
    }
    assertThat(rows("measure", muster)).isNotEqualTo(rows("measure", kreis));
    // each read found the query's parsed text and its translation into SQL kept from before: the
    // statement carries no tenant (under a tenant filter Hibernate keeps the text only – 4 hits)
    assertThat(statistics.getQueryStatistics(MEASURES).getPlanCacheHitCount())
        .isGreaterThanOrEqualTo(8);
  }

  @Test
  void aLoadByIdFindsNoRowOfAnotherMunicipality() {
    long muster = Demo.bodyId(jdbc, "musterstadt");
    long kreis = Demo.bodyId(jdbc, "beispielkreis");
    long kreisMeasure =
        jdbc.queryForObject("select min(id) from measure where tenant_id = ?", Long.class, kreis);
    Supplier<Object> load =
        () ->
            entityManager
                .createQuery("select m from Measure m where m.id = :id")
                .setParameter("id", kreisMeasure)
                .getResultList();
    assertThat((java.util.List<?>) inTransaction(kreis, load)).hasSize(1);
    assertThat((java.util.List<?>) inTransaction(muster, load)).isEmpty();
    // the same through Hibernate's loader for a load by id (no query of ours)
    Class<?> measure = measureClass();
    assertThat(inTransaction(muster, () -> entityManager.find(measure, kreisMeasure))).isNull();
    assertThat(inTransaction(kreis, () -> entityManager.find(measure, kreisMeasure))).isNotNull();
  }

  @Test
  void withoutAMunicipalityNothingIsRead() {
    TransactionTemplate tx = new TransactionTemplate(transactions);
    long all = jdbc.queryForObject("select count(*) from measure", Long.class);
    assertThat(all).isPositive();
    Object counted = tx.execute(s -> entityManager.createQuery(MEASURES).getSingleResult());
    assertThat(counted).isEqualTo(0L);
  }

  private static Class<?> measureClass() {
    try {
      return Class.forName("de.fahrplan.plan.internal.Measure");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private long count(long tenant) {
    return (Long)
        inTransaction(tenant, () -> entityManager.createQuery(MEASURES).getSingleResult());
  }

  private Object inTransaction(long tenant, Supplier<Object> work) {
    return TenantReads.as(transactions, tenant, work);
  }

  private long rows(String table, long tenant) {
    return jdbc.queryForObject(
        "select count(*) from " + table + " where tenant_id = ?", Long.class, tenant);
  }
}
