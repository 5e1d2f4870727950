package io.jingwei.division;

import java.util.Optional;

/**
 * The level of an administrative division (区划层级) as the city's Party-building work sees it: city, district
 * (county level, including development zones), street (township level) and community (village level).
 * Listed from the top down.
 */
public enum DivisionLevel {
  /** City level (市级): the prefecture-level city. */
  CITY("市级"),
  /** District level (县级): urban districts, counties, county-level cities and development zones. */
  DISTRICT("县级"),
  /** Street level (乡级): subdistricts (街道), towns and townships. */
  STREET("乡级"),
  /** Community level (村级): communities (社区/居委会) and villages (村/村委会). */
  COMMUNITY("村级");

  private final String chineseName;

  DivisionLevel(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name (市级, 县级, 乡级, 村级). */
  public String chineseName() {
    return chineseName;
  }

  /** The level directly above, or empty for {@link #CITY}. */
  public Optional<DivisionLevel> parentLevel() {
    return this == CITY ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
  }

  /** The level directly below, or empty for {@link #COMMUNITY}. */
  public Optional<DivisionLevel> childLevel() {
    return this == COMMUNITY ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
  }
}
