package de.fahrplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.tabular.TableReader;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile file is refused by the one reader all three imports use, with the German message
 * that names the problem, within a time ceiling and a ceiling on the memory the reading thread
 * allocates (allocation, not retention: an upper bound of what the file can make the server hold).
 * The same files go through the HTTP uploads in {@link HostileUploadsTest}.
 */
class HostileFilesTest {

  private static final Duration TIME_CEILING = Duration.ofSeconds(10);
  private static final long ALLOCATION_CEILING = 512L * 1024 * 1024;

  static Stream<HostileFiles.HostileFile> files() {
    return HostileFiles.all().values().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void isRefusedClearlyWithinTimeAndMemory(HostileFiles.HostileFile file) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    long started = System.nanoTime();

    InvalidInputException refusal =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> TableReader.read(file.filename(), file.bytes(), TableReader.Limits.forImport()));

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    System.out.printf(
        "hostile file %-20s %,11d bytes: %-24s in %5d ms, %,13d bytes allocated%n",
        file.label(),
        file.bytes().length,
        refusal == null ? "ACCEPTED" : refusal.violations().get(0).code(),
        took.toMillis(),
        allocated);
    assertThat(refusal).as("refused").isNotNull();
    assertThat(refusal.violations().get(0).code()).isEqualTo(file.expectedCode());
    assertThat(refusal.violations().get(0).field()).isEqualTo("file");
    assertThat(took).isLessThan(TIME_CEILING);
    assertThat(allocated).isLessThan(ALLOCATION_CEILING);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("largeButValid")
  void aSpentTimeBudgetEndsTheReadingWithItsOwnMessage(HostileFiles.HostileFile file) {
    TableReader.Limits none = TableReader.Limits.forImport().withTimeBudget(Duration.ZERO);
    InvalidInputException refusal =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> TableReader.read(file.filename(), file.bytes(), none));
    assertThat(refusal.violations().get(0).code()).isEqualTo("import.timeBudget");
    assertThat(refusal.violations().get(0).args()).containsExactly("0");
  }

  static Stream<HostileFiles.HostileFile> largeButValid() {
    return Stream.of(HostileFiles.all().get("high ratio XLSX"), HostileFiles.manyRowsCsv());
  }
}
