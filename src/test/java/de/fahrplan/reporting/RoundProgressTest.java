package de.fahrplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.shared.TenantContext;
import de.fahrplan.support.Demo;
import de.fahrplan.support.FahrplanTest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The round page's progress per org unit counts exactly what the database holds. */
@FahrplanTest
class RoundProgressTest {

  @Autowired StatusUpdates statusUpdates;
  @Autowired de.fahrplan.organisation.OrgUnits orgUnits;
  @Autowired JdbcTemplate jdbc;
  @Autowired java.time.Clock clock;

  @Test
  void doneAndOpenPerUnitAreTheUpdatesOfThatUnit() {
    long musterstadt = Demo.bodyId(jdbc, "musterstadt");
    long round =
        jdbc.queryForObject(
            "select min(r.id) from reporting_round r where r.tenant_id = ? and exists"
                + " (select 1 from status_update u where u.round_id = r.id and u.state in ('DRAFT', 'RETURNED'))"
                + " and exists (select 1 from status_update u where u.round_id = r.id"
                + " and u.state in ('SUBMITTED', 'ACCEPTED'))",
            Long.class,
            musterstadt);
    Map<String, long[]> expected = new TreeMap<>();
    jdbc.query(
        "select coalesce(o.name, '–') as unit, u.state from status_update u"
            + " left join org_unit o on o.id = u.org_unit_id where u.round_id = ?",
        rs -> {
          long[] counts = expected.computeIfAbsent(rs.getString("unit"), k -> new long[2]);
          boolean open = List.of("DRAFT", "RETURNED").contains(rs.getString("state"));
          counts[open ? 1 : 0]++;
        },
        round);

    List<RoundProgress.UnitProgress> rows =
        TenantContext.callAsJob(
            musterstadt,
            "Test",
            () ->
                RoundProgress.byUnit(
                    statusUpdates.inRound(round),
                    orgUnits.tree().stream()
                        .collect(
                            java.util.stream.Collectors.toMap(
                                de.fahrplan.organisation.OrgUnitView::id,
                                de.fahrplan.organisation.OrgUnitView::name)),
                    java.time.LocalDate.now(clock)));

    assertThat(rows).hasSize(expected.size());
    for (RoundProgress.UnitProgress row : rows) {
      assertThat(new long[] {row.done(), row.open()})
          .as(row.unit())
          .containsExactly(expected.get(row.unit()));
    }
    assertThat(rows.stream().mapToLong(RoundProgress.UnitProgress::done).sum()).isPositive();
    assertThat(rows.stream().mapToLong(RoundProgress.UnitProgress::open).sum()).isPositive();
  }
}
