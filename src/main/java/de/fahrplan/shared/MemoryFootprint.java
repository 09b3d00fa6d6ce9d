package de.fahrplan.shared;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.management.JMException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
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
 *
 * <p>Outside the heap, glibc keeps what the JVM's native allocations (the JIT compiler, the PDFs'
 * zip streams, network buffers) have freed, and returns it only when asked: when the server has
 * been quiet for ten seconds, it asks – {@code -XX:TrimNativeHeapInterval} would ask at any time,
 * and a running JVM cannot take that flag (ADR 0033).
 */
@Component
class MemoryFootprint {

  private static final Logger log = LoggerFactory.getLogger(MemoryFootprint.class);

  /** Flag → value: the heap at most 30 % free after a collection, idle memory returned. */
  static final Map<String, String> FLAGS = flags();

  /**
   * The JVM's command that returns the C heap's free memory ({@code jcmd System.trim_native_heap}).
   */
  private static final String TRIM = "systemTrimNativeHeap";

  private final boolean compact;

  /**
   * Whether this JVM trims (Linux with glibc, a HotSpot JVM); cleared when it answers it cannot.
   */
  private volatile boolean trimming;

  /** The collections counted at the last look (the scheduler's thread only). */
  private long collectionsSeen = -1;

  /** The collections the JVM has run so far, all collectors together. */
  private final LongSupplier collections;

  /** Returns the C heap's free memory once: the report, empty where it cannot. */
  private final Supplier<Optional<String>> trimmer;

  @Autowired
  MemoryFootprint(@Value("${fahrplan.memory.compact:true}") boolean compact) {
    this(compact, MemoryFootprint::collections, MemoryFootprint::trim);
  }

  MemoryFootprint(boolean compact, LongSupplier collections, Supplier<Optional<String>> trimmer) {
    this.compact = compact;
    this.collections = collections;
    this.trimmer = trimmer;
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
    trimming = true;
  }

  /**
   * Every ten seconds, when no collection ran since the last look: a busy server would fill the
   * returned pages again at once (ADR 0033).
   */
  @Scheduled(fixedDelay = 10_000, initialDelay = 10_000)
  void trimNativeHeap() {
    long count = collections.getAsLong();
    if (trimming && count == collectionsSeen) {
      trimming = trimmer.get().isPresent();
    }
    collectionsSeen = count;
  }

  private static long collections() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionCount)
        .sum();
  }

  boolean trims() {
    return trimming;
  }

  /**
   * Returns the C heap's free memory to the operating system once: the JVM's report ("RSS+Swap:
   * 621M->568M"), empty where it cannot (not glibc, not HotSpot).
   */
  static Optional<String> trim() {
    try {
      Object report =
          ManagementFactory.getPlatformMBeanServer()
              .invoke(
                  new ObjectName("com.sun.management:type=DiagnosticCommand"),
                  TRIM,
                  new Object[0],
                  new String[0]);
      String text = String.valueOf(report).strip();
      return text.startsWith("Not available") ? Optional.empty() : Optional.of(text);
    } catch (JMException | RuntimeException e) {
      log.debug("The C heap is not trimmed here: {}", e.toString());
      return Optional.empty();
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
