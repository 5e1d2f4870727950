package io.jingwei.benchmarks;

import io.jingwei.ref.EntityKind;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Location;
import io.jingwei.xlsx.Column;
import io.jingwei.xlsx.ColumnCatalogue;
import io.jingwei.xlsx.SheetSpec;
import io.jingwei.xlsx.SpreadsheetOptions;
import io.jingwei.xlsx.SpreadsheetSink;
import io.jingwei.xlsx.Spreadsheets;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The whole-process spreadsheet benchmark (表格读取基准): {@code write FILE ROWS} writes a member sheet of ROWS rows
 * (SXSSF, inline strings, as Jingwei's own writer does), {@code read FILE} streams it through
 * {@code Spreadsheets.read(path, options, sink)} — every row bound to a {@code PartyMember} by the engine's binder —
 * and prints a {@code RESULT} line: rows, records, issues, seconds, rows per second, peak heap.
 */
public final class SpreadsheetProcess {

  private SpreadsheetProcess() {}

  /** Runs a mode. */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[1]);
    switch (args[0]) {
      case "write" -> write(file, Long.parseLong(args[2]));
      case "read" -> read(file);
      default -> throw new IllegalArgumentException("mode: write or read");
    }
  }

  private static final String[] PATHS = {
    "/id", "/name", "/sex", "/birthDate", "/ethnicity", "/idNumber", "/phone", "/education", "/status",
    "/organization", "/timeline/appliedOn", "/timeline/admittedOn", "/timeline/convertedOn", "/address"
  };

  private static void write(Path file, long rows) throws Exception {
    SheetSpec spec = ColumnCatalogue.standard().sheet(EntityKind.MEMBER);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Random random = new Random(1);
    String[] surnames = {"张", "王", "李", "刘", "陈", "黄", "韦", "覃", "梁", "蒙"};
    String[] given = {"伟", "芳", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰"};
    try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, false);
        OutputStream out = Files.newOutputStream(file)) {
      var sheet = wb.createSheet(spec.sheetName());
      var header = sheet.createRow(0);
      for (int i = 0; i < PATHS.length; i++) {
        Column c = spec.column(PATHS[i]).orElseThrow();
        header.createCell(i).setCellValue(c.header());
      }
      for (long r = 1; r <= rows; r++) {
        var row = sheet.createRow((int) r);
        int year = 1950 + random.nextInt(50);
        String birth = year + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
        String[] v = {
          "M" + r,
          surnames[random.nextInt(surnames.length)] + given[random.nextInt(given.length)]
              + given[random.nextInt(given.length)],
          random.nextBoolean() ? "男" : "女",
          birth,
          random.nextInt(3) == 0 ? "壮族" : "汉族",
          idNumber(birth, random),
          "1" + (30 + random.nextInt(70)) + String.format("%08d", random.nextInt(100_000_000)),
          "大学本科",
          random.nextInt(10) == 0 ? "预备党员" : "正式党员",
          "O-" + (1 + random.nextInt(5000)),
          (year + 20) + "年3月",
          (year + 22) + "/7/1",
          (year + 23) + ".7.1",
          "南宁市青秀区某某路" + random.nextInt(1000) + "号",
        };
        for (int i = 0; i < v.length; i++) {
          row.createCell(i).setCellValue(v[i]);
        }
      }
      wb.write(out);
    }
    System.out.println("wrote " + rows + " rows to " + file + " (" + Files.size(file) / (1 << 20) + " MB)");
  }

  /** A valid ID number (GB 11643) for the birth date. */
  private static String idNumber(String birth, Random random) {
    String body = "450103" + birth.replace("-", "") + String.format("%03d", random.nextInt(1000));
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * w[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  private static void read(Path file) {
    long[] counts = new long[2];
    long start = System.nanoTime();
    Spreadsheets.read(
        file,
        SpreadsheetOptions.builder().maxRows(Long.MAX_VALUE).build(),
        new SpreadsheetSink() {
          @Override
          public void record(EntityKind kind, Object record, Location location) {
            counts[0]++;
          }

          @Override
          public void issue(Issue issue) {
            counts[1]++;
          }
        });
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
    for (MemoryPoolMXBean p : pools) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "RESULT mode=xlsx-read records=%d issues=%d seconds=%.1f rowsPerSecond=%.0f peakHeapMB=%d maxHeapMB=%d%n",
        counts[0], counts[1], seconds, counts[0] / seconds, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }
}
