package io.jingwei.impl.io;

import io.jingwei.validation.Location;
import java.util.Objects;

/**
 * A record and where it was read (带位置的记录): a JSON Lines file and line, or the line where its element starts
 * in the single-document form.
 *
 * @param <T> the record type
 * @param value the record
 * @param location where it was read
 */
public record Located<T>(T value, Location location) {

  /** Checks both parts. */
  public Located {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(location, "location");
  }

  /** The record at the location. */
  public static <T> Located<T> of(T value, Location location) {
    return new Located<>(value, location);
  }
}
