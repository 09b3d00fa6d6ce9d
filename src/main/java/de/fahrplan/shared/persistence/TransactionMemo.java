package de.fahrplan.shared.persistence;

import de.fahrplan.shared.TenantContext;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A municipality's settings read once per transaction: a page that builds several views (the
 * measure page: the measure, its sub-projects, its dependencies) asked for the same settings four
 * times. The value is kept for the running transaction and the signed-in municipality only, so
 * another request, another node or a later transaction always reads the database again; outside a
 * transaction nothing is kept.
 */
public final class TransactionMemo {

  private record Key(String name, Optional<Long> tenant) {}

  private TransactionMemo() {}

  /** The value of {@code name} in this transaction, read by {@code read} the first time. */
  public static <T> T of(String name, Supplier<T> read) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return read.get();
    }
    Key key = new Key(name, TenantContext.currentTenantId());
    @SuppressWarnings("unchecked")
    T kept = (T) TransactionSynchronizationManager.getResource(key);
    if (kept != null) {
      return kept;
    }
    T value = read.get();
    TransactionSynchronizationManager.bindResource(key, value);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
          }
        });
    return value;
  }

  /** After a change of {@code name}: the next {@link #of} in this transaction reads again. */
  public static void forget(String name) {
    TransactionSynchronizationManager.unbindResourceIfPossible(
        new Key(name, TenantContext.currentTenantId()));
  }
}
