package de.fahrplan.shared;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills an input (or a form extending it: public fields) from a view (a record): every field whose
 * name and declared type – generics included – equal a component of the view gets its value; lists,
 * sets and maps are copied, so editing the form never changes the view. The one way forms are
 * filled from what is stored, so a new field of both is never forgotten in one form.
 */
public final class Inputs {

  /** Which field takes which component, per pair of view and input type. */
  private static final Map<List<Class<?>>, List<Pair>> PAIRS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private record Pair(Field field, RecordComponent component) {}

  private Inputs() {}

  /**
   * Fills {@code input} from {@code view}; the fields named in {@code ownFields} are left to the
   * caller (e.g. lines of another type).
   */
  public static <T> T fill(Record view, T input, String... ownFields) {
    Set<String> own = Set.of(ownFields);
    for (Pair p :
        PAIRS.computeIfAbsent(List.of(view.getClass(), input.getClass()), Inputs::pairs)) {
      if (p.component() == null) {
        if (!own.contains(p.field().getName())) {
          throw new IllegalStateException(
              p.field() + " is not of the type of the view's " + p.field().getName());
        }
      } else if (!own.contains(p.field().getName())) {
        set(p.field(), input, copy(read(p.component(), view)));
      }
    }
    return input;
  }

  /** Pairs of field and component; a component of null marks a field of another type. */
  private static List<Pair> pairs(List<Class<?>> types) {
    Map<String, RecordComponent> components = new HashMap<>();
    for (RecordComponent component : types.get(0).getRecordComponents()) {
      components.put(component.getName(), component);
    }
    List<Pair> pairs = new ArrayList<>();
    for (Class<?> c = types.get(1); c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        RecordComponent component = components.get(field.getName());
        int modifiers = field.getModifiers();
        if (component == null
            || !Modifier.isPublic(modifiers)
            || Modifier.isStatic(modifiers)
            || Modifier.isFinal(modifiers)) {
          continue;
        }
        if (!sameType(field.getGenericType(), component.getGenericType())) {
          pairs.add(new Pair(field, null));
          continue;
        }
        // forms are package-private classes of the web layers: their public fields are the
        // form's contract, the class is not
        field.setAccessible(true);
        component.getAccessor().setAccessible(true);
        pairs.add(new Pair(field, component));
      }
    }
    return List.copyOf(pairs);
  }

  private static boolean sameType(java.lang.reflect.Type a, java.lang.reflect.Type b) {
    return a.equals(b) || (a instanceof Class<?> x && b instanceof Class<?> y && box(x) == box(y));
  }

  private static Class<?> box(Class<?> c) {
    return c.isPrimitive() ? java.lang.invoke.MethodType.methodType(c).wrap().returnType() : c;
  }

  private static Object copy(Object value) {
    if (value instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    if (value instanceof Set<?> set) {
      return new LinkedHashSet<>(set);
    }
    if (value instanceof Map<?, ?> map) {
      return new LinkedHashMap<>(map);
    }
    return value;
  }

  private static Object read(RecordComponent component, Record view) {
    try {
      return component.getAccessor().invoke(view);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }

  private static void set(Field field, Object input, Object value) {
    try {
      field.set(input, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot fill " + field, e);
    }
  }
}
