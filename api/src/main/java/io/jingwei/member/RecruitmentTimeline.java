package io.jingwei.member;

import io.jingwei.ref.OrganizationId;
import io.jingwei.time.PartialDate;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The recruitment timeline (发展党员时间线) of a member, from application to full membership, as 《中国共产党发展党员
 * 工作细则》 orders it: application, talk, activist, candidate, political review, training, admission by the branch
 * general meeting, approval by the higher committee, conversion. Every date is optional because 台账 often lack
 * the early ones; the validation engine checks the order and the intervals.
 *
 * @param appliedOn when the application was submitted (申请入党时间)
 * @param talkedOn when the organization talked with the applicant (谈话时间)
 * @param activistOn when the applicant became an activist (确定入党积极分子时间)
 * @param candidateOn when the activist became a candidate (确定发展对象时间)
 * @param politicalReviewOn when the political review was completed (政治审查时间)
 * @param trainingCompletedOn when the intensive training was completed (集中培训结业时间)
 * @param admittedOn when the branch general meeting admitted the candidate as a probationary member (支部大会讨论
 *     接收预备党员时间, 入党时间); the probation and Party membership start here
 * @param approvedOn when the higher committee approved the admission (上级党委审批时间)
 * @param admittingOrganization the organization that admitted the member (入党时所在支部), if recorded
 * @param introducers the introducers (入党介绍人); two are required, which the engine checks
 * @param extension the probation extension (延长预备期), if any
 * @param convertedOn when the member became a full member (转正时间); Party standing (党龄) counts from here
 * @param cancelledOn when the probationary membership was cancelled (取消预备党员资格时间), if it was
 */
public record RecruitmentTimeline(
    @Nullable PartialDate appliedOn,
    @Nullable PartialDate talkedOn,
    @Nullable PartialDate activistOn,
    @Nullable PartialDate candidateOn,
    @Nullable PartialDate politicalReviewOn,
    @Nullable PartialDate trainingCompletedOn,
    @Nullable PartialDate admittedOn,
    @Nullable PartialDate approvedOn,
    @Nullable OrganizationId admittingOrganization,
    List<@Valid Introducer> introducers,
    @Valid @Nullable ProbationExtension extension,
    @Nullable PartialDate convertedOn,
    @Nullable PartialDate cancelledOn) {

  private static final RecruitmentTimeline EMPTY =
      new RecruitmentTimeline(null, null, null, null, null, null, null, null, null, List.of(), null, null, null);

  /** Defaults and copies the introducers. */
  public RecruitmentTimeline {
    introducers = introducers == null ? List.of() : List.copyOf(introducers);
  }

  /** The timeline with no dates. */
  public static RecruitmentTimeline empty() {
    return EMPTY;
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this timeline's parts. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * When the probation ends (预备期满): one year after {@link #admittedOn()} (党章 第七条), plus the extension's
   * months, at the precision of the admission date. Empty without an admission date, or when a year-precision
   * admission date would have to move by months that are not whole years.
   */
  public Optional<PartialDate> probationEnds() {
    if (admittedOn == null) {
      return Optional.empty();
    }
    PartialDate end = admittedOn.plusYears(1);
    if (extension == null || extension.months() == 0) {
      return Optional.of(end);
    }
    if (end.month().isEmpty() && extension.months() % 12 != 0) {
      return Optional.empty();
    }
    return Optional.of(end.plusMonths(extension.months()));
  }

  /** When Party membership (党籍) starts: the admission date, if recorded. */
  public Optional<PartialDate> membershipStart() {
    return Optional.ofNullable(admittedOn);
  }

  /** When Party standing (党龄) starts: the conversion to full membership, if recorded (党章 第七条). */
  public Optional<PartialDate> partyStandingStart() {
    return Optional.ofNullable(convertedOn);
  }

  /** A builder of {@link RecruitmentTimeline}s (发展党员时间线). Not thread-safe. */
  public static final class Builder {
    private @Nullable PartialDate appliedOn;
    private @Nullable PartialDate talkedOn;
    private @Nullable PartialDate activistOn;
    private @Nullable PartialDate candidateOn;
    private @Nullable PartialDate politicalReviewOn;
    private @Nullable PartialDate trainingCompletedOn;
    private @Nullable PartialDate admittedOn;
    private @Nullable PartialDate approvedOn;
    private @Nullable OrganizationId admittingOrganization;
    private final List<Introducer> introducers = new ArrayList<>();
    private @Nullable ProbationExtension extension;
    private @Nullable PartialDate convertedOn;
    private @Nullable PartialDate cancelledOn;

    private Builder() {}

    private Builder(RecruitmentTimeline t) {
      appliedOn = t.appliedOn;
      talkedOn = t.talkedOn;
      activistOn = t.activistOn;
      candidateOn = t.candidateOn;
      politicalReviewOn = t.politicalReviewOn;
      trainingCompletedOn = t.trainingCompletedOn;
      admittedOn = t.admittedOn;
      approvedOn = t.approvedOn;
      admittingOrganization = t.admittingOrganization;
      introducers.addAll(t.introducers);
      extension = t.extension;
      convertedOn = t.convertedOn;
      cancelledOn = t.cancelledOn;
    }

    /** Sets the application date. */
    public Builder appliedOn(@Nullable PartialDate value) {
      appliedOn = value;
      return this;
    }

    /** Sets the talk date. */
    public Builder talkedOn(@Nullable PartialDate value) {
      talkedOn = value;
      return this;
    }

    /** Sets the activist date. */
    public Builder activistOn(@Nullable PartialDate value) {
      activistOn = value;
      return this;
    }

    /** Sets the candidate date. */
    public Builder candidateOn(@Nullable PartialDate value) {
      candidateOn = value;
      return this;
    }

    /** Sets the political review date. */
    public Builder politicalReviewOn(@Nullable PartialDate value) {
      politicalReviewOn = value;
      return this;
    }

    /** Sets the training completion date. */
    public Builder trainingCompletedOn(@Nullable PartialDate value) {
      trainingCompletedOn = value;
      return this;
    }

    /** Sets the admission date. */
    public Builder admittedOn(@Nullable PartialDate value) {
      admittedOn = value;
      return this;
    }

    /** Sets the approval date. */
    public Builder approvedOn(@Nullable PartialDate value) {
      approvedOn = value;
      return this;
    }

    /** Sets the admitting organization. */
    public Builder admittingOrganization(@Nullable OrganizationId value) {
      admittingOrganization = value;
      return this;
    }

    /** Adds an introducer. */
    public Builder introducer(Introducer value) {
      introducers.add(Objects.requireNonNull(value, "introducer"));
      return this;
    }

    /** Replaces the introducers. */
    public Builder introducers(List<Introducer> values) {
      introducers.clear();
      introducers.addAll(values);
      return this;
    }

    /** Sets the probation extension. */
    public Builder extension(@Nullable ProbationExtension value) {
      extension = value;
      return this;
    }

    /** Sets the conversion date. */
    public Builder convertedOn(@Nullable PartialDate value) {
      convertedOn = value;
      return this;
    }

    /** Sets the cancellation date. */
    public Builder cancelledOn(@Nullable PartialDate value) {
      cancelledOn = value;
      return this;
    }

    /** Builds the timeline. */
    public RecruitmentTimeline build() {
      return new RecruitmentTimeline(appliedOn, talkedOn, activistOn, candidateOn, politicalReviewOn,
          trainingCompletedOn, admittedOn, approvedOn, admittingOrganization, introducers, extension, convertedOn,
          cancelledOn);
    }
  }
}
