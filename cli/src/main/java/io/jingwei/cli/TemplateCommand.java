package io.jingwei.cli;

import io.jingwei.ref.EntityKind;
import io.jingwei.xlsx.ColumnCatalogue;
import io.jingwei.xlsx.Spreadsheets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jingwei template}: writes a blank 台账 template (空白台账模板). */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a blank 台账 template (空白台账模板): a sheet per kind with its headers (required ones marked *),"
          + " drop-down lists (性别, 党员类别, 组织类别 …), text format for codes and dates, and a 填写说明 sheet.",
      "KIND is a kind (members, organizations …, MEMBER, or its Chinese name 党员, 党组织 …) or `all`."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:written", "2:usage error or unwritable output (an existing OUT without --force)"})
final class TemplateCommand implements Callable<Integer> {

  private final CliContext context;

  @Parameters(index = "0", paramLabel = "KIND", description = "the kind, or all")
  String kind = "";

  @Option(names = "--out", paramLabel = "FILE", description = "the workbook to write; default: <中文名>台账模板.xlsx")
  @Nullable Path out;

  @Option(names = "--force", description = "overwrite an existing FILE")
  boolean force;

  TemplateCommand(CliContext context) {
    this.context = context;
  }

  /** The kind a name stands for: a collection, constant or Chinese sheet name. */
  static Optional<EntityKind> kindOf(String name) {
    for (EntityKind k : EntityKind.values()) {
      if (k.name().equalsIgnoreCase(name) || k.collectionName().equalsIgnoreCase(name)) {
        return Optional.of(k);
      }
    }
    return ColumnCatalogue.standard().kindOfName(name);
  }

  @Override
  public Integer call() {
    Lang lang = new Lang(Locale.SIMPLIFIED_CHINESE);
    List<EntityKind> kinds = new ArrayList<>();
    String stem;
    if (kind.equalsIgnoreCase("all")) {
      kinds.addAll(List.of(EntityKind.values()));
      stem = "经纬";
    } else {
      EntityKind k =
          kindOf(kind).orElseThrow(() -> new UsageException(lang.t("没有这个数据类别：", "no such kind: ") + kind));
      kinds.add(k);
      stem = ColumnCatalogue.standard().sheet(k).sheetName();
    }
    Path target = context.resolve(out != null ? out : Path.of(stem + "台账模板.xlsx"));
    if (Files.exists(target) && !force) {
      throw new UsageException(lang.t("文件已存在（用 --force 覆盖）：", "the file exists (use --force): ") + target);
    }
    try {
      Path parent = target.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream o = Files.newOutputStream(target)) {
        Spreadsheets.writeTemplate(kinds, o);
      }
    } catch (IOException e) {
      throw new UsageException(lang.t("无法写出模板：", "cannot write the template: ") + e.getMessage(), e);
    }
    context.out().println(target);
    return JingweiCommand.OK;
  }
}
