package io.jingwei.impl.engine;

/**
 * The list of the engine's checks (内置检查). Each rule family adds its checks here, one line each.
 */
final class BuiltInChecks {
  private BuiltInChecks() {}

  static CheckRegistry registry() {
    return CheckRegistry.builder()
        // field layer
        .add(new FieldConstraintCheck())
        // record layer (persons, members, organizations, workers, service centres, meetings)

        // end of record layer
        // reference and structure layers

        // end of reference and structure layers
        // metrics layer
        .add(new io.jingwei.impl.metrics.CoverageMinimumCheck())
        .add(new io.jingwei.impl.metrics.DatasetMetricsCheck())

        // end of metrics layer
        .build();
  }
}
