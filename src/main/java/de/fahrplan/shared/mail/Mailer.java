package de.fahrplan.shared.mail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends mail: every message is stored in the outbox first; if SMTP is configured ({@code
 * spring.mail.host}) it is sent after the transaction commits, so a rolled-back change never mails
 * anybody. Without SMTP (the embedded default) the outbox and the log are the mailbox.
 */
@Service
public class Mailer {

  /** A stored mail as admins see it. */
  public record OutboxEntry(
      Long id,
      String recipient,
      String subject,
      String body,
      Instant createdAt,
      Instant sentAt,
      String error) {}

  private static final Logger log = LoggerFactory.getLogger(Mailer.class);

  private final OutboxRepository outbox;
  private final ObjectProvider<JavaMailSender> smtp;
  private final JdbcTemplate jdbc;
  private final String from;

  private final java.time.Clock clock;

  Mailer(
      OutboxRepository outbox,
      ObjectProvider<JavaMailSender> smtp,
      JdbcTemplate jdbc,
      java.time.Clock clock,
      @Value("${fahrplan.mail.from}") String from) {
    this.outbox = outbox;
    this.clock = clock;
    this.smtp = smtp;
    this.jdbc = jdbc;
    this.from = from;
  }

  @Transactional
  public void send(Long tenantId, String to, String subject, String body) {
    OutboxMail mail = outbox.save(new OutboxMail(clock.instant(), tenantId, to, subject, body));
    JavaMailSender sender = smtp.getIfAvailable();
    if (sender == null) {
      log.info("Mail (kein SMTP konfiguriert, nur Postausgang) an {}: {}\n{}", to, subject, body);
      return;
    }
    long id = mail.id();
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            deliver(sender, id, to, subject, body);
          }
        });
  }

  private void deliver(JavaMailSender sender, long id, String to, String subject, String body) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to);
    message.setSubject(subject);
    message.setText(body);
    try {
      sender.send(message);
      jdbc.update(
          "update mail_outbox set sent_at = ? where id = ?",
          OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
          id);
    } catch (MailException e) {
      log.warn("Mail an {} konnte nicht gesendet werden: {}", to, e.getMessage());
      String error = String.valueOf(e.getMessage());
      jdbc.update(
          "update mail_outbox set error = ? where id = ?",
          error.substring(0, Math.min(error.length(), 1000)),
          id);
    }
  }

  /** Mails of one tenant, or all mails ({@code tenantId == null}, for operators). */
  @Transactional(readOnly = true)
  public Page<OutboxEntry> outbox(Long tenantId, Pageable page) {
    Page<OutboxMail> mails =
        tenantId == null
            ? outbox.findAllByOrderByCreatedAtDescIdDesc(page)
            : outbox.findByTenantIdOrderByCreatedAtDescIdDesc(tenantId, page);
    return mails.map(OutboxMail::toEntry);
  }
}
