package de.fahrplan.support;

import de.fahrplan.shared.TenantContext;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads straight through JPA as one municipality, in a read-only transaction of their own. */
public final class TenantReads {

  private TenantReads() {}

  public static <T> T as(PlatformTransactionManager transactions, long tenant, Supplier<T> work) {
    TransactionTemplate tx = new TransactionTemplate(transactions);
    tx.setReadOnly(true);
    return TenantContext.callAs(tenant, () -> tx.execute(s -> work.get()));
  }
}
