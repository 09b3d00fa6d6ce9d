package de.fahrplan.identity;

import de.fahrplan.identity.internal.Account;
import de.fahrplan.identity.internal.AccountRepository;
import de.fahrplan.identity.internal.PasswordReset;
import de.fahrplan.identity.internal.PasswordResetRepository;
import de.fahrplan.identity.internal.Secrets;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.mail.Mailer;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords: the rules a new one must meet, and setting one through a link sent by mail (forgotten
 * password, or the welcome of a new account). A changed password ends the account's sessions
 * ({@link PasswordChanged}).
 */
@Service
public class Passwords {

  static final int MIN_PASSWORD_LENGTH = 12;
  private static final Duration RESET_VALIDITY = Duration.ofHours(2);

  private final AccountRepository accounts;
  private final PasswordResetRepository resets;
  private final PasswordEncoder encoder;
  private final Mailer mailer;
  private final MessageSource messages;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final String baseUrl;
  private final Duration invitationValidity;

  Passwords(
      AccountRepository accounts,
      PasswordResetRepository resets,
      PasswordEncoder encoder,
      Mailer mailer,
      MessageSource messages,
      AuditLog audit,
      ApplicationEventPublisher events,
      Clock clock,
      @Value("${fahrplan.base-url}") String baseUrl,
      @Value("${fahrplan.invitation-validity:P7D}") Duration invitationValidity) {
    this.accounts = accounts;
    this.resets = resets;
    this.encoder = encoder;
    this.mailer = mailer;
    this.messages = messages;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.baseUrl = baseUrl;
    this.invitationValidity = invitationValidity;
  }

  /** Sends a reset link if the account exists; answers the same either way (no enumeration). */
  @Transactional
  public void requestPasswordReset(String email) {
    if (email == null) {
      return;
    }
    accounts
        .findByEmail(Account.normalize(email))
        .filter(Account::enabled)
        .ifPresent(a -> sendLink(a, "mail.reset.subject", "mail.reset.body", RESET_VALIDITY));
  }

  @Transactional(readOnly = true)
  public boolean resetTokenValid(String token) {
    return token != null
        && resets
            .findByTokenHash(Secrets.sha256(token))
            .filter(r -> r.usableAt(clock.instant()))
            .isPresent();
  }

  @Transactional
  public void resetPassword(String token, String newPassword) {
    PasswordReset reset =
        Optional.ofNullable(token)
            .flatMap(t -> resets.findByTokenHash(Secrets.sha256(t)))
            .filter(r -> r.usableAt(clock.instant()))
            .orElseThrow(() -> new InvalidInputException(null, "password.resetInvalid"));
    Account account =
        accounts
            .findById(reset.accountId())
            .orElseThrow(() -> new NotFoundException(Accounts.AUDIT_TYPE));
    check(newPassword, account.email());
    account.changePasswordHash(encoder.encode(newPassword));
    reset.use(clock.instant());
    events.publishEvent(new PasswordChanged(account.email()));
    for (Long tenant : account.rolesByTenant().keySet()) {
      audit.recordedFor(
          tenant, account.email(), Accounts.AUDIT_TYPE, account.getId(), "PASSWORD_CHANGED");
    }
  }

  /** Password rules (BSI: length over complexity): 12–128 characters, not the e-mail name. */
  public static void check(String password, String email) {
    String local = email == null ? "" : email.split("@")[0].toLowerCase(Locale.ROOT);
    new Rules()
        .required("password", password)
        .check(
            password == null || password.length() >= MIN_PASSWORD_LENGTH,
            "password",
            "password.tooShort",
            MIN_PASSWORD_LENGTH)
        .check(password == null || password.length() <= 128, "password", "validation.tooLong", 128)
        .check(
            password == null
                || local.length() < 3
                || !password.toLowerCase(Locale.ROOT).contains(local),
            "password",
            "password.containsEmail")
        .check(
            password == null || password.chars().distinct().count() >= 5,
            "password",
            "password.tooSimple")
        .throwIfAny();
  }

  /**
   * The welcome of a new account: a link to set the first password, valid for the configured days
   * ({@code fahrplan.invitation-validity}, seven by default) – people do not always read their mail
   * the same day.
   */
  void sendInvitation(Account account) {
    sendLink(account, "mail.welcome.subject", "mail.welcome.body", invitationValidity);
  }

  /** A link to set a new password, by mail; {@code {2}} in the body is its validity in hours. */
  private void sendLink(Account account, String subjectKey, String bodyKey, Duration validity) {
    String token = Secrets.random(40);
    resets.save(
        new PasswordReset(account.getId(), Secrets.sha256(token), clock.instant().plus(validity)));
    String link = baseUrl + "/password/reset?token=" + token;
    Locale locale = LocaleContextHolder.getLocale();
    Long tenant = account.rolesByTenant().keySet().stream().findFirst().orElse(null);
    long hours = validity.toHours();
    mailer.send(
        tenant,
        account.email(),
        messages.getMessage(subjectKey, null, locale),
        messages.getMessage(
            bodyKey,
            new Object[] {
              account.displayName(),
              link,
              hours,
              hours % 24 == 0 ? hours / 24 : String.format(locale, "%.1f", hours / 24.0)
            },
            locale));
  }
}
