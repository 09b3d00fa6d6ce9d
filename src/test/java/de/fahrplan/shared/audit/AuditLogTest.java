package de.fahrplan.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditLogTest {

  @Test
  void diffListsOnlyChangedFieldsOldToNew() {
    Map<String, Object> before =
        AuditLog.state("code", "1.201", "name", "Haushalt", "validUntil", null);
    Map<String, Object> after =
        AuditLog.state(
            "code",
            "1.201",
            "name",
            "Haushalt und Steuerung",
            "validUntil",
            LocalDate.of(2030, 12, 31));
    assertThat(AuditLog.diff(before, after))
        .containsExactly(
            new AuditLog.Change("name", "Haushalt", "Haushalt und Steuerung"),
            new AuditLog.Change("validUntil", null, "2030-12-31"));
    assertThat(AuditLog.diff(after, after)).isEmpty();
    assertThat(AuditLog.diff(Map.of(), Map.of("code", "FB 1")))
        .containsExactly(new AuditLog.Change("code", null, "FB 1"));
  }
}
