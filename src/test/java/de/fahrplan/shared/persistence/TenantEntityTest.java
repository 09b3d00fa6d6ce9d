package de.fahrplan.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fahrplan.shared.TenantContext;
import org.junit.jupiter.api.Test;

/** A new row belongs to the unit of work's municipality; without one it is not written. */
class TenantEntityTest {

  static class Row extends TenantEntity {}

  @Test
  void aNewRowBelongsToTheCurrentMunicipality() {
    Row row = new Row();
    TenantContext.runAs(7, row::ownedByTheCurrentTenant);
    assertThat(row.getTenantId()).isEqualTo(7L);
    // persisting again (a merge's copy) never moves a row to another municipality
    TenantContext.runAs(8, row::ownedByTheCurrentTenant);
    assertThat(row.getTenantId()).isEqualTo(7L);
  }

  @Test
  void withoutAMunicipalityARowIsRefused() {
    assertThatThrownBy(new Row()::ownedByTheCurrentTenant)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no municipality");
  }
}
