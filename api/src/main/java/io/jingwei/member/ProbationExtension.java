package io.jingwei.member;

import io.jingwei.time.PartialDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Objects;

/**
 * An extension of the probation (延长预备期): decided once, for at least six months and at most one year (党章
 * 第七条); the validation engine checks the length.
 *
 * @param decidedOn when the branch decided the extension (决定时间)
 * @param months the length of the extension in months
 */
public record ProbationExtension(@NotNull PartialDate decidedOn, @Positive int months) {

  /**
   * Checks that the decision date is present.
   *
   * @throws NullPointerException when decidedOn is null
   */
  public ProbationExtension {
    Objects.requireNonNull(decidedOn, "decidedOn");
  }

  /** An extension decided on the given date. */
  public static ProbationExtension of(PartialDate decidedOn, int months) {
    return new ProbationExtension(decidedOn, months);
  }
}
