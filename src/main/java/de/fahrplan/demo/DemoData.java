package de.fahrplan.demo;

import de.fahrplan.identity.Accounts;
import de.fahrplan.identity.ApiTokens;
import de.fahrplan.organisation.Bodies;
import de.fahrplan.organisation.BodyInput;
import de.fahrplan.organisation.BodyType;
import de.fahrplan.organisation.MembershipInput;
import de.fahrplan.organisation.MembershipRole;
import de.fahrplan.organisation.OrgUnitInput;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.OrganizationClassification;
import de.fahrplan.organisation.OrganizationInput;
import de.fahrplan.organisation.Organizations;
import de.fahrplan.organisation.PersonInput;
import de.fahrplan.organisation.Persons;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.security.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Two demo municipalities shaped like the seed papers: "Musterstadt" (a city with Bürgerschaft,
 * Hauptausschuss, Senat, Digitalisierungsausschuss) and "Landkreis Beispielkreis" (Kreistag,
 * Kreisausschuss, Koordinationsgruppe). Loaded once into an empty database, never in production.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "fahrplan.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

  /** The password of every demo account (README). */
  static final String PASSWORD = "Fahrplan-Demo-2026";

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final Bodies bodies;
  private final OrgUnits orgUnits;
  private final Persons persons;
  private final Organizations organizations;
  private final Accounts accounts;
  private final ApiTokens tokens;

  DemoData(
      Bodies bodies,
      OrgUnits orgUnits,
      Persons persons,
      Organizations organizations,
      Accounts accounts,
      ApiTokens tokens) {
    this.bodies = bodies;
    this.orgUnits = orgUnits;
    this.persons = persons;
    this.organizations = organizations;
    this.accounts = accounts;
    this.tokens = tokens;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (bodies.idBySlug("musterstadt").isPresent()) {
      return;
    }
    var system =
        UsernamePasswordAuthenticationToken.authenticated(
            "demo", null, AuthorityUtils.createAuthorityList("ROLE_OPERATOR", "ROLE_ADMIN"));
    SecurityContextHolder.getContext().setAuthentication(system);
    try {
      long muster = musterstadt();
      long kreis = beispielkreis();
      accountsFor(muster, kreis);
      log.info("Demo-Daten geladen: Musterstadt ({}), Landkreis Beispielkreis ({})", muster, kreis);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private long musterstadt() {
    long id =
        bodies
            .create(
                body(
                    "Hansestadt Musterstadt",
                    "Musterstadt",
                    BodyType.KREISFREIE_STADT,
                    "01099000",
                    "010990000000",
                    "https://www.musterstadt.example",
                    "musterstadt"))
            .id();
    TenantContext.runAs(
        id,
        () -> {
          Map<String, Long> u = new HashMap<>();
          unit(u, "FB 1", "Zentrale Dienste", null);
          unit(u, "1.100", "Büro des Bürgermeisters", "FB 1");
          unit(u, "1.201", "Haushalt und Steuerung", "FB 1");
          unit(u, "1.300", "Personal und Organisation", "FB 1");
          unit(u, "1.400", "IT und Digitalisierung", "FB 1");
          unit(u, "1.410", "Internetredaktion", "1.400");
          unit(u, "FB 2", "Bürgerservice und Ordnung", null);
          unit(u, "2.100", "Bürgerbüro", "FB 2");
          unit(u, "2.200", "Ordnungsamt", "FB 2");
          unit(u, "FB 3", "Bildung, Soziales und Kultur", null);
          unit(u, "3.100", "Schulen und Sport", "FB 3");
          unit(u, "3.200", "Kindertagesstätten", "FB 3");
          unit(u, "FB 4", "Planen, Bauen und Umwelt", null);
          unit(u, "4.100", "Stadtplanung und Mobilität", "FB 4");
          unit(u, "4.200", "Tiefbau und Breitband", "FB 4");
          unit(u, "1.030", "Bereich Recht", null);
          unit(u, "1.050", "Frauenbüro", null);
          unit(u, "1.060", "Datenschutz", null);
          unit(u, "1.140", "Rechnungsprüfungsamt", null);
          unit(u, "GPR", "Gesamtpersonalrat", null);
          Map<String, Long> p = new HashMap<>();
          person(
              p,
              "Linda",
              "Schütt",
              null,
              "Strategische Steuerung Digitalisierung",
              "linda.schuett@musterstadt.example",
              "0451 122-1501",
              u.get("1.201"));
          person(
              p,
              "Jan",
              "Lindqvist",
              null,
              "Bürgermeister",
              "buergermeister@musterstadt.example",
              "0451 122-1000",
              u.get("1.100"));
          person(
              p,
              "Aylin",
              "Kaya",
              null,
              "Chief Digital Officer",
              "aylin.kaya@musterstadt.example",
              "0451 122-1400",
              u.get("1.400"));
          person(
              p,
              "Markus",
              "Brenner",
              null,
              "Leitung Internetredaktion",
              "markus.brenner@musterstadt.example",
              "0451 122-1410",
              u.get("1.410"));
          person(
              p,
              "Petra",
              "Hoffmann",
              "Dr.",
              "Fachbereichsleitung Zentrale Dienste",
              "petra.hoffmann@musterstadt.example",
              "0451 122-1001",
              u.get("FB 1"));
          person(
              p,
              "Olaf",
              "Jensen",
              null,
              "Leitung Bürgerbüro",
              "olaf.jensen@musterstadt.example",
              "0451 122-2100",
              u.get("2.100"));
          person(
              p,
              "Sabine",
              "Wolters",
              null,
              "Fachbereichsleitung Bildung",
              "sabine.wolters@musterstadt.example",
              "0451 122-3000",
              u.get("FB 3"));
          person(
              p,
              "Thomas",
              "Berger",
              null,
              "Breitbandkoordination",
              "thomas.berger@musterstadt.example",
              "0451 122-4200",
              u.get("4.200"));
          person(
              p,
              "Miriam",
              "Schulz",
              null,
              "Datenschutzbeauftragte",
              "datenschutz@musterstadt.example",
              "0451 122-1060",
              u.get("1.060"));
          person(
              p,
              "Katrin",
              "Vogel",
              null,
              "Gleichstellungsbeauftragte",
              "frauenbuero@musterstadt.example",
              "0451 122-1050",
              u.get("1.050"));
          person(
              p,
              "Henrik",
              "Petersen",
              null,
              "Vorsitz Gesamtpersonalrat",
              "gpr@musterstadt.example",
              "0451 122-1090",
              u.get("GPR"));
          person(
              p,
              "Claudia",
              "Neumann",
              null,
              "Stadtpräsidentin",
              "stadtpraesidentin@musterstadt.example",
              null,
              null);
          person(
              p,
              "Frank",
              "Albers",
              null,
              "Ratsherr, Vorsitz Digitalisierungsausschuss",
              "frank.albers@rat.musterstadt.example",
              null,
              null);
          person(
              p,
              "Elif",
              "Demir",
              null,
              "Ratsfrau",
              "elif.demir@rat.musterstadt.example",
              null,
              null);
          person(
              p,
              "Gregor",
              "Lange",
              null,
              "Ratsherr",
              "gregor.lange@rat.musterstadt.example",
              null,
              null);
          person(
              p,
              "Uta",
              "Krüger",
              null,
              "Senatorin Bildung",
              "uta.krueger@musterstadt.example",
              null,
              u.get("FB 3"));
          long rat =
              organization(
                  "Bürgerschaft der Hansestadt Musterstadt",
                  "Bürgerschaft",
                  OrganizationClassification.RAT);
          long ha = organization("Hauptausschuss", "HA", OrganizationClassification.HAUPTAUSSCHUSS);
          long senat =
              organization("Senat", "Senat", OrganizationClassification.VERWALTUNGSVORSTAND);
          long dig =
              organization(
                  "Haupt- und Digitalisierungsausschuss",
                  "HDA",
                  OrganizationClassification.FACHAUSSCHUSS);
          long kg =
              organization(
                  "Koordinationsgruppe Digitalisierung",
                  "KG Digital",
                  OrganizationClassification.ARBEITSGRUPPE);
          organization("IuK-Arbeitskreis", "IuK-AK", OrganizationClassification.ARBEITSGRUPPE);
          member(rat, p.get("Neumann"), MembershipRole.VORSITZ, true);
          member(rat, p.get("Albers"), MembershipRole.MITGLIED, true);
          member(rat, p.get("Demir"), MembershipRole.MITGLIED, true);
          member(rat, p.get("Lange"), MembershipRole.MITGLIED, true);
          member(rat, p.get("Lindqvist"), MembershipRole.BERATENDES_MITGLIED, false);
          member(ha, p.get("Albers"), MembershipRole.VORSITZ, true);
          member(ha, p.get("Demir"), MembershipRole.STELLV_VORSITZ, true);
          member(ha, p.get("Lange"), MembershipRole.MITGLIED, true);
          member(senat, p.get("Lindqvist"), MembershipRole.VORSITZ, true);
          member(senat, p.get("Krüger"), MembershipRole.MITGLIED, true);
          member(senat, p.get("Hoffmann"), MembershipRole.BERATENDES_MITGLIED, false);
          member(dig, p.get("Albers"), MembershipRole.VORSITZ, true);
          member(dig, p.get("Demir"), MembershipRole.MITGLIED, true);
          member(dig, p.get("Kaya"), MembershipRole.BERATENDES_MITGLIED, false);
          member(kg, p.get("Kaya"), MembershipRole.VORSITZ, true);
          member(kg, p.get("Schütt"), MembershipRole.MITGLIED, true);
          member(kg, p.get("Brenner"), MembershipRole.MITGLIED, true);
          member(kg, p.get("Jensen"), MembershipRole.MITGLIED, true);
          member(kg, p.get("Berger"), MembershipRole.MITGLIED, true);
          member(kg, p.get("Schulz"), MembershipRole.INFORMIERT, false);
          member(kg, p.get("Vogel"), MembershipRole.INFORMIERT, false);
          member(kg, p.get("Petersen"), MembershipRole.BERATENDES_MITGLIED, false);
        });
    return id;
  }

  private long beispielkreis() {
    long id =
        bodies
            .create(
                body(
                    "Landkreis Beispielkreis",
                    "Beispielkreis",
                    BodyType.LANDKREIS,
                    "03399000",
                    "033990000000",
                    "https://www.beispielkreis.example",
                    "beispielkreis"))
            .id();
    TenantContext.runAs(
        id,
        () -> {
          Map<String, Long> u = new HashMap<>();
          unit(u, "01", "Büro Landrat", null);
          unit(u, "03.03.10", "Kreisentwicklung und E-Government", "01");
          unit(u, "FB 1", "Zentrale Steuerung", null);
          unit(u, "FB 2", "Finanzen", null);
          unit(u, "FB 3", "Ordnung und Verkehr", null);
          unit(u, "FB 4", "Jugend und Soziales", null);
          Map<String, Long> p = new HashMap<>();
          person(
              p,
              "Stefan",
              "Domanske",
              null,
              "E-Government-Koordination",
              "stefan.domanske@beispielkreis.example",
              "04131 26-1010",
              u.get("03.03.10"));
          person(
              p,
              "Renate",
              "Hollmann",
              null,
              "Landrätin",
              "landraetin@beispielkreis.example",
              "04131 26-1000",
              u.get("01"));
          person(
              p,
              "Dieter",
              "Kessler",
              null,
              "Vorsitz AFP",
              "dieter.kessler@kreistag.beispielkreis.example",
              null,
              null);
          person(
              p,
              "Nina",
              "Brandt",
              null,
              "stellv. Vorsitz AFP",
              "nina.brandt@kreistag.beispielkreis.example",
              null,
              null);
          long kt = organization("Kreistag", "KT", OrganizationClassification.RAT);
          long ka = organization("Kreisausschuss", "KA", OrganizationClassification.KREISAUSSCHUSS);
          long afp =
              organization(
                  "Ausschuss für Finanzen, Rechnungsprüfung, Personal und innere Angelegenheiten",
                  "AFP",
                  OrganizationClassification.FACHAUSSCHUSS);
          long kg =
              organization(
                  "Erweiterte Koordinationsgruppe E-Government",
                  "KG E-Gov",
                  OrganizationClassification.ARBEITSGRUPPE);
          member(kt, p.get("Kessler"), MembershipRole.MITGLIED, true);
          member(kt, p.get("Brandt"), MembershipRole.MITGLIED, true);
          member(ka, p.get("Hollmann"), MembershipRole.VORSITZ, true);
          member(afp, p.get("Kessler"), MembershipRole.VORSITZ, true);
          member(afp, p.get("Brandt"), MembershipRole.STELLV_VORSITZ, true);
          member(kg, p.get("Domanske"), MembershipRole.VORSITZ, true);
          member(kg, p.get("Kessler"), MembershipRole.MITGLIED, true);
          member(kg, p.get("Brandt"), MembershipRole.MITGLIED, true);
        });
    return id;
  }

  private void accountsFor(long muster, long kreis) {
    accounts.createLocal(
        "betrieb@fahrplan.example", "Betrieb (IT-Dienstleister)", PASSWORD, true, Map.of());
    long koordination =
        accounts.createLocal(
            "koordination@musterstadt.example",
            "Linda Schütt",
            PASSWORD,
            false,
            Map.of(muster, EnumSet.of(Role.ADMIN, Role.COORDINATION)));
    accounts.createLocal(
        "fachbereich@musterstadt.example",
        "Olaf Jensen",
        PASSWORD,
        false,
        Map.of(muster, EnumSet.of(Role.EDITOR)));
    accounts.createLocal(
        "lesen@musterstadt.example",
        "Jan Lindqvist",
        PASSWORD,
        false,
        Map.of(muster, EnumSet.of(Role.READER)));
    long kreisKoordination =
        accounts.createLocal(
            "koordination@beispielkreis.example",
            "Stefan Domanske",
            PASSWORD,
            false,
            Map.of(kreis, EnumSet.of(Role.ADMIN, Role.COORDINATION)));
    accounts.createLocal(
        "verbund@fahrplan.example",
        "Interkommunale Koordination",
        PASSWORD,
        false,
        Map.of(muster, Set.of(Role.COORDINATION), kreis, Set.of(Role.COORDINATION)));
    tokens.createWithSecret(
        koordination, muster, "Demo-Token Musterstadt", "fp_demo_musterstadt_koordination");
    tokens.createWithSecret(
        kreisKoordination, kreis, "Demo-Token Beispielkreis", "fp_demo_beispielkreis_koordination");
  }

  private static BodyInput body(
      String name,
      String shortName,
      BodyType type,
      String ags,
      String rgs,
      String website,
      String slug) {
    BodyInput in = new BodyInput();
    in.name = name;
    in.shortName = shortName;
    in.bodyType = type;
    in.ags = ags;
    in.rgs = rgs;
    in.website = website;
    in.license = "https://www.govdata.de/dl-de/by-2-0";
    in.slug = slug;
    return in;
  }

  private void unit(Map<String, Long> ids, String code, String name, String parentCode) {
    OrgUnitInput in = new OrgUnitInput();
    in.code = code;
    in.name = name;
    in.parentId = parentCode == null ? null : ids.get(parentCode);
    in.validFrom = LocalDate.of(2020, 1, 1);
    ids.put(code, orgUnits.create(in).id());
  }

  private void person(
      Map<String, Long> ids,
      String given,
      String family,
      String title,
      String function,
      String email,
      String phone,
      Long unit) {
    PersonInput in = new PersonInput();
    in.title = title;
    in.givenName = given;
    in.familyName = family;
    in.jobFunction = function;
    in.email = email;
    in.phone = phone;
    in.orgUnitId = unit;
    ids.put(family, persons.create(in).id());
  }

  private long organization(
      String name, String shortName, OrganizationClassification classification) {
    OrganizationInput in = new OrganizationInput();
    in.name = name;
    in.shortName = shortName;
    in.classification = classification;
    in.startDate = LocalDate.of(2023, 6, 1);
    return organizations.create(in).id();
  }

  private void member(long organization, Long person, MembershipRole role, boolean vote) {
    MembershipInput in = new MembershipInput();
    in.personId = person;
    in.role = role;
    in.votingRight = vote;
    in.startDate = LocalDate.of(2023, 6, 1);
    organizations.addMember(organization, in);
  }
}
