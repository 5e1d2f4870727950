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
        .add(new io.jingwei.impl.rules.person.IdBirthDateCheck())
        .add(new io.jingwei.impl.rules.person.IdSexCheck())
        .add(new io.jingwei.impl.rules.person.BirthDateInFutureCheck())
        .add(new io.jingwei.impl.rules.member.AppliedUnderAgeCheck())
        .add(new io.jingwei.impl.rules.member.TimelineOrderCheck())
        .add(new io.jingwei.impl.rules.member.TalkDeadlineCheck())
        .add(new io.jingwei.impl.rules.member.ActivistPeriodCheck())
        .add(new io.jingwei.impl.rules.member.IntroducerCountCheck())
        .add(new io.jingwei.impl.rules.member.IntroducerFullCheck())
        .add(new io.jingwei.impl.rules.member.ApprovalDeadlineCheck())
        .add(new io.jingwei.impl.rules.member.ConversionDateCheck())
        .add(new io.jingwei.impl.rules.member.ExtensionRangeCheck())
        .add(new io.jingwei.impl.rules.member.ProbationOverdueCheck())
        .add(new io.jingwei.impl.rules.member.StatusTimelineCheck())
        .add(new io.jingwei.impl.rules.member.OrganizationTypeCheck())
        .add(new io.jingwei.impl.rules.member.PartyGroupCheck())
        .add(new io.jingwei.impl.rules.member.TransferDueCheck())
        .add(new io.jingwei.impl.rules.member.LostContactCheck())
        .add(new io.jingwei.impl.rules.member.DuesLapsedCheck())
        .add(new io.jingwei.impl.rules.organization.OfficerFullCheck())
        .add(new io.jingwei.impl.rules.organization.SecretaryStandingCheck())
        .add(new io.jingwei.impl.rules.organization.TermYearsCheck())
        .add(new io.jingwei.impl.rules.organization.TermEndCheck())
        .add(new io.jingwei.impl.rules.organization.OrganizationDatesCheck())
        .add(new io.jingwei.impl.rules.worker.GradeRangeCheck())
        .add(new io.jingwei.impl.rules.worker.GradePostRangeCheck())
        .add(new io.jingwei.impl.rules.servicecenter.AreaPerHouseholdsCheck())
        .add(new io.jingwei.impl.rules.servicecenter.MinAreaCheck())
        .add(new io.jingwei.impl.rules.servicecenter.NewCompoundAreaCheck())
        .add(new io.jingwei.impl.rules.servicecenter.MissingAreaCheck())
        .add(io.jingwei.impl.rules.servicecenter.RequiredItemsCheck.rooms())
        .add(io.jingwei.impl.rules.servicecenter.RequiredItemsCheck.signs())
        .add(io.jingwei.impl.rules.servicecenter.RequiredItemsCheck.checklist())
        .add(new io.jingwei.impl.rules.meeting.FixedDaysCheck())
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
