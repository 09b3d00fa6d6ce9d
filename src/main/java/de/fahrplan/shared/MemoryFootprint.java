package de.fahrplan.shared;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the server's memory near what it uses: the heap is sized close to its live data after a
 * collection and returned to the operating system after a minute without one. The JVM's defaults
 * keep up to three times the live data and never give memory back – an installation that serves a
 * municipality's few dozen users would hold most of its maximum heap all day (docs/performance.md:
 * 746 MiB instead of 597 MiB resident under the benchmark's load with {@code -Xmx384m}).
 *
 * <p>Only flags the operator left at their defaults are set ({@code -XX:MaxHeapFreeRatio=…} on the
 * command line wins); {@code fahrplan.memory.compact=false} leaves the JVM as it is. G1 still grows
 * the heap when collections take too much time (its GC time ratio), so throughput is kept.
 */
@Component
class MemoryFootprint {

  private static final Logger log = LoggerFactory.getLogger(MemoryFootprint.class);

  /** Flag → value: the heap at most 30 % free after a collection, idle memory returned. */
  static final Map<String, String> FLAGS = flags();

  private final boolean compact;

  MemoryFootprint(@Value("${fahrplan.memory.compact:true}") boolean compact) {
    this.compact = compact;
  }

  private static Map<String, String> flags() {
    Map<String, String> flags = new LinkedHashMap<>();
    // the lower bound first: the JVM refuses a maximum below the current minimum (40)
    flags.put("MinHeapFreeRatio", "10");
    flags.put("MaxHeapFreeRatio", "30");
    flags.put("G1PeriodicGCInterval", "60000");
    return flags;
  }

  @EventListener(ApplicationReadyEvent.class)
  void apply() {
    if (!compact) {
      return;
    }
    HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    Map<String, String> set = toSet(vm::getVMOption);
    set.forEach(vm::setVMOption);
    if (!set.isEmpty()) {
      log.info("Heap kept near its live data (fahrplan.memory.compact): {}", set);
    }
  }

  /** The flags still at the JVM's default (another JVM may lack a flag: its defaults stay). */
  static Map<String, String> toSet(Function<String, VMOption> current) {
    Map<String, String> set = new LinkedHashMap<>();
    FLAGS.forEach(
        (name, value) -> {
          try {
            if (current.apply(name).getOrigin() == VMOption.Origin.DEFAULT) {
              set.put(name, value);
            }
          } catch (IllegalArgumentException e) {
            log.debug("JVM flag {} not set: {}", name, e.getMessage());
          }
        });
    return set;
  }
}
