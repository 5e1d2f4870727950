package io.jingwei.impl.i18n;

import io.jingwei.validation.Issue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The message bundles of issues (问题消息): {@code io/jingwei/impl/messages/Messages.properties} (Chinese, the
 * default), {@code Messages_zh.properties} (the same Chinese text) and {@code Messages_en.properties}, UTF-8,
 * keyed by issue code, with named placeholders ({@link NamedFormat}).
 *
 * <p>The bundles are read directly, not through {@link java.util.ResourceBundle}, so the JVM's default locale can
 * never change the choice and the lookup works the same on the class path and the module path: an English locale
 * reads {@code _en}, a Chinese one {@code _zh}, any other the base bundle. A key missing from {@code _en} falls
 * back to the base bundle; a key missing everywhere gives the code and its arguments. Besides the issue codes, a
 * bundle holds templates for one constraint of a field rule ({@code field.range.PositiveOrZero}; {@link
 * #format(Issue, Locale)}). Immutable and thread-safe.
 */
public final class Messages {

  /** The resource folder of the bundles. */
  public static final String FOLDER = "/io/jingwei/impl/messages/";

  /** The argument naming a field constraint's annotation, whose name may pick a template of its own. */
  public static final String CONSTRAINT = "constraint";

  /** The bundles: base (Chinese), {@code zh}, {@code en}. */
  public enum Bundle {
    /** {@code Messages.properties}: Chinese, the default. */
    BASE("Messages.properties"),
    /** {@code Messages_zh.properties}: Chinese. */
    ZH("Messages_zh.properties"),
    /** {@code Messages_en.properties}: English. */
    EN("Messages_en.properties");

    private final String fileName;

    Bundle(String fileName) {
      this.fileName = fileName;
    }

    /** The file name of the bundle. */
    public String fileName() {
      return fileName;
    }

    /** The bundle for a locale: English, Chinese, or the base bundle for any other language. */
    public static Bundle of(Locale locale) {
      return switch (locale.getLanguage()) {
        case "en" -> EN;
        case "zh" -> ZH;
        default -> BASE;
      };
    }
  }

  private static final Messages SHARED = new Messages();

  private final Map<Bundle, Map<String, String>> bundles;

  private Messages() {
    Map<Bundle, Map<String, String>> m = new java.util.EnumMap<>(Bundle.class);
    for (Bundle b : Bundle.values()) {
      m.put(b, load(b.fileName()));
    }
    this.bundles = Collections.unmodifiableMap(m);
  }

  /** The engine's messages, loaded once. */
  public static Messages shared() {
    return SHARED;
  }

  /**
   * The message of the issue in the locale, its (already masked) arguments filled in. An issue with a
   * {@code constraint} argument (the field layer's) takes the template of {@code code.Constraint} when the bundle
   * has one and the issue has every argument it names — {@code field.range.Min}: 数值应不小于{value} — else its code's.
   */
  public String format(Issue issue, Locale locale) {
    String code = issue.code().value();
    Map<String, Object> args = issue.args();
    if (args.get(CONSTRAINT) instanceof String constraint) {
      Optional<String> variant = template(code + "." + constraint, locale);
      if (variant.isPresent() && args.keySet().containsAll(NamedFormat.placeholders(variant.get()))) {
        return NamedFormat.format(variant.get(), args, locale);
      }
    }
    return format(code, args, locale);
  }

  /** The message with the given key in the locale, the arguments filled in. */
  public String format(String key, Map<String, ?> args, Locale locale) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(locale, "locale");
    Optional<String> template = template(key, locale);
    if (template.isEmpty()) {
      return args.isEmpty() ? key : key + " " + args;
    }
    return NamedFormat.format(template.get(), args, locale);
  }

  /** The template of the key for the locale, falling back from English to the base bundle. */
  public Optional<String> template(String key, Locale locale) {
    Bundle bundle = Bundle.of(locale);
    String t = bundles.get(bundle).get(key);
    if (t == null && bundle != Bundle.BASE) {
      t = bundles.get(Bundle.BASE).get(key);
    }
    return Optional.ofNullable(t);
  }

  /** The keys of one bundle, in order. */
  public SortedSet<String> keys(Bundle bundle) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(bundles.get(bundle).keySet()));
  }

  /** The entries of one bundle exactly as stored, in key order. */
  public Map<String, String> entries(Bundle bundle) {
    return Collections.unmodifiableMap(new TreeMap<>(bundles.get(bundle)));
  }

  private static Map<String, String> load(String fileName) {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(FOLDER + fileName)) {
      if (in == null) {
        throw new IllegalStateException("message bundle missing from jingwei-impl: " + FOLDER + fileName);
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message bundle " + fileName, e);
    }
    Map<String, String> m = new TreeMap<>();
    for (String k : p.stringPropertyNames()) {
      m.put(k, p.getProperty(k));
    }
    return Collections.unmodifiableMap(m);
  }
}
