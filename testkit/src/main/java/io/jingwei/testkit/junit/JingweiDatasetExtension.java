package io.jingwei.testkit.junit;

import io.jingwei.dataset.CityDataset;
import io.jingwei.testkit.CityReader;
import io.jingwei.testkit.DatasetValidation;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link JingweiDataset} parameters (数据集参数解析). Registered by the annotation; it may also be
 * registered with {@code @ExtendWith}. Datasets and reports are kept in the root context's store, so a test run
 * reads and validates each (path, standard, date) once.
 */
public final class JingweiDatasetExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(JingweiDatasetExtension.class);
  private static final Set<Class<?>> TYPES = Set.of(CityDataset.class, ValidationReport.class, Path.class);

  /** The extension. */
  public JingweiDatasetExtension() {}

  private record Key(Class<?> type, Path path, String standard, String asOf) {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.isAnnotated(JingweiDataset.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    JingweiDataset spec =
        parameter
            .findAnnotation(JingweiDataset.class)
            .orElseThrow(() -> new ParameterResolutionException("no @JingweiDataset"));
    Class<?> type = parameter.getParameter().getType();
    if (!TYPES.contains(type)) {
      throw new ParameterResolutionException(
          "@JingweiDataset cannot inject a " + type.getName() + ": declare the parameter as CityDataset,"
              + " ValidationReport or Path");
    }
    Path path = resolve(spec.value(), context);
    if (type == Path.class) {
      return path;
    }
    LocalDate asOf = parseDate(spec.asOf());
    Key key = new Key(type, path, spec.standard(), spec.asOf());
    ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
    try {
      return type.cast(store.getOrComputeIfAbsent(key, k -> load(key, asOf)));
    } catch (RuntimeException e) {
      if (e instanceof ParameterResolutionException p) {
        throw p;
      }
      throw new ParameterResolutionException(
          "@JingweiDataset(\"" + spec.value() + "\"): " + e.getMessage(), e);
    }
  }

  private static Object load(Key key, @Nullable LocalDate asOf) {
    if (key.type() == CityDataset.class) {
      return CityReader.read(key.path());
    }
    return DatasetValidation.validate(
        key.path(),
        key.standard().isBlank() ? null : DatasetValidation.standard(key.standard()),
        asOf,
        ValidationOptions.DEFAULT_LOCALE);
  }

  /** The dataset's path: relative to the working directory, else a class-path resource on the file system. */
  static Path resolve(String value, ExtensionContext context) {
    if (value.isBlank()) {
      throw new ParameterResolutionException("@JingweiDataset needs a path");
    }
    Path path = Path.of(value);
    if (Files.exists(path)) {
      return path.toAbsolutePath().normalize();
    }
    ClassLoader loader =
        context.getTestClass().map(Class::getClassLoader).orElse(Thread.currentThread().getContextClassLoader());
    URL url = loader == null ? null : loader.getResource(value.startsWith("/") ? value.substring(1) : value);
    if (url != null && "file".equals(url.getProtocol())) {
      try {
        return Path.of(url.toURI());
      } catch (URISyntaxException e) {
        // fall through to the error below
      }
    }
    throw new ParameterResolutionException(
        "@JingweiDataset(\"" + value + "\"): no such dataset: " + path.toAbsolutePath().normalize()
            + " (nor a class-path resource of that name)");
  }

  private static @Nullable LocalDate parseDate(String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new ParameterResolutionException("@JingweiDataset: asOf must be an ISO date (2026-06-30): " + text, e);
    }
  }
}
