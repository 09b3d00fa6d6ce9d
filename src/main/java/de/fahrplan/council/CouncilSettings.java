package de.fahrplan.council;

import de.fahrplan.council.internal.NumberPattern;
import de.fahrplan.council.internal.PaperSettings;
import de.fahrplan.council.internal.PaperSettingsRepository;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.AdminOnly;
import de.fahrplan.shared.security.MemberOnly;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipality's number pattern, paper types and checkboxes for papers. */
@Service
public class CouncilSettings {

  static final String AUDIT_TYPE = "CouncilSettings";

  public static final String DEFAULT_PATTERN = "VO/{yyyy}/{nnnnn}";

  public static final String DEFAULT_TYPES =
      """
      Beschlussvorlage; BV; Beschluss
      Mitteilungsvorlage; MV
      Informationsvorlage; IV
      Bericht; B
      Antrag; A; Beschluss
      Anfrage; AF""";

  public static final String DEFAULT_CHECKS =
      """
      Beteiligung von Kindern und Jugendlichen gem. § 47 f GO
      neu / freiwillig / vorgeschrieben durch …
      inklusionsrelevant
      klimarelevant""";

  private final PaperSettingsRepository settings;
  private final OrgUnits orgUnits;
  private final AuditLog audit;

  CouncilSettings(PaperSettingsRepository settings, OrgUnits orgUnits, AuditLog audit) {
    this.settings = settings;
    this.orgUnits = orgUnits;
    this.audit = audit;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public CouncilSettingsView current() {
    return settings
        .findFirstBy()
        .map(
            s ->
                view(
                    s.numberPattern(),
                    s.paperTypes(),
                    s.checkOptions(),
                    s.alwaysAsked(),
                    s.getVersion() + 1))
        .orElse(view(DEFAULT_PATTERN, DEFAULT_TYPES, DEFAULT_CHECKS, null, 0));
  }

  /** Replaces the settings; {@code expectedVersion} is the version of the view the client read. */
  @AdminOnly
  @Transactional
  public CouncilSettingsView update(Long expectedVersion, CouncilSettingsInput in) {
    CouncilSettingsView before = current();
    Versions.check(AUDIT_TYPE, before.version(), expectedVersion);
    Rules rules = new Rules();
    NumberPattern.check(rules, "numberPattern", in.numberPattern);
    rules
        .required("paperTypes", in.paperTypes)
        .maxLength("paperTypes", in.paperTypes, 4000)
        .maxLength("checkOptions", in.checkOptions, 4000);
    List<PaperType> types = types(in.paperTypes, rules);
    rules.maxLength("alwaysAsked", in.alwaysAsked, 2000);
    Set<String> codes = new HashSet<>();
    orgUnits.tree().forEach(u -> codes.add(u.code()));
    lines(in.alwaysAsked).stream()
        .filter(code -> !codes.contains(code))
        .forEach(code -> rules.add("alwaysAsked", "council.unknownUnit", code));
    rules.throwIfAny();
    String askedLines = String.join("\n", lines(in.alwaysAsked));
    String typeLines = String.join("\n", types.stream().map(PaperType::line).toList());
    String checkLines = String.join("\n", lines(in.checkOptions));
    PaperSettings s = settings.findFirstBy().orElse(null);
    if (s == null) {
      s =
          settings.save(
              new PaperSettings(in.numberPattern.strip(), typeLines, checkLines, askedLines));
    } else {
      s.apply(in.numberPattern.strip(), typeLines, checkLines, askedLines);
    }
    settings.flush();
    CouncilSettingsView after = current();
    audit.changed(AUDIT_TYPE, s.getId(), state(before), state(after));
    return after;
  }

  private static CouncilSettingsView view(
      String pattern, String types, String checks, String asked, long v) {
    return new CouncilSettingsView(
        pattern, types(types, new Rules()), lines(checks), lines(asked), v);
  }

  private static List<String> lines(String text) {
    return text == null
        ? List.of()
        : text.lines().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
  }

  /** "Name; Kürzel[; Beschluss]" per line; a broken line is named by its number. */
  private static List<PaperType> types(String text, Rules rules) {
    List<PaperType> types = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<String> lines = text == null ? List.of() : text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split(";", -1);
      String name = parts[0].strip();
      String code = parts.length > 1 ? parts[1].strip() : "";
      String flag = parts.length > 2 ? parts[2].strip() : "";
      boolean ok =
          !name.isEmpty()
              && !code.isEmpty()
              && parts.length <= 3
              && (flag.isEmpty() || flag.equalsIgnoreCase("Beschluss"))
              && name.length() <= 100
              && code.length() <= 20;
      if (!ok) {
        rules.add("paperTypes", "council.typeLine", String.valueOf(i + 1));
      } else if (!names.add(name)) {
        rules.add("paperTypes", "council.typeTwice", name);
      } else {
        types.add(new PaperType(name, code, !flag.isEmpty()));
      }
    }
    return types;
  }

  private static Map<String, Object> state(CouncilSettingsView v) {
    return AuditLog.state(
        "numberPattern", v.numberPattern(),
        "paperTypes", v.paperTypes(),
        "checkOptions", v.checkOptions(),
        "alwaysAsked", v.alwaysAskedCodes());
  }
}
