package de.fahrplan.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Every test context starts from an empty schema (then Flyway and the demo data), sends its mail
 * over real SMTP to an in-process GreenMail server, and has a clock tests can move.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestConfig {

  @Bean
  FlywayMigrationStrategy cleanThenMigrate() {
    return flyway -> {
      flyway.clean();
      flyway.migrate();
    };
  }

  /** {@link Users#as} signs in as the real account of an e-mail (linked to its person). */
  @Bean
  org.springframework.beans.factory.InitializingBean usersKnowTheAccounts(
      org.springframework.jdbc.core.JdbcTemplate jdbc) {
    return () -> Users.useAccountsOf(jdbc);
  }

  /** Replaces the application's clock, so that a test can move time (reminders, due dates). */
  @Bean
  @Primary
  MovableClock movableClock() {
    return new MovableClock();
  }

  /**
   * Hibernate counts statements (per thread) and loads, so that a test can say what a page costs.
   */
  @Bean
  org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer statistics() {
    return properties -> {
      properties.put("hibernate.generate_statistics", "true");
      properties.put("hibernate.session_factory.statement_inspector", new StatementCounter());
    };
  }

  @Bean(destroyMethod = "stop")
  GreenMail greenMail() {
    GreenMail mail =
        new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    mail.start();
    return mail;
  }

  @Bean
  JavaMailSender mailSender(GreenMail greenMail) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(greenMail.getSmtp().getPort());
    return sender;
  }
}
