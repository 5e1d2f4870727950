package io.jingwei.cli;

import io.jingwei.dataset.CityDataset;
import io.jingwei.ref.EntityKind;
import io.jingwei.testkit.CityGenerator;
import io.jingwei.testkit.CityPreset;
import io.jingwei.testkit.CityWriter;
import io.jingwei.testkit.DefectInjector;
import io.jingwei.testkit.ExpectedFinding;
import io.jingwei.testkit.InjectedCity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code jingwei generate}: writes a synthetic city (生成合成城市) made by the testkit's {@link CityGenerator},
 * optionally with defects injected by {@link DefectInjector} and their ground-truth manifest.
 *
 * <p>The manifest ({@value #MANIFEST_FORMAT}) is a JSON object: {@code format}, {@code preset}, {@code seed},
 * {@code asOf}, {@code standard}, {@code defectRate}, {@code defects} and {@code findings}, an array of
 * {@code {"code", "entity": {"kind", "id"}, "path", "injector"}} — exactly the ERROR and WARNING issues that
 * validating the written city against {@code standard} as of {@code asOf} must report. It is written beside the
 * dataset, never inside a dataset directory (the reader would report it as an unknown file).
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a synthetic city (生成合成城市; fictitious persons, Nanning's real division codes) as a dataset"
          + " directory (dataset.json + *.jsonl) or one JSON document, clean under nanning-2021 as of --as-of;"
          + " with --defect-rate, with defects injected and their ground-truth manifest (code, entity, path of"
          + " every expected ERROR/WARNING issue) written as JSON beside it.",
      "Prints one line to stdout: what was written (records per kind, defects, manifest).",
      "Example: jingwei generate /tmp/city --preset nanning@0.05 --defect-rate 0.01 && jingwei validate /tmp/city"
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the city (and manifest) was written",
      "2:usage error, OUT not empty without --force, or a file cannot be written"
    })
final class GenerateCommand implements Callable<Integer> {

  /** The {@code format} of the ground-truth manifest. */
  static final String MANIFEST_FORMAT = "jingwei-expected-issues/1";

  /** The suffix of the default manifest's name: {@code OUT-expected-issues.json}. */
  static final String MANIFEST_SUFFIX = "-expected-issues.json";

  /** The manifest's writer, made when a manifest is written (not when the command line is set up). */
  private static final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  }

  /** The form of the written dataset. */
  enum Form {
    /** A directory of JSON Lines files with its {@code dataset.json}. */
    directory,
    /** One JSON document. */
    document
  }

  private final CliContext context;

  @Parameters(
      index = "0",
      paramLabel = "OUT",
      description = "the dataset directory to write (--form directory), or the JSON file (--form document)")
  Path out = Path.of("");

  @Option(
      names = "--preset",
      paramLabel = "PRESET",
      defaultValue = "tiny",
      converter = PresetConverter.class,
      description = "tiny (1 district, 4 communities, ~200 members), nanning (the seed article's counts: 260"
          + " communities, 6,764 grids, ~120,000 members) or either scaled, e.g. nanning@0.05 (default:"
          + " ${DEFAULT-VALUE})")
  CityPreset preset = CityPreset.tiny();

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "the random seed (default: ${DEFAULT-VALUE})")
  long seed = 1;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "the as-of date (YYYY-MM-DD) at which the city is clean, also its extractedOn (default: "
          + "2022-06-30)")
  @Nullable LocalDate asOf;

  @Option(
      names = "--defect-rate",
      paramLabel = "R",
      description = "inject defects into about R × the records, R in [0, 1] (default: none), and write the manifest")
  @Nullable Double defectRate;

  @Option(
      names = "--form",
      paramLabel = "FORM",
      defaultValue = "directory",
      description = "directory or document (default: ${DEFAULT-VALUE})")
  Form form = Form.directory;

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description = "where to write the ground-truth manifest (default with --defect-rate: OUT"
          + MANIFEST_SUFFIX + " beside OUT, a .json extension of OUT dropped); never inside the dataset directory")
  @Nullable Path manifest;

  @Option(names = "--force", description = "overwrite a non-empty OUT directory, an existing OUT file or manifest")
  boolean force;

  @Mixin LocaleOption localeOption = new LocaleOption();

  GenerateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Lang lang = new Lang(localeOption.locale);
    double rate = defectRate == null ? 0 : defectRate;
    if (!(rate >= 0 && rate <= 1)) {
      throw new UsageException(lang.t("--defect-rate 须在 0 到 1 之间：", "--defect-rate must be in [0, 1]: ") + rate);
    }
    Path target = context.resolve(out);
    checkTarget(target, lang);
    @Nullable Path manifestFile = manifest != null || rate > 0 ? manifestFile(target, lang) : null;

    CityGenerator generator = CityGenerator.of(preset, seed);
    if (asOf != null) {
      generator = generator.withAsOf(asOf);
    }
    CityDataset city = generator.generate();
    InjectedCity injected =
        rate > 0 ? DefectInjector.of(seed).inject(city, generator.asOf(), rate) : new InjectedCity(city, List.of(), 0);
    try {
      if (form == Form.directory) {
        CityWriter.writeDirectory(injected.dataset(), target);
      } else {
        Path parent = target.getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        CityWriter.writeDocument(injected.dataset(), target);
      }
    } catch (IOException | RuntimeException e) {
      throw new UsageException(lang.t("无法写入 ", "cannot write ") + target + ": " + e.getMessage(), e);
    }
    if (form == Form.directory) {
      warnAboutStrangers(target, lang);
    }
    if (manifestFile != null) {
      writeManifest(manifestFile, generator, rate, injected, lang);
    }
    context.out().println(summary(lang, generator, target, injected, manifestFile));
    return JingweiCommand.OK;
  }

  /** Refuses an OUT of the wrong type, or one with content unless {@code --force}. */
  private void checkTarget(Path target, Lang lang) {
    if (!Files.exists(target)) {
      return;
    }
    if (form == Form.directory) {
      if (!Files.isDirectory(target)) {
        throw new UsageException(lang.t("不是目录：", "not a directory: ") + target);
      }
      if (!force && !isEmptyDirectory(target, lang)) {
        throw new UsageException(
            lang.t("目录非空（用 --force 覆盖）：", "directory not empty (use --force to overwrite): ") + target);
      }
    } else {
      if (Files.isDirectory(target)) {
        throw new UsageException(
            lang.t("是目录（--form document 写一个文件）：", "is a directory (--form document writes a file): ") + target);
      }
      if (!force && size(target) > 0) {
        throw new UsageException(lang.t("文件已存在（用 --force 覆盖）：", "file exists (use --force to overwrite): ") + target);
      }
    }
  }

  /** The manifest's path: given, or {@code OUT-expected-issues.json} beside OUT; checked. */
  private Path manifestFile(Path target, Lang lang) {
    Path file;
    if (manifest != null) {
      file = context.resolve(manifest);
    } else {
      Path name = target.getFileName();
      if (name == null) {
        throw new UsageException(lang.t("请用 --manifest 指定清单文件", "give the manifest file with --manifest"));
      }
      String base = name.toString();
      if (form == Form.document && base.toLowerCase(Locale.ROOT).endsWith(".json")) {
        base = base.substring(0, base.length() - ".json".length());
      }
      file = target.resolveSibling(base + MANIFEST_SUFFIX);
    }
    if (form == Form.directory && file.startsWith(target)) {
      throw new UsageException(
          lang.t(
              "清单不能写在数据集目录内（读取时会报告为未知文件）：",
              "the manifest must not be inside the dataset directory (it would be reported as an unknown file): ")
              + file);
    }
    if (file.equals(target)) {
      throw new UsageException(lang.t("清单与数据集是同一文件：", "the manifest is the dataset file: ") + file);
    }
    if (Files.isDirectory(file)) {
      throw new UsageException(lang.t("清单路径是目录：", "the manifest path is a directory: ") + file);
    }
    if (!force && Files.exists(file) && size(file) > 0) {
      throw new UsageException(
          lang.t("清单文件已存在（用 --force 覆盖）：", "manifest file exists (use --force to overwrite): ") + file);
    }
    return file;
  }

  private void writeManifest(Path file, CityGenerator generator, double rate, InjectedCity injected, Lang lang) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", MANIFEST_FORMAT);
    root.put("preset", generator.preset().name());
    root.put("seed", generator.seed());
    root.put("asOf", generator.asOf().toString());
    root.put("standard", CityGenerator.STANDARD);
    root.put("defectRate", rate);
    root.put("defects", injected.defects());
    List<Map<String, Object>> findings = new ArrayList<>();
    for (ExpectedFinding f : injected.manifest()) {
      Map<String, Object> entity = new LinkedHashMap<>();
      entity.put("kind", f.entity().kind().name());
      entity.put("id", f.entity().id());
      Map<String, Object> finding = new LinkedHashMap<>();
      finding.put("code", f.code());
      finding.put("entity", entity);
      finding.put("path", f.path());
      finding.put("injector", f.injector());
      findings.add(finding);
    }
    root.put("findings", findings);
    try {
      Path parent = file.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, Json.MAPPER.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new UsageException(lang.t("无法写入 ", "cannot write ") + file + ": " + e.getMessage(), e);
    }
  }

  /** One line: the preset, seed and date, where, the records per kind, and the defects and manifest. */
  private String summary(
      Lang lang, CityGenerator generator, Path target, InjectedCity injected, @Nullable Path manifestFile) {
    List<String> counts = new ArrayList<>();
    for (EntityKind kind : EntityKind.values()) {
      counts.add(kind.collectionName() + " " + injected.dataset().size(kind));
    }
    StringBuilder line = new StringBuilder();
    line.append(
        lang.t(
            "已生成 " + generator.preset().name() + "（种子 " + generator.seed() + "，截至 " + generator.asOf() + "）→ ",
            "generated " + generator.preset().name() + " (seed " + generator.seed() + ", as of " + generator.asOf()
                + ") → "));
    line.append(target).append(lang.t("：", ": ")).append(String.join(", ", counts));
    if (manifestFile != null) {
      line.append(
          lang.t(
              "；注入缺陷 " + injected.defects() + " 个，预期问题 " + injected.manifest().size() + " 条 → ",
              "; " + injected.defects() + " defects injected, " + injected.manifest().size()
                  + " expected issues → "));
      line.append(manifestFile);
    }
    return line.toString();
  }

  /** Warns (stderr) about files a forced overwrite left in the directory: the reader will report them. */
  private void warnAboutStrangers(Path dir, Lang lang) {
    List<String> known = new ArrayList<>();
    known.add("dataset.json");
    for (EntityKind kind : EntityKind.values()) {
      known.add(kind.collectionName() + ".jsonl");
    }
    try (Stream<Path> entries = Files.list(dir)) {
      List<String> strangers =
          entries.map(p -> p.getFileName().toString())
              .filter(n -> !n.startsWith(".") && !known.contains(n))
              .sorted()
              .toList();
      if (!strangers.isEmpty()) {
        context.err().println(
            lang.t("jingwei: 警告：目录中留有其他文件，校验时将报告为未知文件：",
                    "jingwei: warning: other files remain in the directory and will be reported as unknown: ")
                + String.join(", ", strangers));
      }
    } catch (IOException e) {
      throw new UsageException(lang.t("无法读取 ", "cannot read ") + dir + ": " + e.getMessage(), e);
    }
  }

  private static boolean isEmptyDirectory(Path dir, Lang lang) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UsageException(lang.t("无法读取 ", "cannot read ") + dir + ": " + e.getMessage(), e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 1;
    }
  }

  /** Reads {@code --preset}: {@code tiny}, {@code nanning}, optionally {@code @factor}. */
  static final class PresetConverter implements ITypeConverter<CityPreset> {
    @Override
    public CityPreset convert(String value) {
      try {
        return CityPreset.named(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "'" + value + "' is not tiny, nanning or one of them scaled (nanning@0.05): " + e.getMessage());
      }
    }
  }
}
