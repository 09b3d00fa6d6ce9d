package de.fahrplan.organisation.internal;

import de.fahrplan.organisation.PersonInput;
import de.fahrplan.organisation.PersonView;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A person of the administration, council or a partner: owner, member, contact. */
@Entity
@Table(name = "person")
public class Person extends TenantEntity {

  private String title;
  private String givenName;
  private String familyName;
  private String jobFunction;
  private String email;
  private String phone;
  private Long orgUnitId;
  private LocalDate leftOn;
  private Long accountId;

  /** Agreed that the name appears as a member of a published committee (OParl). */
  private boolean published;

  /** OParl's created/modified. */
  @CreationTimestamp private Instant created;

  @UpdateTimestamp private Instant modified;

  protected Person() {}

  public Person(PersonInput input) {
    apply(input);
  }

  public void apply(PersonInput in) {
    new Rules()
        .maxLength("title", in.title, 60)
        .required("givenName", in.givenName)
        .maxLength("givenName", in.givenName, 100)
        .required("familyName", in.familyName)
        .maxLength("familyName", in.familyName, 100)
        .maxLength("jobFunction", in.jobFunction, 200)
        .email("email", in.email)
        .maxLength("phone", in.phone, 60)
        .check(in.phone == null || in.phone.matches("[0-9+()/\\- ]+"), "phone", "validation.phone")
        .throwIfAny();
    this.title = in.title;
    this.givenName = in.givenName;
    this.familyName = in.familyName;
    this.jobFunction = in.jobFunction;
    this.email = in.email == null ? null : in.email.toLowerCase(Locale.ROOT);
    this.phone = in.phone;
    this.orgUnitId = in.orgUnitId;
    this.leftOn = in.leftOn;
    this.published = in.published;
  }

  public String title() {
    return title;
  }

  public String givenName() {
    return givenName;
  }

  public String familyName() {
    return familyName;
  }

  public Instant created() {
    return created;
  }

  public Instant modified() {
    return modified;
  }

  public LocalDate leftOn() {
    return leftOn;
  }

  public String email() {
    return email;
  }

  public Long orgUnitId() {
    return orgUnitId;
  }

  /** The account this person signs in with (an id of the identity module), or null. */
  public Long accountId() {
    return accountId;
  }

  public void linkAccount(Long accountId) {
    this.accountId = accountId;
  }

  public PersonView view() {
    return new PersonView(
        getId(),
        title,
        givenName,
        familyName,
        jobFunction,
        email,
        phone,
        orgUnitId,
        leftOn,
        published,
        getVersion());
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "title",
        title,
        "givenName",
        givenName,
        "familyName",
        familyName,
        "jobFunction",
        jobFunction,
        "email",
        email,
        "phone",
        phone,
        "orgUnitId",
        orgUnitId,
        "leftOn",
        leftOn,
        "published",
        published);
  }
}
