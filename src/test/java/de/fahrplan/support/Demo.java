package de.fahrplan.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Facts of the demo data that tests rely on. */
public final class Demo {

  public static final String PASSWORD = "Fahrplan-Demo-2026";
  public static final String MUSTER_TOKEN = "fp_demo_musterstadt_koordination";
  public static final String KREIS_TOKEN = "fp_demo_beispielkreis_koordination";
  public static final String MUSTER_ADMIN = "koordination@musterstadt.example";
  public static final String MUSTER_READER = "lesen@musterstadt.example";
  public static final String KREIS_ADMIN = "koordination@beispielkreis.example";
  public static final String OPERATOR = "betrieb@fahrplan.example";
  public static final String MULTI = "verbund@fahrplan.example";

  private Demo() {}

  public static long bodyId(JdbcTemplate jdbc, String slug) {
    return jdbc.queryForObject("select id from body where slug = ?", Long.class, slug);
  }

  /** Any id of a tenant-owned table's row of that municipality. */
  public static long anyId(JdbcTemplate jdbc, String table, String slug) {
    return jdbc.queryForObject(
        "select min(id) from " + table + " where tenant_id = ?", Long.class, bodyId(jdbc, slug));
  }

  /** A measure of the demo strategy of Musterstadt by its code, in the version of that status. */
  public static long musterMeasureId(JdbcTemplate jdbc, String versionStatus, String code) {
    return jdbc.queryForObject(
        "select m.id from measure m join strategy_version v on v.id = m.strategy_version_id"
            + " join strategy s on s.id = v.strategy_id"
            + " where s.title = 'Digitale Strategie der Hansestadt Musterstadt'"
            + " and v.status = ? and m.code = ?",
        Long.class,
        versionStatus,
        code);
  }

  public static String bearer(String token) {
    return "Bearer " + token;
  }
}
