package io.jingwei.cli;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.ValidationInput;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A dataset read from disk (已读取的数据集): the engine's input (records with their file and line, read issues,
 * unreadable counts), the typed dataset of the readable records, and what its manifest says.
 *
 * @param path the directory or file read
 * @param input the validation input
 * @param dataset the readable records
 * @param manifestStandard the standard the manifest names, if any
 * @param extractedOn the extraction date the manifest gives, if any
 * @param spreadsheet what was read when the path held spreadsheets (XLSX, CSV), else null
 */
record LoadedDataset(
    Path path,
    ValidationInput input,
    CityDataset dataset,
    @Nullable String manifestStandard,
    @Nullable LocalDate extractedOn,
    io.jingwei.xlsx.@Nullable SpreadsheetRead spreadsheet) {

  /** The standard the manifest names. */
  Optional<String> standardName() {
    return Optional.ofNullable(manifestStandard);
  }
}
