package de.fahrplan.council;

import de.fahrplan.council.internal.NumberPattern;
import de.fahrplan.council.internal.PaperCounter;
import de.fahrplan.council.internal.PaperCounterRepository;
import java.time.LocalDate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives paper numbers without gaps or duplicates: the counter row of the number's prefix is locked
 * while a paper takes its number and stays locked until the paper is written; if writing fails, the
 * number returns with the rollback. A new prefix's counter is created in a transaction of its own
 * before, so that concurrent first papers of a year wait on one row instead of failing.
 */
@Component
class PaperNumbers {

  private final PaperCounterRepository counters;
  private final TransactionTemplate ownTransaction;

  PaperNumbers(PaperCounterRepository counters, PlatformTransactionManager transactions) {
    this.counters = counters;
    this.ownTransaction = new TransactionTemplate(transactions);
  }

  /** Creates the prefix's counter if it is missing; call outside the paper's transaction. */
  void prepare(NumberPattern pattern, LocalDate date, String unitCode, String typeCode) {
    String key = pattern.counterKey(date, unitCode, typeCode);
    try {
      ownTransaction.executeWithoutResult(
          s -> {
            if (!counters.existsByCounterKey(key)) {
              counters.saveAndFlush(new PaperCounter(key));
            }
          });
    } catch (DataIntegrityViolationException createdByAnotherRequest) {
      // the counter exists now, which is all this method promises
    }
  }

  /** The next number; call inside the transaction that writes the paper. */
  String next(NumberPattern pattern, LocalDate date, String unitCode, String typeCode) {
    String key = pattern.counterKey(date, unitCode, typeCode);
    PaperCounter counter =
        counters
            .findByCounterKey(key)
            .orElseGet(() -> counters.saveAndFlush(new PaperCounter(key)));
    return pattern.number(date, unitCode, typeCode, counter.next());
  }
}
