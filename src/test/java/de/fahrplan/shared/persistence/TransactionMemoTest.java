package de.fahrplan.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.shared.TenantContext;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class TransactionMemoTest {

  private final AtomicInteger reads = new AtomicInteger();

  private String read() {
    return "Einstellungen " + reads.incrementAndGet();
  }

  @AfterEach
  void endTransaction() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.getSynchronizations()
          .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  @Test
  void withinOneTransactionTheValueIsReadOnceAndAgainAfterItWasForgotten() {
    TransactionSynchronizationManager.initSynchronization();

    assertThat(TransactionMemo.of("Plan", this::read)).isEqualTo("Einstellungen 1");
    assertThat(TransactionMemo.of("Plan", this::read)).isEqualTo("Einstellungen 1");
    TransactionMemo.forget("Plan");
    assertThat(TransactionMemo.of("Plan", this::read)).isEqualTo("Einstellungen 2");
  }

  @Test
  void theNextTransactionReadsAgain() {
    TransactionSynchronizationManager.initSynchronization();
    TransactionMemo.of("Plan", this::read);
    endTransaction();

    TransactionSynchronizationManager.initSynchronization();
    assertThat(TransactionMemo.of("Plan", this::read)).isEqualTo("Einstellungen 2");
  }

  @Test
  void eachMunicipalityHasItsOwnValueAndOutsideATransactionNothingIsKept() {
    TransactionSynchronizationManager.initSynchronization();
    String first = TenantContext.callAs(1L, () -> TransactionMemo.of("Plan", this::read));
    String second = TenantContext.callAs(2L, () -> TransactionMemo.of("Plan", this::read));
    assertThat(second).isNotEqualTo(first);
    endTransaction();

    TransactionMemo.of("Plan", this::read);
    assertThat(TransactionMemo.of("Plan", this::read)).isEqualTo("Einstellungen 4");
  }
}
