package de.fahrplan.council.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.council.ConsultationResult;
import de.fahrplan.council.ConsultationRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A RIS's result words – here the ones Karlsruhe's SOMACOS server uses (../shared/oparl/real) and
 * Fahrplan's own labels – become Fahrplan's result where they say which, by the step's role.
 */
class ImportedResultsTest {

  @ParameterizedTest(name = "{0} ({1}) → {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "einstimmig zugestimmt, DECISION, ADOPTED",
        "mehrheitlich zugestimmt, PRELIMINARY, RECOMMENDED",
        "mehrheitlich beschlossen, DECISION, ADOPTED",
        "ungeändert beschlossen, DECISION, ADOPTED",
        "geändert beschlossen, DECISION, ADOPTED_AMENDED",
        "mit Änderungen beschlossen, DECISION, ADOPTED_AMENDED",
        "mehrheitlich abgelehnt, DECISION, REJECTED",
        "mehrheitlich abgelehnt, PRELIMINARY, -",
        "Kenntnisnahme, NOTICE, NOTED",
        "Stellungnahme zur Kenntnis genommen, DECISION, NOTED",
        "mit Stellungnahme einverstanden, DECISION, ADOPTED",
        "verwiesen in Fachausschuss, DECISION, DEFERRED",
        "vertagt, PRELIMINARY, DEFERRED",
        "vorberaten ohne Änderungen, PRELIMINARY, RECOMMENDED",
        "empfohlen, HEARING, RECOMMENDED",
        "gewählt, DECISION, ADOPTED",
        "Antrag zurückgezogen, DECISION, WITHDRAWN",
        "erledigt, DECISION, -",
        "keine Abstimmung, DECISION, -",
        "Aushang im Foyer, NOTICE, -",
      })
  void theWordsOfARisBecomeAResultWhereTheySayWhich(
      String words, ConsultationRole role, ConsultationResult expected) {
    assertThat(Consultation.resultOf(words, role)).isEqualTo(expected);
  }
}
