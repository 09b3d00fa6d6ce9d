package de.fahrplan.shared.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Every mail Fahrplan sends, kept so that admins can read it (and without SMTP, only here). */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long tenantId;
  private String recipient;
  private String subject;
  private String body;
  private Instant createdAt;
  private Instant sentAt;
  private String error;

  protected OutboxMail() {}

  OutboxMail(Instant createdAt, Long tenantId, String recipient, String subject, String body) {
    this.tenantId = tenantId;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.createdAt = createdAt;
  }

  Long id() {
    return id;
  }

  Mailer.OutboxEntry toEntry() {
    return new Mailer.OutboxEntry(id, recipient, subject, body, createdAt, sentAt, error);
  }
}
