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
        .add(new io.jingwei.impl.rules.reference.ReferenceCheck())
        .add(new io.jingwei.impl.rules.duplicate.DuplicateIdCheck())
        .add(new io.jingwei.impl.rules.duplicate.DuplicateValueCheck())
        .add(new io.jingwei.impl.rules.division.DivisionCodeCheck())
        .add(new io.jingwei.impl.rules.structure.OrganizationCycleCheck())
        .add(new io.jingwei.impl.rules.structure.OrganizationParentTypeCheck())
        .add(new io.jingwei.impl.rules.structure.OrganizationDivisionCheck())
        .add(new io.jingwei.impl.rules.structure.OrganizationSizeCheck())
        .add(new io.jingwei.impl.rules.structure.CoveredUnitsCheck())
        .add(new io.jingwei.impl.rules.structure.BranchCommitteeCheck())
        .add(new io.jingwei.impl.rules.structure.TemporaryBranchCheck())
        .add(new io.jingwei.impl.rules.structure.ElectionTermCheck())
        .add(new io.jingwei.impl.rules.grid.GridPartyOrganizationCheck())
        .add(new io.jingwei.impl.rules.grid.GridCommunityCodeCheck())
        .add(new io.jingwei.impl.rules.grid.GridWorkerCountCheck())
        .add(new io.jingwei.impl.rules.grid.GridHouseholdsCheck())

        // end of reference and structure layers
        // metrics layer
        .add(new io.jingwei.impl.metrics.CoverageMinimumCheck())
        .add(new io.jingwei.impl.metrics.DatasetMetricsCheck())

        // end of metrics layer
        .build();
  }
}
