package io.jingwei.xlsx.internal;

import java.util.Objects;

/**
 * A cell as read (单元格值): its text, and whether the workbook stored it as a number (then the text is the stored
 * number, {@code 4.50103199001011E17}) and whether its format shows a date.
 *
 * @param text the text or the stored number
 * @param numeric whether the workbook stored a number
 * @param dateFormatted whether the number's format is a date format
 */
public record CellValue(String text, boolean numeric, boolean dateFormatted) {

  /** Checks the text. */
  public CellValue {
    Objects.requireNonNull(text, "text");
  }

  /** A text cell (every CSV field). */
  public static CellValue text(String text) {
    return new CellValue(text, false, false);
  }

  /** A number cell. */
  public static CellValue number(String stored, boolean dateFormatted) {
    return new CellValue(stored, true, dateFormatted);
  }

  /** Whether the cell holds nothing but white space. */
  public boolean isBlank() {
    return text.isBlank();
  }
}
