package de.fahrplan.organisation.internal;

import de.fahrplan.organisation.BodyInput;
import de.fahrplan.organisation.BodyType;
import de.fahrplan.organisation.BodyView;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.BelongsToTenant;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** A municipality (Kommune, Gebietskörperschaft): the tenant every other object belongs to. */
@Entity
@Table(name = "body")
public class Body implements BelongsToTenant {

  private static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg");
  private static final int MAX_LOGO_BYTES = 512 * 1024;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private String shortName;

  @Enumerated(EnumType.STRING)
  private BodyType bodyType;

  private String ags;
  private String rgs;
  private String website;
  private String license;
  private String slug;
  private byte[] logo;
  private String logoType;
  private Instant createdAt;

  @org.hibernate.annotations.UpdateTimestamp private Instant modified;

  /** The council data (public papers, meetings, committees) is published over OParl. */
  private boolean oparlPublished;

  private boolean orgChartPublished;

  @Version private long version;

  protected Body() {}

  public Body(BodyInput input, Instant createdAt) {
    this.createdAt = createdAt;
    apply(input);
  }

  public void apply(BodyInput in) {
    new Rules()
        .required("name", in.name)
        .maxLength("name", in.name, 200)
        .required("shortName", in.shortName)
        .maxLength("shortName", in.shortName, 60)
        .required("bodyType", in.bodyType)
        .required("ags", in.ags)
        .digits("ags", in.ags, 8)
        .required("rgs", in.rgs)
        .digits("rgs", in.rgs, 12)
        .maxLength("website", in.website, 500)
        .url("website", in.website)
        .maxLength("license", in.license, 500)
        .required("slug", in.slug)
        .check(
            in.slug == null
                || (in.slug.matches("[a-z0-9][a-z0-9-]{0,58}[a-z0-9]|[a-z0-9]")
                    && !in.slug.contains("--")),
            "slug",
            "validation.slug")
        .maxLength("slug", in.slug, 60)
        .check(
            in.ags == null
                || in.rgs == null
                || !in.rgs.matches("\\d{12}")
                || !in.ags.matches("\\d{8}")
                || (in.rgs.substring(0, 5).equals(in.ags.substring(0, 5))),
            "rgs",
            "body.rgsMismatch")
        .throwIfAny();
    this.name = in.name;
    this.shortName = in.shortName;
    this.bodyType = in.bodyType;
    this.ags = in.ags;
    this.rgs = in.rgs;
    this.website = in.website;
    this.license = in.license;
    this.slug = in.slug;
    this.oparlPublished = in.oparlPublished;
    this.orgChartPublished = in.orgChartPublished;
  }

  public void replaceLogo(String contentType, byte[] bytes) {
    new Rules()
        .check(LOGO_TYPES.contains(contentType), "logo", "body.logoType")
        .check(bytes.length <= MAX_LOGO_BYTES, "logo", "body.logoTooLarge")
        .throwIfAny();
    this.logo = bytes.clone();
    this.logoType = contentType;
  }

  public Long getId() {
    return id;
  }

  /** A municipality's own row is part of its data (its name and slug stand in its OParl body). */
  @Override
  public Long getTenantId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public byte[] logo() {
    return logo == null ? null : logo.clone();
  }

  public String logoType() {
    return logoType;
  }

  public String name() {
    return name;
  }

  public String slug() {
    return slug;
  }

  public String ags() {
    return ags;
  }

  public BodyView view() {
    return new BodyView(
        id,
        name,
        shortName,
        bodyType,
        ags,
        rgs,
        website,
        license,
        slug,
        logo != null,
        oparlPublished,
        orgChartPublished,
        createdAt,
        modified,
        version);
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "name",
        name,
        "shortName",
        shortName,
        "bodyType",
        bodyType,
        "ags",
        ags,
        "rgs",
        rgs,
        "website",
        website,
        "license",
        license,
        "slug",
        slug,
        "oparlPublished",
        oparlPublished,
        "orgChartPublished",
        orgChartPublished,
        "logo",
        logo == null ? null : logo.length + " Bytes");
  }
}
