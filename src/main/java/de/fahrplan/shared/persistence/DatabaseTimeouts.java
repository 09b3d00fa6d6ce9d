package de.fahrplan.shared.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A stalled PostgreSQL must not hold requests: the driver's timeouts are infinite by default, so a
 * paused server made requests wait half a minute. Whatever profile gives a PostgreSQL URL gets a
 * connect and login timeout and a socket timeout (no statement of Fahrplan runs for seconds); the
 * pool's own timeouts are in application.properties. Database migrations may legitimately run long
 * (an index on a large table) and run without the socket timeout.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseTimeouts {

  @Bean
  static BeanPostProcessor postgresTimeouts(
      @Value("${fahrplan.database.connect-timeout}") Duration connect,
      @Value("${fahrplan.database.socket-timeout}") Duration socket) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource pool && isPostgres(pool)) {
          setIfAbsent(pool, "connectTimeout", connect);
          setIfAbsent(pool, "loginTimeout", connect);
          setIfAbsent(pool, "socketTimeout", socket);
          pool.addDataSourceProperty("tcpKeepAlive", "true");
        }
        return bean;
      }
    };
  }

  @Bean
  FlywayConfigurationCustomizer migrationsWithoutSocketTimeout(DataSource dataSource) {
    return configuration -> {
      if (dataSource instanceof HikariDataSource pool && isPostgres(pool)) {
        configuration.dataSource(new WithoutSocketTimeout(pool));
      }
    };
  }

  private static boolean isPostgres(HikariDataSource pool) {
    return pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:");
  }

  /** An operator's own setting (data-source-properties) wins. */
  private static void setIfAbsent(HikariDataSource pool, String property, Duration value) {
    if (!pool.getDataSourceProperties().containsKey(property)) {
      pool.addDataSourceProperty(property, String.valueOf(Math.max(1, value.toSeconds())));
    }
  }

  /** The pool restores the connection's network timeout when the migration gives it back. */
  private static final class WithoutSocketTimeout extends DelegatingDataSource {
    WithoutSocketTimeout(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection connection = super.getConnection();
      connection.setNetworkTimeout(Runnable::run, 0);
      return connection;
    }
  }
}
