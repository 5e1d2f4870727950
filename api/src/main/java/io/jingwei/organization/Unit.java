package io.jingwei.organization;

import io.jingwei.id.CreditCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A unit (所在单位): the organ, institution, enterprise, social organization, community or village an
 * organization is set up in, covers or counts among its member units.
 *
 * @param name the unit's name (单位名称)
 * @param nature the unit's nature (单位性质)
 * @param creditCode the unified social credit code (统一社会信用代码), held for 两新组织 and most other units
 * @param employees the number of employees (从业人员数), if known
 */
public record Unit(
    @NotBlank String name,
    @NotNull UnitNature nature,
    @Nullable CreditCode creditCode,
    @PositiveOrZero @Nullable Integer employees) {

  /**
   * Checks that the required parts are present.
   *
   * @throws NullPointerException when name or nature is null
   */
  public Unit {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(nature, "nature");
  }

  /** A unit with a name and a nature only. */
  public static Unit of(String name, UnitNature nature) {
    return new Unit(name, nature, null, null);
  }
}
