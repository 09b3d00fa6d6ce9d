package de.fahrplan.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.fahrplan.oparl.internal.OParlObject;
import de.fahrplan.oparl.internal.OParlPage;

/**
 * Fuzzing of how the OParl import reads a foreign server's answer: whatever the bytes, a list page
 * (or single object) comes out, or an {@link OParlPage.OParlFormatException} naming the problem –
 * and every field the import reads from an object answers with a value or nothing, never with an
 * exception. {@code ./mvnw verify} replays the corpus in {@code OParlReaderFuzzTestInputs/}; real
 * fuzzing: {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=OParlReaderFuzzTest} (docs/oparl.md).
 */
class OParlReaderFuzzTest {

  private static final String[] TEXTS = {
    "id", "name", "reference", "paperType", "role", "web", "accessUrl", "size", "description"
  };
  private static final String[] LISTS = {
    "consultation", "organization", "mainFile", "auxiliaryFile", "location", "meeting", "body"
  };

  @FuzzTest(maxDuration = "30s")
  void pageReader(FuzzedDataProvider data) {
    boolean single = data.consumeBoolean();
    byte[] bytes = data.consumeRemainingAsBytes();
    try {
      if (single) {
        read(OParlPage.object(bytes));
      } else {
        OParlPage page = OParlPage.parse(bytes);
        page.objects().forEach(OParlReaderFuzzTest::read);
      }
    } catch (OParlPage.OParlFormatException expected) {
      if (expected.getMessage() == null || expected.getMessage().isBlank()) {
        throw new IllegalStateException("refusal without a reason");
      }
    }
  }

  private static void read(OParlObject o) {
    for (String f : TEXTS) {
      String t = o.text(f);
      if (t != null && (t.isBlank() || !t.equals(t.strip()))) {
        throw new IllegalStateException("text not cleaned: [" + t + "]");
      }
    }
    for (String f : LISTS) {
      o.urls(f).forEach(u -> require(u != null && !u.isBlank(), "empty reference"));
      o.objects(f).forEach(OParlReaderFuzzTest::read);
      o.referencedOnly(f);
    }
    o.deleted();
    o.bool("authoritative");
    o.date("date");
    o.dateTime("start");
    o.instant("modified");
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException(what);
    }
  }
}
