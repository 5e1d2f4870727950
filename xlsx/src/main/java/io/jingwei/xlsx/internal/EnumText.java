package io.jingwei.xlsx.internal;

import java.lang.reflect.Method;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The spellings of enum values people type (选项值的写法): the Chinese name ({@code 正式党员}), its short forms (the
 * part before a parenthesis, each part of a name with {@code /}, the name without a trailing 族/性/党员), the
 * national code ({@code 1}, {@code 01}) and the wire constant ({@code FULL}), plus a few common extras (M/F for
 * sex). A spelling two values share is dropped, so that nothing is guessed.
 */
public final class EnumText {

  private static final Map<Class<?>, Table> TABLES = new ConcurrentHashMap<>();

  /** Extra spellings by enum simple name and constant. */
  private static final Map<String, Map<String, List<String>>> EXTRAS =
      Map.of(
          "Sex",
          Map.of(
              "MALE", List.of("M", "男性", "Male"),
              "FEMALE", List.of("F", "女性", "Female"),
              "UNKNOWN", List.of("未知"),
              "NOT_STATED", List.of("未说明")),
          "MembershipStatus",
          Map.of("FULL", List.of("正式"), "PROBATIONARY", List.of("预备")));

  private EnumText() {}

  /** The matched constant and whether only its code with leading zeros dropped matched. */
  public record Match(Enum<?> value, boolean zerosRestored) {}

  /** The Chinese display names of the constants, in declaration order (the writer's and the template's text). */
  public static List<String> displayNames(Class<? extends Enum<?>> type) {
    return table(type).display;
  }

  /** The display name (Chinese) of a constant given by its wire name, or the wire name when it has none. */
  public static String display(Class<? extends Enum<?>> type, String constant) {
    Table t = table(type);
    String d = t.displayByConstant.get(constant);
    return d == null ? constant : d;
  }

  /** The constant a cell's text names, if exactly one does. */
  public static @Nullable Match parse(Class<? extends Enum<?>> type, String text) {
    Table t = table(type);
    String key = key(text);
    Enum<?> v = t.bySpelling.get(key);
    if (v != null) {
      return new Match(v, false);
    }
    if (!key.isEmpty() && key.chars().allMatch(Character::isDigit)) {
      Enum<?> padded = t.byCodeWithoutZeros.get(key.replaceFirst("^0+(?=.)", ""));
      if (padded != null) {
        return new Match(padded, true);
      }
    }
    return null;
  }

  private static Table table(Class<? extends Enum<?>> type) {
    return TABLES.computeIfAbsent(type, EnumText::build);
  }

  static String key(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  private static Table build(Class<?> type) {
    Enum<?>[] constants = (Enum<?>[]) type.getEnumConstants();
    Map<String, Enum<?>> spellings = new HashMap<>();
    Set<String> clashes = new HashSet<>();
    Map<String, Enum<?>> codes = new HashMap<>();
    Set<String> codeClashes = new HashSet<>();
    List<String> display = new ArrayList<>();
    Map<String, String> displayByConstant = new HashMap<>();
    Map<String, List<String>> extras = EXTRAS.getOrDefault(type.getSimpleName(), Map.of());
    for (Enum<?> c : constants) {
      String chinese = call(c, "chineseName");
      String code = call(c, "code");
      String shown = chinese == null ? c.name() : chinese;
      display.add(shown);
      displayByConstant.put(c.name(), shown);
      List<String> all = new ArrayList<>();
      all.add(c.name());
      if (chinese != null) {
        all.add(chinese);
        String beforeParen = chinese.replaceAll("[（(].*$", "");
        all.add(beforeParen);
        for (String part : chinese.split("/")) {
          all.add(part);
        }
        for (String suffix : List.of("族", "性", "党员")) {
          if (chinese.length() > suffix.length() && chinese.endsWith(suffix)) {
            all.add(chinese.substring(0, chinese.length() - suffix.length()));
          }
        }
      }
      if (code != null) {
        all.add(code);
        String stripped = code.replaceFirst("^0+(?=.)", "");
        if (!stripped.equals(code)) {
          if (codes.putIfAbsent(stripped, c) != null) {
            codeClashes.add(stripped);
          }
        }
      }
      all.addAll(extras.getOrDefault(c.name(), List.of()));
      for (String s : new HashSet<>(all)) {
        String k = key(s);
        if (k.isEmpty()) {
          continue;
        }
        Enum<?> previous = spellings.putIfAbsent(k, c);
        if (previous != null && previous != c) {
          clashes.add(k);
        }
      }
    }
    clashes.forEach(spellings::remove);
    codeClashes.forEach(codes::remove);
    codes.keySet().removeIf(spellings::containsKey);
    return new Table(
        Collections.unmodifiableMap(spellings),
        Collections.unmodifiableMap(codes),
        List.copyOf(display),
        Collections.unmodifiableMap(displayByConstant));
  }

  private static @Nullable String call(Enum<?> c, String method) {
    try {
      Method m = c.getDeclaringClass().getMethod(method);
      Object v = m.invoke(c);
      return v instanceof String s ? s : null;
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  private record Table(
      Map<String, Enum<?>> bySpelling,
      Map<String, Enum<?>> byCodeWithoutZeros,
      List<String> display,
      Map<String, String> displayByConstant) {}
}
