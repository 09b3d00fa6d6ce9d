package de.fahrplan.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;

/**
 * A counter per municipality, raised in the same transaction as every change of its data: every
 * insert, update and delete of an entity that {@link BelongsToTenant} (noticed by {@link
 * RevisionListener}), and what a JDBC writer announces with {@link #changedInThisTransaction}.
 * Whoever reads the counter before reading the data knows the data is at least that new – the OParl
 * server answers a conditional GET from it without building the page (docs/oparl.md).
 *
 * <p>The raise is the transaction's last statement (Hibernate's before-completion callbacks run
 * after the flush), so the row is locked only for the moment of the commit; several municipalities
 * in one transaction are raised in id order, so two such transactions cannot deadlock.
 */
@Component
public class TenantRevisions {

  /** The counter and the time of the last change (the writing node's clock). */
  public record Revision(long number, Instant changed) {}

  private final JdbcTemplate jdbc;
  private final EntityManagerFactory entityManagers;
  private final RevisionListener listener;

  TenantRevisions(
      JdbcTemplate jdbc, EntityManagerFactory entityManagers, RevisionListener listener) {
    this.jdbc = jdbc;
    this.entityManagers = entityManagers;
    this.listener = listener;
  }

  /** The municipality's revision; empty before its first change was counted. */
  public Optional<Revision> of(long tenantId) {
    return jdbc
        .query(
            "select revision, changed from tenant_revision where tenant_id = ?",
            (rs, i) -> new Revision(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2))),
            tenantId)
        .stream()
        .findFirst();
  }

  /**
   * For writes that bypass Hibernate (JDBC batches): the municipality's revision is raised when the
   * running transaction commits.
   */
  public void changedInThisTransaction(long tenantId) {
    EntityManager em = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagers);
    if (em == null) {
      throw new IllegalStateException("a change is counted only inside a transaction");
    }
    listener.count(em.unwrap(SharedSessionContractImplementor.class), tenantId);
  }
}
