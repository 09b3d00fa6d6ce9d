package de.fahrplan.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/** Without SMTP (the embedded default) a mail is kept in the outbox and nothing is sent. */
class MailerTest {

  @Test
  void withoutSmtpTheMailStaysInTheOutbox() {
    OutboxRepository outbox = mock(OutboxRepository.class);
    when(outbox.save(any())).thenAnswer(call -> call.getArgument(0));
    JdbcTemplate jdbc = mock(JdbcTemplate.class);
    var noSmtp = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
    new Mailer(outbox, noSmtp, jdbc, java.time.Clock.systemUTC(), "fahrplan@kommune.example")
        .send(
            7L, "linda.schuett@luebeck.example", "Fahrplan: Passwort zurücksetzen", "Guten Tag …");
    ArgumentCaptor<OutboxMail> saved = ArgumentCaptor.forClass(OutboxMail.class);
    verify(outbox).save(saved.capture());
    Mailer.OutboxEntry entry = saved.getValue().toEntry();
    assertThat(entry.recipient()).isEqualTo("linda.schuett@luebeck.example");
    assertThat(entry.subject()).isEqualTo("Fahrplan: Passwort zurücksetzen");
    assertThat(entry.sentAt()).isNull();
    verifyNoInteractions(jdbc);
  }
}
