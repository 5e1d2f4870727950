package io.jingwei.validation;

/**
 * The progress of a streaming validation (流式校验进度): how many member records and bytes of the members' source
 * ({@code members.jsonl}, or a spreadsheet's member sheet or CSV file) have gone by, out of how many bytes, and
 * since when. Handed to the listener of
 * {@link DatasetValidator#validateStreaming(java.nio.file.Path, java.util.function.Consumer)} (and of the
 * spreadsheet module's streaming validation) about every {@value #INTERVAL_RECORDS} records and once at the end.
 *
 * @param records the member records read so far (readable or not)
 * @param bytes the bytes of the members file read so far (a source that cannot tell, such as a workbook, gives 0)
 * @param totalBytes the size of the members file, 0 when unknown
 * @param elapsedNanos the time since the members file was opened, in nanoseconds
 * @param done whether the members file has been read to its end
 */
public record StreamingProgress(long records, long bytes, long totalBytes, long elapsedNanos, boolean done) {

  /** About how many records go by between two reports. */
  public static final int INTERVAL_RECORDS = 65_536;

  /** Checks that no figure is negative. */
  public StreamingProgress {
    if (records < 0 || bytes < 0 || totalBytes < 0 || elapsedNanos < 0) {
      throw new IllegalArgumentException("progress figures must not be negative");
    }
  }

  /** The records per second so far (记录/秒), 0 before any time has passed. */
  public double recordsPerSecond() {
    return elapsedNanos == 0 ? 0 : records * 1e9 / elapsedNanos;
  }

  /** The fraction of the file read, from 0 to 1, or 0 when its size is unknown. */
  public double fraction() {
    return totalBytes == 0 ? 0 : Math.min(1.0, (double) bytes / totalBytes);
  }
}
