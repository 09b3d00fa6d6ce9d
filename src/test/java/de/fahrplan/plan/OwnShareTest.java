package de.fahrplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnShareTest {

  private static PartnerView partner(String share) {
    return new PartnerView(
        1L, 2L, null, "Partner", share == null ? null : new BigDecimal(share), 0);
  }

  @Test
  void theMunicipalityCarriesWhatThePartnersDoNot() {
    assertThat(Participants.ownShare(List.of(partner("30.00"), partner(null), partner("20.50"))))
        .isEqualByComparingTo("49.50");
  }

  @Test
  void withoutPartnersItCarriesAll() {
    assertThat(Participants.ownShare(List.of())).isEqualByComparingTo("100");
  }
}
