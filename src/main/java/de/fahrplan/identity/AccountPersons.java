package de.fahrplan.identity;

import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.AdminOnly;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which person of the municipality an account is: tasks, statements and sign-offs of that person
 * are the account's. Administration links them explicitly, so an account whose e-mail differs from
 * the person's (a functional mailbox, a changed address) still finds its work.
 */
@Service
public class AccountPersons {

  private final Accounts accounts;
  private final Persons persons;
  private final AuditLog audit;

  AccountPersons(Accounts accounts, Persons persons, AuditLog audit) {
    this.accounts = accounts;
    this.persons = persons;
    this.audit = audit;
  }

  /** The person linked to an account of this municipality (404 for another's account). */
  @AdminOnly
  @Transactional(readOnly = true)
  public Optional<PersonView> of(long accountId) {
    accounts.get(accountId);
    return persons.ofAccount(accountId);
  }

  /** Account id → its person, for the list of accounts. */
  @AdminOnly
  @Transactional(readOnly = true)
  public Map<Long, PersonView> all() {
    return persons.byAccount();
  }

  /** Links the account to a person of this municipality, or to none ({@code null}). */
  @AdminOnly
  @Transactional
  public Optional<PersonView> link(long accountId, Long personId) {
    accounts.get(accountId);
    Optional<PersonView> before = persons.linkAccount(accountId, personId);
    audit.changed(
        Accounts.AUDIT_TYPE,
        accountId,
        AuditLog.state("personId", before.map(PersonView::id).orElse(null)),
        AuditLog.state("personId", personId));
    return persons.ofAccount(accountId);
  }
}
