package io.jingwei.examples;

import io.jingwei.Jingwei;
import io.jingwei.dataset.CityDataset;
import io.jingwei.id.ResidentIdNumber;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.member.RecruitmentTimeline;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.person.Sex;
import io.jingwei.ref.OrganizationId;
import io.jingwei.time.PartialDate;
import io.jingwei.validation.DatasetValidator;
import io.jingwei.validation.Issue;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The README's embedding quick start as a program (嵌入示例): a platform builds records it already holds with the
 * model's builders, validates them with a shared validator, and reads the issues — code, record, JSON Pointer and
 * a localized message with personal data masked.
 */
public final class EmbeddingQuickStart {
  private EmbeddingQuickStart() {}

  /** Runs the example. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to the stream, and returns the report. */
  public static ValidationReport run(PrintStream out) {
    // One validator per standard and options; immutable and thread-safe: share it.
    DatasetValidator validator =
        Jingwei.validator(
            ValidationOptions.builder().standard("national").asOf(LocalDate.of(2026, 6, 30)).build());

    OrganizationId committee = OrganizationId.of("o0");
    OrganizationId branch = OrganizationId.of("o1");
    CityDataset city =
        CityDataset.builder()
            .add(
                PartyOrganization.builder()
                    .id(committee)
                    .name("中共南宁市某某区委员会")
                    .type(OrganizationType.LOCAL_COMMITTEE)
                    .build())
            .add(
                PartyOrganization.builder()
                    .id(branch)
                    .name("中共某某社区第一支部委员会")
                    .type(OrganizationType.BRANCH)
                    .parent(committee)
                    .build())
            .add(
                // made a candidate (发展对象) eight months after becoming an activist: needs a year
                PartyMember.builder()
                    .id("m1")
                    .name("韦某某")
                    .sex(Sex.FEMALE)
                    .birthDate(PartialDate.parse("1990-03-07"))
                    .idNumber(ResidentIdNumber.parse("450103199003071226"))
                    .status(MembershipStatus.PROBATIONARY)
                    .organization(branch)
                    .timeline(
                        RecruitmentTimeline.builder()
                            .appliedOn(PartialDate.parse("2024-03"))
                            .activistOn(PartialDate.parse("2024-06-01"))
                            .candidateOn(PartialDate.parse("2025-02-01"))
                            .admittedOn(PartialDate.parse("2026-01-10"))
                            .build())
                    .build())
            .build();

    ValidationReport report = validator.validate(city);
    out.println("valid: " + report.isValid());
    for (Issue issue : report.issues()) {
      out.printf(
          "%s %s %s %s%n      %s%n",
          issue.severity(),
          issue.code(),
          issue.entity(),
          issue.path(),
          issue.message(Locale.SIMPLIFIED_CHINESE));
    }
    return report;
  }
}
