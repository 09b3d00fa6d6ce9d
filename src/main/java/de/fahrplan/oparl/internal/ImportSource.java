package de.fahrplan.oparl.internal;

import de.fahrplan.oparl.ImportSettings;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * The Ratsinformationssystem a municipality imports from: its OParl System URL, how politely to ask
 * it, how to repair its URLs, and where the last complete run left off (the watermark). The run
 * lock ({@code runningSince}, {@code heartbeat}, {@code cancelRequested}) is written by single
 * update statements, never through the entity ({@code @DynamicUpdate} keeps a settings change from
 * overwriting it).
 */
@Entity
@DynamicUpdate
@Table(name = "oparl_source")
public class ImportSource extends TenantEntity {

  private String systemUrl;
  private String bodyUrl;
  private int requestsPerSecond;
  private String rewriteRules;
  private int fullEveryDays;
  private boolean alwaysFull;
  private Instant watermark;
  private Instant lastFull;
  private Instant runningSince;
  private Instant heartbeat;
  private boolean cancelRequested;
  @CreationTimestamp private Instant created;
  @UpdateTimestamp private Instant modified;

  protected ImportSource() {}

  public ImportSource(ImportSettings in) {
    apply(in);
  }

  public void apply(ImportSettings in) {
    Rules rules =
        new Rules()
            .required("systemUrl", in.systemUrl)
            .maxLength("systemUrl", in.systemUrl, 1000)
            .maxLength("bodyUrl", in.bodyUrl, 1000)
            .check(
                in.requestsPerSecond >= 1 && in.requestsPerSecond <= 100,
                "requestsPerSecond",
                "oparlImport.requestsPerSecond.range")
            .check(
                in.fullEveryDays >= 1 && in.fullEveryDays <= 90,
                "fullEveryDays",
                "oparlImport.fullEveryDays.range")
            .maxLength("rewriteRules", in.rewriteRules, 4000);
    rules.url("systemUrl", blank(in.systemUrl) ? null : in.systemUrl.strip());
    rules.url("bodyUrl", blank(in.bodyUrl) ? null : in.bodyUrl.strip());
    try {
      Rewrites.parse(in.rewriteRules);
    } catch (InvalidInputException e) {
      e.violations().forEach(v -> rules.add(v.field(), v.code(), v.args()));
    }
    rules.throwIfAny();
    this.systemUrl = in.systemUrl.strip();
    this.bodyUrl = blank(in.bodyUrl) ? null : in.bodyUrl.strip();
    this.requestsPerSecond = in.requestsPerSecond;
    this.rewriteRules = blank(in.rewriteRules) ? null : in.rewriteRules.strip();
    this.fullEveryDays = in.fullEveryDays;
    this.alwaysFull = in.alwaysFull;
  }

  static boolean isWebAddress(String url) {
    try {
      URI uri = URI.create(url.strip());
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The run that ended read everything: the next incremental run asks from here on. */
  public void completed(Instant started, boolean full, java.time.Duration margin) {
    this.watermark = started.minus(margin);
    if (full) {
      this.lastFull = started;
    }
  }

  /** A full re-crawl is due (nightly): never done, or longer ago than the setting says. */
  public boolean fullDue(Instant now) {
    return watermark == null
        || lastFull == null
        || lastFull.isBefore(now.minus(java.time.Duration.ofDays(fullEveryDays)));
  }

  /**
   * From when a run reads what changed; null: everything – when asked to, before the first complete
   * run, and always where the server's change filter cannot be trusted ({@code alwaysFull}).
   */
  public Instant changesSince(boolean full) {
    return full || alwaysFull ? null : watermark;
  }

  public ImportSettings settings() {
    ImportSettings s = new ImportSettings();
    s.systemUrl = systemUrl;
    s.bodyUrl = bodyUrl;
    s.requestsPerSecond = requestsPerSecond;
    s.rewriteRules = rewriteRules;
    s.fullEveryDays = fullEveryDays;
    s.alwaysFull = alwaysFull;
    s.version = getVersion();
    return s;
  }

  public List<String> rewriteLines() {
    return rewriteRules == null ? List.of() : new ArrayList<>(rewriteRules.lines().toList());
  }

  public String systemUrl() {
    return systemUrl;
  }

  public String bodyUrl() {
    return bodyUrl;
  }

  public int requestsPerSecond() {
    return requestsPerSecond;
  }

  public String rewriteRules() {
    return rewriteRules;
  }

  public Instant watermark() {
    return watermark;
  }

  public Instant lastFull() {
    return lastFull;
  }

  public Instant runningSince() {
    return runningSince;
  }

  /** The running run's last sign of life (a run whose node died stops beating). */
  public Instant heartbeat() {
    return heartbeat;
  }

  public boolean cancelRequested() {
    return cancelRequested;
  }
}
