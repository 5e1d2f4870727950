package io.jingwei.impl.io;

import io.jingwei.ref.EntityKind;
import io.jingwei.validation.Issue;

/** Receives what a {@link DatasetReader} reads, as it reads it (数据集读取接收器). */
public interface DatasetSink {

  /** The manifest, when it could be read. Called at most once. */
  default void manifest(DatasetManifest manifest) {}

  /** A record of a kind, in file order. */
  void record(EntityKind kind, Located<?> record);

  /** An issue, in reading order. */
  void issue(Issue issue);
}
