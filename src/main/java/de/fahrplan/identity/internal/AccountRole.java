package de.fahrplan.identity.internal;

import de.fahrplan.shared.security.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One role of an account in one tenant. */
@Entity
@Table(name = "account_role")
class AccountRole {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  @JoinColumn(name = "account_id")
  private Account account;

  private long tenantId;

  @Enumerated(EnumType.STRING)
  private Role role;

  protected AccountRole() {}

  AccountRole(Account account, long tenantId, Role role) {
    this.account = account;
    this.tenantId = tenantId;
    this.role = role;
  }

  long tenantId() {
    return tenantId;
  }

  Role role() {
    return role;
  }
}
