package de.fahrplan.oparl.internal;

import static de.fahrplan.oparl.internal.OParlObject.cut;

import de.fahrplan.organisation.OrganizationClassification;
import de.fahrplan.organisation.OrganizationInput;
import de.fahrplan.organisation.OrganizationView;
import de.fahrplan.organisation.Organizations;
import de.fahrplan.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The RIS's committees in one run of {@link ImportJob}: each is mapped to an own committee (a new
 * one matched by name or short name, else unmapped until the Administration chooses), and one that
 * a paper or meeting names is created as an own committee where it is not mapped yet.
 */
@Component
class CommitteeImport {

  private final CommitteeMappingRepository mappings;
  private final Organizations organizations;

  CommitteeImport(CommitteeMappingRepository mappings, Organizations organizations) {
    this.mappings = mappings;
    this.organizations = organizations;
  }

  /**
   * The source's mappings so far, and the own committees by name and short name to match new ones.
   */
  void load(RunState run) {
    mappings
        .findBySourceIdOrderByNameAsc(run.source.getId())
        .forEach(m -> run.mappings.put(m.externalId(), m));
    for (OrganizationView o : organizations.search(null, Pageable.unpaged()).getContent()) {
      run.own.putIfAbsent(key(o.name()), o.id());
      if (o.shortName() != null) {
        run.own.putIfAbsent(key(o.shortName()), o.id());
      }
    }
  }

  private static String key(String name) {
    String clean = OParlObject.clean(name);
    return clean == null ? "" : clean.toLowerCase(Locale.GERMAN);
  }

  /**
   * A page of the RIS's organization list: each committee's mapping created or brought up to date.
   */
  void page(RunState run, List<OParlObject> page) {
    List<CommitteeMapping> changed = new ArrayList<>();
    for (OParlObject o : page) {
      if (o.deleted()) {
        continue;
      }
      CommitteeMapping m = mapping(run, o);
      if (m != null) {
        changed.add(m);
        run.organizations++;
      }
    }
    mappings.saveAll(changed).forEach(m -> run.mappings.put(m.externalId(), m));
  }

  /** The mapping of a committee read from the server: new ones are matched by name. */
  private CommitteeMapping mapping(RunState run, OParlObject o) {
    String name = o.text("name") == null ? o.text("shortName") : o.text("name");
    if (name == null) {
      run.problem(o.id(), "Gremium ohne Namen übersprungen.");
      return null;
    }
    CommitteeMapping m = run.mappings.get(o.id());
    if (m == null) {
      m = new CommitteeMapping(run.source.getId(), o.id(), name, o.text("shortName"));
      Long own = run.own.get(key(name));
      if (own == null && o.text("shortName") != null) {
        own = run.own.get(key(o.text("shortName")));
      }
      m.mapTo(own, false);
    } else {
      m.read(name, o.text("shortName"));
    }
    return m;
  }

  /**
   * The own committee of a committee URL: mapped, or created now (a paper or meeting needs it), or
   * asked for alone when it was in no list (servers that reference what they do not list).
   */
  Long committeeFor(RunState run, String url) throws InterruptedException {
    CommitteeMapping m = run.mappings.get(url);
    if (m == null) {
      if (run.unreachable.contains(url)) {
        return null;
      }
      OParlObject o = run.fetchObject(url, "Gremium");
      m = o == null ? null : mapping(run, o);
      if (m == null) {
        run.unreachable.add(url);
        return null;
      }
      m = mappings.save(m);
      run.mappings.put(url, m);
    }
    if (m.organizationId() == null) {
      OrganizationInput in = new OrganizationInput();
      in.name = cut(m.name(), 200);
      in.shortName = m.shortName();
      in.classification = classificationOf(m.name());
      try {
        m.mapTo(organizations.create(in).id(), true);
      } catch (InvalidInputException e) {
        run.problem(url, "Gremium „" + m.name() + "“ konnte nicht angelegt werden.");
        run.unreachable.add(url);
        return null;
      }
      m = mappings.save(m);
      run.mappings.put(url, m);
      run.own.put(key(m.name()), m.organizationId());
    }
    return m.organizationId();
  }

  /** The own committee of a RIS organization, only when mapped (factions and parties are not). */
  static Long mapped(RunState run, String url) {
    CommitteeMapping m = run.mappings.get(url);
    return m == null ? null : m.organizationId();
  }

  private static OrganizationClassification classificationOf(String name) {
    String n = name.toLowerCase(Locale.GERMAN);
    if (n.contains("hauptausschuss")) {
      return OrganizationClassification.HAUPTAUSSCHUSS;
    }
    if (n.contains("kreisausschuss")) {
      return OrganizationClassification.KREISAUSSCHUSS;
    }
    if (n.contains("ausschuss")) {
      return OrganizationClassification.FACHAUSSCHUSS;
    }
    if (n.contains("rat") || n.contains("kreistag") || n.contains("bürgerschaft")) {
      return OrganizationClassification.RAT;
    }
    return OrganizationClassification.SONSTIGES;
  }
}
