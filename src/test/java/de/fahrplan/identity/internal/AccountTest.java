package de.fahrplan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.identity.FahrplanUser;
import de.fahrplan.shared.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

  @Test
  void emailsAreNormalisedAndAFreshAccountIsNotLocked() {
    Account a = new Account("Person@Kommune.de", "Person", java.time.Instant.EPOCH);
    assertThat(a.email()).isEqualTo("person@kommune.de");
    Instant now = Instant.parse("2026-11-21T10:00:00Z");
    // no attempt claimed yet: never over the limit (the count itself is claimed in SQL)
    assertThat(a.overLimit(5, Duration.ofMinutes(15), now)).isFalse();
  }

  @Test
  void rolesArePerTenant() {
    Account a = new Account("p@k.de", "P", java.time.Instant.EPOCH);
    a.replaceRoles(1L, EnumSet.of(Role.ADMIN, Role.COORDINATION));
    a.replaceRoles(2L, EnumSet.of(Role.READER));
    a.replaceRoles(1L, EnumSet.of(Role.COORDINATION));
    assertThat(a.rolesIn(1L)).containsExactly(Role.COORDINATION);
    assertThat(a.rolesByTenant()).containsOnlyKeys(1L, 2L);
    a.replaceRoles(2L, EnumSet.noneOf(Role.class));
    assertThat(a.rolesByTenant()).containsOnlyKeys(1L);
  }

  @Test
  void principalHasOnlyTheRolesOfItsCurrentMunicipality() {
    FahrplanUser user =
        new FahrplanUser(
            1,
            "p@k.de",
            "P",
            false,
            Map.of(1L, Set.of(Role.ADMIN), 2L, Set.of(Role.READER)),
            2L,
            null,
            false);
    assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_READER");
    assertThat(user.inTenant(1L).getAuthorities())
        .extracting(Object::toString)
        .containsExactly("ROLE_ADMIN");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> user.inTenant(3L))
        .isInstanceOf(IllegalArgumentException.class);
    FahrplanUser fresh = new FahrplanUser(1, "p@k.de", "P", true, Map.of(), null, null, false);
    assertThat(fresh.currentTenantId()).isNull();
    assertThat(fresh.getAuthorities())
        .extracting(Object::toString)
        .containsExactly("ROLE_OPERATOR");
  }
}
