package de.fahrplan.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.organisation.BodyInput;
import de.fahrplan.organisation.BodyType;
import de.fahrplan.organisation.MembershipInput;
import de.fahrplan.organisation.MembershipRole;
import de.fahrplan.organisation.OrgUnitInput;
import de.fahrplan.organisation.PersonInput;
import de.fahrplan.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules the organisation entities guard themselves. */
class EntityRulesTest {

  static BodyInput body() {
    BodyInput in = new BodyInput();
    in.name = "Hansestadt Lübeck";
    in.shortName = "Lübeck";
    in.bodyType = BodyType.KREISFREIE_STADT;
    in.ags = "01003000";
    in.rgs = "010030000000";
    in.slug = "luebeck";
    return in;
  }

  static List<String> fields(Runnable r) {
    try {
      r.run();
      return List.of();
    } catch (InvalidInputException e) {
      return e.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
    }
  }

  @Test
  void bodyNeedsEightDigitAgsAndMatchingTwelveDigitRgs() {
    assertThat(fields(() -> new Body(body(), java.time.Instant.EPOCH))).isEmpty();
    BodyInput in = body();
    in.ags = "0100300";
    in.rgs = "01003000000X";
    assertThat(fields(() -> new Body(in, java.time.Instant.EPOCH)))
        .containsExactlyInAnyOrder("ags:validation.digits", "rgs:validation.digits");
    BodyInput other = body();
    other.rgs = "020000000000";
    assertThat(fields(() -> new Body(other, java.time.Instant.EPOCH)))
        .containsExactly("rgs:body.rgsMismatch");
    BodyInput slug = body();
    slug.slug = "Lübeck Stadt";
    slug.website = "www.luebeck.de";
    assertThat(fields(() -> new Body(slug, java.time.Instant.EPOCH)))
        .containsExactlyInAnyOrder("slug:validation.slug", "website:validation.url");
  }

  @Test
  void logoMustBeASmallPngOrJpeg() {
    Body body = new Body(body(), java.time.Instant.EPOCH);
    assertThat(fields(() -> body.replaceLogo("image/svg+xml", new byte[10])))
        .containsExactly("logo:body.logoType");
    assertThat(fields(() -> body.replaceLogo("image/png", new byte[600 * 1024])))
        .containsExactly("logo:body.logoTooLarge");
    body.replaceLogo("image/png", new byte[] {1, 2, 3});
    assertThat(body.logo()).containsExactly(1, 2, 3);
  }

  @Test
  void orgUnitNeedsCodeAndNameAndAnEndAfterItsStart() {
    OrgUnitInput in = new OrgUnitInput();
    in.validFrom = LocalDate.of(2026, 1, 1);
    in.validUntil = LocalDate.of(2025, 12, 31);
    assertThat(fields(() -> new OrgUnit(in)))
        .containsExactlyInAnyOrder(
            "code:validation.required",
            "name:validation.required",
            "validUntil:validation.endBeforeStart");
  }

  @Test
  void personEmailIsStoredLowerCaseAndPhoneChecked() {
    PersonInput in = new PersonInput();
    in.givenName = "Linda";
    in.familyName = "Schütt";
    in.email = "Linda.Schuett@Luebeck.de";
    in.phone = "0451 122-1501";
    assertThat(new Person(in).email()).isEqualTo("linda.schuett@luebeck.de");
    in.phone = "call me";
    in.email = "linda";
    assertThat(fields(() -> new Person(in)))
        .containsExactlyInAnyOrder("phone:validation.phone", "email:validation.email");
  }

  @Test
  void informedAndAdvisoryMembersHaveNoVote() {
    MembershipInput in = new MembershipInput();
    in.personId = 1L;
    in.role = MembershipRole.INFORMIERT;
    in.votingRight = true;
    assertThat(fields(() -> new Membership(1L, in)))
        .containsExactly("votingRight:membership.noVoteForRole");
    in.role = MembershipRole.MITGLIED;
    assertThat(fields(() -> new Membership(1L, in))).isEmpty();
  }
}
