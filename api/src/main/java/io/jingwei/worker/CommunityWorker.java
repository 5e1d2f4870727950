package io.jingwei.worker;

import io.jingwei.ref.Entity;
import io.jingwei.id.MobileNumber;
import io.jingwei.id.ResidentIdNumber;
import io.jingwei.person.EducationLevel;
import io.jingwei.person.PersonName;
import io.jingwei.person.Sex;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.GridId;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.WorkerId;
import io.jingwei.time.PartialDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A full-time community worker (专职社区工作者) in the 三岗十八级 post-and-grade system: the post category and the
 * grade (1–18) set the pay.
 *
 * <p>The constructor accepts any grade: which grades a post allows is profile data, and an out-of-range grade is
 * a data error the validation engine reports. {@link #toString()} shows the id and the masked name only.
 *
 * @param id the identifier
 * @param name the name (姓名)
 * @param sex the sex (性别), if recorded
 * @param birthDate the birth date (出生日期), if recorded
 * @param idNumber the resident ID number (公民身份号码), if recorded
 * @param phone the mobile number (手机号码), if recorded
 * @param community the community (社区) the worker serves
 * @param post the post category (岗位类别)
 * @param position the position held (职务), such as 社区党委书记 or 居委会主任, if recorded
 * @param grade the grade (等级), 1 to 18 when valid
 * @param monthlyPay the monthly pay in yuan (月薪, 元), if recorded
 * @param hiredOn when the worker was hired (入职时间), if recorded
 * @param grid the grid the worker is responsible for, if any
 * @param member the worker's Party-member id, when the worker is a member in the dataset
 * @param education the education level (学历), if recorded
 */
public record CommunityWorker(
    @NotNull WorkerId id,
    @NotNull PersonName name,
    @Nullable Sex sex,
    @Nullable PartialDate birthDate,
    @Nullable ResidentIdNumber idNumber,
    @Nullable MobileNumber phone,
    @NotNull DivisionId community,
    @NotNull WorkerPost post,
    @Nullable String position,
    int grade,
    @PositiveOrZero @Nullable BigDecimal monthlyPay,
    @Nullable PartialDate hiredOn,
    @Nullable GridId grid,
    @Nullable MemberId member,
    @Nullable EducationLevel education) implements Entity {

  /**
   * Checks that the required parts are present.
   *
   * @throws NullPointerException when id, name, community or post is null
   */
  public CommunityWorker {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(post, "post");
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this worker's parts. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** This worker at another grade. */
  public CommunityWorker withGrade(int newGrade) {
    return toBuilder().grade(newGrade).build();
  }

  /** This worker in another post category. */
  public CommunityWorker withPost(WorkerPost newPost) {
    return toBuilder().post(newPost).build();
  }

  /** The id and the masked name only: personal data is never printed. */
  @Override
  public String toString() {
    return "CommunityWorker[id=" + id + ", name=" + name.masked() + "]";
  }

  /** A builder of {@link CommunityWorker}s (专职社区工作者). Not thread-safe. */
  public static final class Builder {
    private @Nullable WorkerId id;
    private @Nullable PersonName name;
    private @Nullable Sex sex;
    private @Nullable PartialDate birthDate;
    private @Nullable ResidentIdNumber idNumber;
    private @Nullable MobileNumber phone;
    private @Nullable DivisionId community;
    private @Nullable WorkerPost post;
    private @Nullable String position;
    private int grade;
    private @Nullable BigDecimal monthlyPay;
    private @Nullable PartialDate hiredOn;
    private @Nullable GridId grid;
    private @Nullable MemberId member;
    private @Nullable EducationLevel education;

    private Builder() {}

    private Builder(CommunityWorker w) {
      id = w.id;
      name = w.name;
      sex = w.sex;
      birthDate = w.birthDate;
      idNumber = w.idNumber;
      phone = w.phone;
      community = w.community;
      post = w.post;
      position = w.position;
      grade = w.grade;
      monthlyPay = w.monthlyPay;
      hiredOn = w.hiredOn;
      grid = w.grid;
      member = w.member;
      education = w.education;
    }

    /** Sets the identifier (required). */
    public Builder id(WorkerId value) {
      id = value;
      return this;
    }

    /** Sets the identifier from its text (required). */
    public Builder id(String value) {
      return id(WorkerId.of(value));
    }

    /** Sets the name (required). */
    public Builder name(PersonName value) {
      name = value;
      return this;
    }

    /** Sets the name from its text (required). */
    public Builder name(String value) {
      return name(PersonName.of(value));
    }

    /** Sets the sex. */
    public Builder sex(@Nullable Sex value) {
      sex = value;
      return this;
    }

    /** Sets the birth date. */
    public Builder birthDate(@Nullable PartialDate value) {
      birthDate = value;
      return this;
    }

    /** Sets the resident ID number. */
    public Builder idNumber(@Nullable ResidentIdNumber value) {
      idNumber = value;
      return this;
    }

    /** Sets the mobile number. */
    public Builder phone(@Nullable MobileNumber value) {
      phone = value;
      return this;
    }

    /** Sets the community (required). */
    public Builder community(DivisionId value) {
      community = value;
      return this;
    }

    /** Sets the post category (required). */
    public Builder post(WorkerPost value) {
      post = value;
      return this;
    }

    /** Sets the position held. */
    public Builder position(@Nullable String value) {
      position = value;
      return this;
    }

    /** Sets the grade. */
    public Builder grade(int value) {
      grade = value;
      return this;
    }

    /** Sets the monthly pay in yuan. */
    public Builder monthlyPay(@Nullable BigDecimal value) {
      monthlyPay = value;
      return this;
    }

    /** Sets the hiring date. */
    public Builder hiredOn(@Nullable PartialDate value) {
      hiredOn = value;
      return this;
    }

    /** Sets the grid. */
    public Builder grid(@Nullable GridId value) {
      grid = value;
      return this;
    }

    /** Sets the Party-member id. */
    public Builder member(@Nullable MemberId value) {
      member = value;
      return this;
    }

    /** Sets the education level. */
    public Builder education(@Nullable EducationLevel value) {
      education = value;
      return this;
    }

    /**
     * Builds the worker.
     *
     * @throws NullPointerException when id, name, community or post is missing
     */
    public CommunityWorker build() {
      return new CommunityWorker(id, name, sex, birthDate, idNumber, phone, community, post, position, grade,
          monthlyPay, hiredOn, grid, member, education);
    }
  }
}
