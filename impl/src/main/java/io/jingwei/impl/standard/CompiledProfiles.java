package io.jingwei.impl.standard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The compiled form of the shipped profiles (编译后的标准文件): each shipped YAML profile as JSON, written into the
 * build's classes by the build ({@code impl/pom.xml}, phase {@code process-classes}) and read in its place, because
 * the YAML parser's start-up and its slower parsing cost a cold JVM about 0.16 s more (the registry loads in 0.42 s
 * instead of 0.58 s, most of the rest Jackson's own first use, which a validation pays anyway; BENCHMARKS.md, session
 * 11). The YAML stays the source: the compiled file records the length and CRC-32 of the
 * YAML it was made from, and a compiled file that does not match the YAML beside it (a profile edited and not
 * rebuilt, say in an IDE), that is missing or that cannot be read is passed over for the YAML.
 *
 * <p>A compiled file, {@code compiled/<file name>.json} in the shipped folder:
 *
 * <pre>{@code {"format":"jingwei-compiled-standard/1","source":"national.yaml","sourceLength":113831,
 *  "sourceCrc32":1234567890,"profile":{ …the YAML's tree… }}}</pre>
 *
 * <p>{@link #main} is the build step; it reads every profile strictly first, so that a shipped profile with an
 * error fails the build naming the YAML file and the place.
 */
public final class CompiledProfiles {

  /** The logger, made on first use: the build step runs without a logging provider. */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(CompiledProfiles.class);
  }

  /** The value of a compiled file's {@code format} key. */
  static final String FORMAT = "jingwei-compiled-standard/1";

  /** The sub-folder of the shipped folder that holds the compiled files. */
  static final String SUBFOLDER = "compiled/";

  private CompiledProfiles() {}

  /** The resource name of the compiled form of a shipped profile file. */
  static String resource(String fileName) {
    return DefaultStandards.FOLDER + SUBFOLDER + fileName + ".json";
  }

  /**
   * The shipped profile read from its compiled form, or null when there is none that matches the source (then
   * the caller reads the YAML).
   *
   * @param fileName the shipped file's name, as the index lists it
   * @param source the bytes of the shipped file
   * @param origin where the profile comes from, for error messages (the YAML's: it is the source)
   * @throws InvalidProfileException when the compiled profile, matching its source, is invalid (as the source is)
   */
  static @Nullable ProfileDocument read(String fileName, byte[] source, String origin) {
    JsonNode root;
    try (InputStream in = CompiledProfiles.class.getResourceAsStream(resource(fileName))) {
      if (in == null) {
        Log.LOG.debug("no compiled form of {}; reading the source", origin);
        return null;
      }
      root = ProfileParser.json().readTree(in);
    } catch (IOException | JacksonException e) {
      Log.LOG.warn("cannot read the compiled form of {}; reading the source: {}", origin, e.toString());
      return null;
    }
    if (!matches(root, fileName, source)) {
      Log.LOG.debug("the compiled form of {} was made from another version of it; reading the source", origin);
      return null;
    }
    return ProfileParser.parse(root.get("profile"), origin);
  }

  /** Whether the compiled file is of this format and was made from exactly these source bytes. */
  static boolean matches(@Nullable JsonNode root, String fileName, byte[] source) {
    return root != null
        && root.isObject()
        && FORMAT.equals(text(root.get("format")))
        && fileName.equals(text(root.get("source")))
        && root.path("sourceLength").isIntegralNumber()
        && root.path("sourceLength").asLong() == source.length
        && root.path("sourceCrc32").isIntegralNumber()
        && root.path("sourceCrc32").asLong() == crc32(source)
        && root.path("profile").isObject();
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    return node != null && node.isString() ? node.asString() : null;
  }

  /** The CRC-32 of the bytes. */
  static long crc32(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }

  /**
   * The compiled form of a profile file: its tree, checked as a profile, in the compiled file's envelope.
   *
   * @param fileName the file's name, as the index lists it
   * @param source the file's bytes
   * @param origin where it is, for error messages (its extension chooses YAML or JSON)
   * @throws InvalidProfileException when the profile is invalid
   */
  static byte[] compile(String fileName, byte[] source, String origin) {
    JsonNode tree = ProfileParser.tree(new java.io.ByteArrayInputStream(source), origin);
    ProfileParser.parse(tree, origin);
    ObjectNode envelope = ProfileParser.json().createObjectNode();
    envelope.put("format", FORMAT);
    envelope.put("source", fileName);
    envelope.put("sourceLength", source.length);
    envelope.put("sourceCrc32", crc32(source));
    envelope.set("profile", tree);
    return ProfileParser.json().writeValueAsBytes(envelope);
  }

  /**
   * The build step: compiles every profile the shipped index lists in the given classes directory, writing
   * {@code compiled/<file name>.json} beside them.
   *
   * @param args the classes directory (the build's {@code target/classes})
   * @throws InvalidProfileException when a shipped profile is invalid
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CompiledProfiles <classes directory>");
    }
    Path folder = Path.of(args[0], DefaultStandards.FOLDER.substring(1));
    try {
      List<String> names = DefaultStandards.fileNames(Files.newInputStream(folder.resolve("index")));
      Path out = folder.resolve(SUBFOLDER);
      Files.createDirectories(out);
      for (String name : names) {
        Path file = folder.resolve(name);
        Files.write(out.resolve(name + ".json"), compile(name, Files.readAllBytes(file), file.toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compile the shipped profiles in " + folder, e);
    }
  }
}
