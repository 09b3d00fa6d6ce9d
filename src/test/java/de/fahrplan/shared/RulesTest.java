package de.fahrplan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The field rules every form and API input goes through: each at its boundary. */
class RulesTest {

  private static List<String> codes(Rules rules) {
    try {
      rules.throwIfAny();
      return List.of();
    } catch (InvalidInputException e) {
      return e.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
    }
  }

  @Test
  void requiredRefusesNullAndBlankOnly() {
    assertThat(codes(new Rules().required("name", null)))
        .containsExactly("name:validation.required");
    assertThat(codes(new Rules().required("name", " \t")))
        .containsExactly("name:validation.required");
    assertThat(codes(new Rules().required("name", "x"))).isEmpty();
    assertThat(codes(new Rules().required("year", 2026))).isEmpty();
  }

  @Test
  void maxLengthCountsCharactersAndNamesTheLimit() {
    assertThat(codes(new Rules().maxLength("code", "abcde", 5))).isEmpty();
    Rules tooLong = new Rules().maxLength("code", "abcdef", 5);
    assertThat(codes(tooLong)).containsExactly("code:validation.tooLong");
    assertThatThrownBy(tooLong::throwIfAny)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).args()).containsExactly(5));
    assertThat(codes(new Rules().maxLength("code", null, 5))).isEmpty();
  }

  @Test
  void controlCharactersAreRefusedButTabsAndLineBreaksKept() {
    assertThat(codes(new Rules().maxLength("text", "a\tb\nc\rd", 100))).isEmpty();
    for (String bad :
        new String[] {"a\u0000b", "\u0001", "x\u0008", "\u000B", "\u000C", "\u001F", "\u007F"}) {
      assertThat(codes(new Rules().maxLength("text", bad, 100)))
          .as("U+%04X", (int) bad.chars().filter(c -> c < 0x20 || c == 0x7F).findFirst().orElse(0))
          .containsExactly("text:validation.controlCharacters");
    }
    assertThat(codes(new Rules().maxLength("text", "Grüße – „Zitat“ €", 100))).isEmpty();
  }

  @Test
  void digitsNeedsExactlyThatManyDigits() {
    assertThat(codes(new Rules().digits("ags", "01003000", 8))).isEmpty();
    assertThat(codes(new Rules().digits("ags", "0100300", 8)))
        .containsExactly("ags:validation.digits");
    assertThat(codes(new Rules().digits("ags", "010030000", 8)))
        .containsExactly("ags:validation.digits");
    assertThat(codes(new Rules().digits("ags", "0100300a", 8)))
        .containsExactly("ags:validation.digits");
    assertThat(codes(new Rules().digits("ags", null, 8))).isEmpty();
  }

  @Test
  void emailNeedsOneAtAndADotAfterItAndAtMost254Characters() {
    assertThat(codes(new Rules().email("email", "anna.berger@musterstadt.example"))).isEmpty();
    for (String bad : new String[] {"anna", "anna@", "anna@host", "a b@host.de", "a@b@c.de"}) {
      assertThat(codes(new Rules().email("email", bad)))
          .as(bad)
          .containsExactly("email:validation.email");
    }
    String local = "a".repeat(64);
    String exactly254 = local + "@" + "b".repeat(254 - 64 - 1 - 3) + ".de";
    assertThat(exactly254).hasSize(254);
    assertThat(codes(new Rules().email("email", exactly254))).isEmpty();
    assertThat(codes(new Rules().email("email", "x" + exactly254)))
        .containsExactly("email:validation.email");
    assertThat(codes(new Rules().email("email", null))).isEmpty();
  }

  @Test
  void urlsAreHttpOrHttpsOnly() {
    assertThat(codes(new Rules().url("website", "https://www.musterstadt.de"))).isEmpty();
    assertThat(codes(new Rules().url("website", "http://intranet/ratsinfo"))).isEmpty();
    for (String bad :
        new String[] {"javascript:alert(1)", "ftp://x.de", "https://", "https://a b", "www.x.de"}) {
      assertThat(codes(new Rules().url("website", bad)))
          .as(bad)
          .containsExactly("website:validation.url");
    }
    assertThat(codes(new Rules().url("website", null))).isEmpty();
  }

  @Test
  void anEndMayBeTheStartDayButNotBefore() {
    LocalDate start = LocalDate.of(2026, 3, 1);
    assertThat(codes(new Rules().notBefore("end", start, start))).isEmpty();
    assertThat(codes(new Rules().notBefore("end", start.plusDays(1), start))).isEmpty();
    assertThat(codes(new Rules().notBefore("end", start.minusDays(1), start)))
        .containsExactly("end:validation.endBeforeStart");
    assertThat(codes(new Rules().notBefore("end", null, start))).isEmpty();
    assertThat(codes(new Rules().notBefore("end", start, null))).isEmpty();
  }

  @Test
  void everyBrokenRuleIsReportedAtOnceInOrder() {
    Rules rules =
        new Rules()
            .required("name", "")
            .email("email", "kaputt")
            .check(false, "year", "validation.yearRange", 2000, 2100)
            .check(true, "ignored", "never");
    assertThat(rules.hasViolations()).isTrue();
    assertThat(codes(rules))
        .containsExactly(
            "name:validation.required", "email:validation.email", "year:validation.yearRange");
    assertThat(new Rules().hasViolations()).isFalse();
    Rules chained = new Rules();
    assertThat(chained.add("a", "x")).isSameAs(chained);
    assertThatNoException().isThrownBy(() -> new Rules().required("x", "y").throwIfAny());
  }
}
