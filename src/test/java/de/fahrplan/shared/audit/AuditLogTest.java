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

  /** An object created with no tags, no ratings and no note records no field as "– → –". */
  @Test
  void emptyTextsListsAndMapsCountAsNoValue() {
    Map<String, Object> created =
        AuditLog.state(
            "title", "E-Akte", "tags", java.util.List.of(), "ratings", Map.of(), "note", " ");
    assertThat(AuditLog.diff(Map.of(), created))
        .containsExactly(new AuditLog.Change("title", null, "E-Akte"));
    assertThat(
            AuditLog.diff(
                AuditLog.state("tags", null), AuditLog.state("tags", java.util.List.of())))
        .isEmpty();
    assertThat(AuditLog.diff(created, AuditLog.state("tags", java.util.List.of("OZG"))))
        .contains(new AuditLog.Change("tags", null, "[OZG]"));
  }
}
