package de.fahrplan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The heap flags: set where the operator left the default, never over the operator's choice; the C
 * heap trimmed where the JVM can.
 */
class MemoryFootprintTest {

  @Test
  void onlyFlagsAtTheirDefaultAreSet() {
    Map<String, VMOption> options =
        Map.of(
            "MinHeapFreeRatio", option("MinHeapFreeRatio", "40", VMOption.Origin.DEFAULT),
            // the operator's -XX:MaxHeapFreeRatio=50 wins
            "MaxHeapFreeRatio", option("MaxHeapFreeRatio", "50", VMOption.Origin.VM_CREATION));
    Map<String, String> set =
        MemoryFootprint.toSet(
            name -> {
              if (!options.containsKey(name)) {
                // a JVM without the flag (G1PeriodicGCInterval before JDK 12)
                throw new IllegalArgumentException("VM option \"" + name + "\" does not exist");
              }
              return options.get(name);
            });
    assertThat(set).containsExactly(Map.entry("MinHeapFreeRatio", "10"));
  }

  @Test
  void thisJvmTakesTheFlags() {
    new MemoryFootprint(true).apply();
    HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    MemoryFootprint.FLAGS.forEach(
        (name, value) -> assertThat(vm.getVMOption(name).getValue()).as(name).isEqualTo(value));
  }

  /** Linux with glibc, as on every machine Fahrplan is run and tested on: the C heap is trimmed. */
  @Test
  void theCHeapIsTrimmedOnThisJvm() {
    assertThat(MemoryFootprint.trim()).hasValueSatisfying(r -> assertThat(r).contains("RSS"));
  }

  @Test
  void theTrimmingFollowsTheCompactSetting() {
    MemoryFootprint off = new MemoryFootprint(false);
    off.apply();
    off.trimNativeHeap();
    assertThat(off.trims()).isFalse();
    MemoryFootprint on = new MemoryFootprint(true);
    on.apply();
    on.trimNativeHeap();
    assertThat(on.trims()).isTrue();
  }

  /**
   * The C heap is trimmed only when no collection ran since the last look (a busy server would fill
   * the returned pages again at once), and never again once the JVM answered that it cannot.
   */
  @Test
  void theCHeapIsTrimmedOnlyWhenTheServerIsQuiet() {
    AtomicLong collections = new AtomicLong(5);
    List<String> asked = new ArrayList<>();
    AtomicReference<Optional<String>> answer = new AtomicReference<>(Optional.of("RSS 9M->8M"));
    MemoryFootprint footprint =
        new MemoryFootprint(
            true,
            collections::get,
            () -> {
              asked.add("trim at " + collections.get());
              return answer.get();
            });
    footprint.apply();
    footprint.trimNativeHeap(); // the first look only counts
    assertThat(asked).isEmpty();
    footprint.trimNativeHeap(); // quiet since: trimmed
    assertThat(asked).containsExactly("trim at 5");
    collections.set(7);
    footprint.trimNativeHeap(); // collections ran: busy, not trimmed
    assertThat(asked).hasSize(1);
    footprint.trimNativeHeap(); // quiet again
    assertThat(asked).containsExactly("trim at 5", "trim at 7");
    answer.set(Optional.empty());
    footprint.trimNativeHeap(); // the JVM cannot: asked once, then never again
    footprint.trimNativeHeap();
    assertThat(asked).hasSize(3);
    assertThat(footprint.trims()).isFalse();
  }

  private static VMOption option(String name, String value, VMOption.Origin origin) {
    return new VMOption(name, value, true, origin);
  }
}
