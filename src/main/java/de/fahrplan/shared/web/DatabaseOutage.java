package de.fahrplan.shared.web;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means "the database is away" (no connection within the pool's timeout, the
 * socket timed out, the server went down) rather than a bug: such requests answer 503 with a German
 * "try again in a moment", as page and as problem+json, and nothing was written.
 */
final class DatabaseOutage {

  private DatabaseOutage() {}

  static boolean isCauseOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CannotCreateTransactionException
          || t instanceof DataAccessResourceFailureException
          || t instanceof TransientDataAccessResourceException
          || t instanceof QueryTimeoutException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLRecoverableException) {
        return true;
      }
      // SQLSTATE class 08: connection exception; 57P01-57P03: the server shuts down or starts
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
        return true;
      }
      // a failed rollback hides the failure that caused it
      if (t instanceof TransactionSystemException rollback
          && rollback.getApplicationException() != null
          && isCauseOf(rollback.getApplicationException())) {
        return true;
      }
    }
    return false;
  }
}
