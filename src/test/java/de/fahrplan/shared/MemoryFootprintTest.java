package de.fahrplan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.Map;
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

  private static VMOption option(String name, String value, VMOption.Origin origin) {
    return new VMOption(name, value, true, origin);
  }
}
