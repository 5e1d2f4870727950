package io.jingwei.impl.io;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.jingwei.division.DivisionCode;
import io.jingwei.grid.GridCode;
import io.jingwei.id.CreditCode;
import io.jingwei.id.MobileNumber;
import io.jingwei.id.ResidentIdNumber;
import io.jingwei.person.Sex;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.ref.WorkerId;
import io.jingwei.time.PartialDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Test-local record types that mimic the entities of the model. */
final class TestRecords {

  private TestRecords() {}

  /** A member (党员) as the model will have it, in small. */
  record TestMember(
      MemberId id,
      String name,
      @Nullable ResidentIdNumber idNumber,
      @Nullable PartialDate birthDate,
      List<String> tags,
      @Nullable Sex sex,
      @Nullable MobileNumber phone,
      @Nullable OrganizationId organization,
      @Nullable LocalDate transferredInOn) {

    TestMember {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      tags = tags == null ? List.of() : List.copyOf(tags);
    }

    static TestMember of(String id, String name) {
      return new TestMember(MemberId.of(id), name, null, null, List.of(), null, null, null, null);
    }
  }

  /** An officer of a leadership team; both parts required. */
  record TestOfficer(MemberId member, String post) {
    TestOfficer {
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(post, "post");
    }
  }

  /** A leadership team (班子). */
  record TestTeam(@Nullable Integer termNumber, @Nullable PartialDate electedOn, List<TestOfficer> officers) {
    TestTeam {
      officers = officers == null ? List.of() : List.copyOf(officers);
    }
  }

  /**
   * An organization (党组织). Its constructor does not check {@code name}: the reader's own check of
   * non-{@code @Nullable} components must catch a missing one.
   */
  record TestOrganization(
      OrganizationId id,
      String name,
      @Nullable OrganizationId parent,
      @Nullable CreditCode creditCode,
      @Nullable DivisionCode division,
      @Nullable GridCode grid,
      @Nullable TestTeam leadership,
      int grade,
      boolean collectsDues,
      @Nullable BigDecimal area,
      @Nullable PartialDate foundedOn,
      Map<String, Integer> counts) {

    TestOrganization {
      Objects.requireNonNull(id, "id");
      counts = counts == null ? Map.of() : Map.copyOf(counts);
    }
  }

  /** A person's name mapped as a string through its annotations, like the model's {@code PersonName}. */
  static final class TestName {
    private final String value;

    private TestName(String value) {
      this.value = value;
    }

    @JsonCreator
    static TestName of(String value) {
      if (value.isBlank()) {
        throw new IllegalArgumentException("blank name");
      }
      return new TestName(value);
    }

    @JsonValue
    String value() {
      return value;
    }
  }

  /** A worker (社区工作者) whose names are value objects. */
  record TestWorker(WorkerId id, TestName name, @Nullable TestName contact) {
    TestWorker {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
    }
  }

  /** The record class of each kind used in dataset tests. */
  static final Map<EntityKind, Class<?>> TYPES =
      Map.of(EntityKind.MEMBER, TestMember.class, EntityKind.ORGANIZATION, TestOrganization.class);
}
