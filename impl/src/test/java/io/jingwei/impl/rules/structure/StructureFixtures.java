package io.jingwei.impl.rules.structure;

import io.jingwei.dataset.CityDataset;
import io.jingwei.division.Division;
import io.jingwei.division.DivisionCode;
import io.jingwei.division.DivisionKind;
import io.jingwei.grid.Grid;
import io.jingwei.grid.GridCode;
import io.jingwei.impl.engine.CityDatasetInput;
import io.jingwei.impl.engine.DefaultDatasetValidator;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.standard.DefaultStandards;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.GridId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.standard.Standard;
import io.jingwei.validation.Issue;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import io.jingwei.worker.GridWorker;
import io.jingwei.worker.GridWorkerRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The made-up test standard of the reference, duplicate, division, structure and grid rules
 * ({@code structure-test-profile.yaml}), and small builders of the records their tests need.
 */
public final class StructureFixtures {
  private StructureFixtures() {}

  /** The as-of date of the tests that do not give one. */
  public static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  private static final Standard STANDARD = load();

  private static Standard load() {
    try (InputStream in = StructureFixtures.class.getResourceAsStream("structure-test-profile.yaml")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return DefaultStandards.fromTexts(Map.of("structure-test-profile.yaml", text)).get("structure-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The test standard. */
  public static Standard standard() {
    return STANDARD;
  }

  /** Validates the dataset against the test standard on {@link #AS_OF}. */
  public static ValidationReport validate(CityDataset dataset) {
    return validate(dataset, AS_OF);
  }

  /** Validates the dataset against the test standard on the date. */
  public static ValidationReport validate(CityDataset dataset, LocalDate asOf) {
    return validate(STANDARD, dataset, ValidationOptions.builder().asOf(asOf).build());
  }

  /** Validates the dataset against a standard with options. */
  public static ValidationReport validate(Standard standard, CityDataset dataset, ValidationOptions options) {
    return DefaultDatasetValidator.create(standard, options).validate(dataset);
  }

  /** Validates the dataset against the test standard on {@link #AS_OF}, running the given layers only. */
  public static ValidationReport validateLayers(CityDataset dataset, Layer... layers) {
    return DefaultDatasetValidator.create(STANDARD, ValidationOptions.builder().asOf(AS_OF).build())
        .validate(CityDatasetInput.of(dataset), EnumSet.copyOf(List.of(layers)));
  }

  /** The issues of the code as {@code "<entity> <path>"}, e.g. {@code "organizations/o1 /parent"}, in report order. */
  public static List<String> found(ValidationReport report, String code) {
    List<String> out = new ArrayList<>();
    for (Issue i : report.issues()) {
      if (i.code().value().equals(code)) {
        out.add(i.entity() + " " + i.path());
      }
    }
    return out;
  }

  /** The one issue of the code. */
  public static Issue only(ValidationReport report, String code) {
    List<Issue> issues = report.issues().stream().filter(i -> i.code().value().equals(code)).toList();
    if (issues.size() != 1) {
      throw new AssertionError("expected one " + code + " issue, got " + issues);
    }
    return issues.get(0);
  }

  /** An organization builder with id, name, type and parent. */
  public static PartyOrganization.Builder org(String id, OrganizationType type, @Nullable String parent) {
    return PartyOrganization.builder()
        .id(id)
        .name("组织" + id)
        .type(type)
        .parent(parent == null ? null : OrganizationId.of(parent));
  }

  /** A member of the organization. */
  public static PartyMember member(String id, String organization, MembershipStatus status) {
    return memberBuilder(id, organization, status).build();
  }

  /** A member builder. */
  public static PartyMember.Builder memberBuilder(String id, String organization, MembershipStatus status) {
    return PartyMember.builder().id(id).name("党员" + id).status(status).organization(OrganizationId.of(organization));
  }

  /** Adds {@code n} members of the organization with ids {@code <prefix>1 … <prefix>n}. */
  public static CityDataset.Builder addMembers(
      CityDataset.Builder b, String prefix, String organization, int n, MembershipStatus status) {
    for (int i = 1; i <= n; i++) {
      b.add(member(prefix + i, organization, status));
    }
    return b;
  }

  /** A division. */
  public static Division division(String id, DivisionKind kind, @Nullable String code, @Nullable String parent) {
    return Division.builder()
        .id(id)
        .kind(kind)
        .name("区划" + id)
        .code(code == null ? null : DivisionCode.parse(code))
        .parent(parent == null ? null : DivisionId.of(parent))
        .build();
  }

  /** A grid builder with id, code and community. */
  public static Grid.Builder grid(String id, String code, String community) {
    return Grid.builder().id(id).code(GridCode.parse(code)).name("网格" + id).community(DivisionId.of(community));
  }

  /** A grid worker of the grid. */
  public static GridWorker gridWorker(String id, String grid) {
    return GridWorker.builder().id(id).name("网格员" + id).grid(GridId.of(grid)).role(GridWorkerRole.FULL_TIME).build();
  }
}
