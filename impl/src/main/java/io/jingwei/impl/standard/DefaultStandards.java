package io.jingwei.impl.standard;

import io.jingwei.standard.Standard;
import io.jingwei.standard.Standards;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The registry of standards (标准注册表): the profiles shipped in {@code io/jingwei/impl/standards/} (listed, one
 * file name a line, in its {@code index}), merged with their parents once, and the loader of a platform's own
 * profile files. Immutable and thread-safe.
 *
 * <p>Resolving {@code extends}: a shipped profile names another shipped profile. A profile file loaded with
 * {@link #load(Path)} names a shipped profile or, when no shipped profile has the name, a file
 * {@code <name>.yaml}, {@code <name>.yml} or {@code <name>.json} in its own directory (which may extend in turn).
 * Cycles and unknown parents are errors naming the file.
 */
public final class DefaultStandards implements Standards {

  /** The resource folder of the shipped profiles. */
  public static final String FOLDER = "/io/jingwei/impl/standards/";

  private final Map<String, ProfileDocument> documents;
  private final Map<String, Standard> standards;

  private DefaultStandards(Map<String, ProfileDocument> documents) {
    this.documents = Collections.unmodifiableMap(new TreeMap<>(documents));
    Map<String, Standard> resolved = new TreeMap<>();
    for (ProfileDocument doc : this.documents.values()) {
      resolved.put(doc.name(), resolve(doc, this::shippedDocument, new ArrayDeque<>()));
    }
    this.standards = Collections.unmodifiableMap(resolved);
  }

  /** The registry of the standards shipped with jingwei-impl. */
  public static DefaultStandards shipped() {
    return ShippedHolder.SHIPPED;
  }

  /** Loads the shipped profiles on first use. */
  private static final class ShippedHolder {
    static final DefaultStandards SHIPPED = new DefaultStandards(loadShippedDocuments());
  }

  /**
   * A registry of the profiles given as texts, such as test profiles: each entry maps a file name (its
   * extension chooses YAML or JSON; it names the profile in error messages) to its text. Parents are resolved
   * among the given profiles only.
   *
   * @throws InvalidProfileException when a profile is invalid or two have the same name
   */
  public static DefaultStandards fromTexts(Map<String, String> files) {
    Map<String, ProfileDocument> docs = new LinkedHashMap<>();
    files.forEach(
        (fileName, text) -> {
          ProfileDocument d =
              ProfileParser.parse(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), fileName);
          if (docs.put(d.name(), d) != null) {
            throw new InvalidProfileException(fileName, "a second profile is named " + d.name());
          }
        });
    return new DefaultStandards(docs);
  }

  @Override
  public List<String> names() {
    return List.copyOf(standards.keySet());
  }

  @Override
  public Standard get(String name) {
    Standard s = standards.get(Objects.requireNonNull(name, "name"));
    if (s == null) {
      throw new IllegalArgumentException("No standard named '" + name + "'; shipped standards: " + names());
    }
    return s;
  }

  @Override
  public boolean contains(String name) {
    return standards.containsKey(name);
  }

  @Override
  public Standard load(Path file) {
    Objects.requireNonNull(file, "file");
    ProfileDocument doc = readFile(file.toAbsolutePath().normalize());
    return resolve(doc, parentFinder(), new ArrayDeque<>());
  }

  /** The shipped profile files by standard name, as written (before merging), for documentation. */
  Map<String, ProfileDocument> documents() {
    return documents;
  }

  private Optional<ProfileDocument> shippedDocument(ProfileDocument child) {
    return Optional.ofNullable(documents.get(Objects.requireNonNull(child.parent())));
  }

  private Function<ProfileDocument, Optional<ProfileDocument>> parentFinder() {
    return child -> {
      String parent = Objects.requireNonNull(child.parent());
      ProfileDocument shippedDoc = documents.get(parent);
      if (shippedDoc != null) {
        return Optional.of(shippedDoc);
      }
      if (child.origin().startsWith("classpath:")) {
        return Optional.empty();
      }
      Path dir = Path.of(child.origin()).getParent();
      for (String ext : List.of(".yaml", ".yml", ".json")) {
        Path candidate = dir == null ? Path.of(parent + ext) : dir.resolve(parent + ext);
        if (Files.isRegularFile(candidate)) {
          return Optional.of(readFile(candidate.toAbsolutePath().normalize()));
        }
      }
      return Optional.empty();
    };
  }

  private Standard resolve(
      ProfileDocument doc,
      Function<ProfileDocument, Optional<ProfileDocument>> finder,
      Deque<String> chain) {
    if (chain.contains(doc.origin())) {
      List<String> cycle = new ArrayList<>(chain);
      Collections.reverse(cycle);
      cycle.add(doc.origin());
      throw new InvalidProfileException(doc.origin(), "extends cycle: " + String.join(" -> ", cycle));
    }
    if (doc.parent() == null) {
      return ProfileMerger.merge(null, doc);
    }
    ProfileDocument parentDoc =
        finder
            .apply(doc)
            .orElseThrow(
                () ->
                    new InvalidProfileException(
                        doc.origin(),
                        "extends unknown standard '" + doc.parent() + "'; shipped standards: " + documents.keySet()));
    chain.push(doc.origin());
    try {
      return ProfileMerger.merge(resolve(parentDoc, finder, chain), doc);
    } finally {
      chain.pop();
    }
  }

  private static ProfileDocument readFile(Path file) {
    if (Files.isDirectory(file)) {
      throw new UncheckedIOException("cannot read profile " + file, new IOException("is a directory"));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return ProfileParser.parse(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read profile " + file, e);
    }
  }

  private static Map<String, ProfileDocument> loadShippedDocuments() {
    Map<String, ProfileDocument> docs = new LinkedHashMap<>();
    for (String fileName : shippedFileNames()) {
      String origin = "classpath:" + FOLDER + fileName;
      byte[] source;
      try (InputStream in = DefaultStandards.class.getResourceAsStream(FOLDER + fileName)) {
        if (in == null) {
          throw new IllegalStateException("shipped profile listed in the index is missing: " + origin);
        }
        source = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + origin, e);
      }
      ProfileDocument d = CompiledProfiles.read(fileName, source, origin);
      if (d == null) {
        d = ProfileParser.parse(new java.io.ByteArrayInputStream(source), origin);
      }
      if (docs.put(d.name(), d) != null) {
        throw new InvalidProfileException(origin, "a second shipped profile is named " + d.name());
      }
    }
    return docs;
  }

  /** The file names listed in the shipped index, in order; blank lines and {@code #} comments skipped. */
  static List<String> shippedFileNames() {
    InputStream in = DefaultStandards.class.getResourceAsStream(FOLDER + "index");
    if (in == null) {
      throw new IllegalStateException("the index of shipped profiles is missing: " + FOLDER + "index");
    }
    try {
      return fileNames(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index of shipped profiles", e);
    }
  }

  /** The file names an index lists, in order; blank lines and {@code #} comments skipped. Closes the stream. */
  static List<String> fileNames(InputStream index) throws IOException {
    List<String> names = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          names.add(t);
        }
      }
    }
    return names;
  }
}
