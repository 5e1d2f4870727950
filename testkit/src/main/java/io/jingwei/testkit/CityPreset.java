package io.jingwei.testkit;

import java.util.Locale;
import java.util.Objects;

/**
 * The size of a synthetic city (合成城市规模): how many district-level units, streets, communities, compounds,
 * grids, community workers and members the {@link CityGenerator} makes.
 *
 * <p>{@link #nanning()} holds the counts of the seed article (《织密红色经纬 建强壮乡首府》, 中国城市报 2022-01-24):
 * 7 districts and development zones, 25 streets, 260 communities, 659 compounds with service centres, 6,764 grids
 * and 4,739 community workers, with about 120,000 members. {@link #tiny()} is a small city for unit tests;
 * {@link #scaled(double)} multiplies every count for a city of any size.
 *
 * @param name the preset's name, used in the dataset's name
 * @param districts district-level units (城区和开发区), development zones included; at least 1
 * @param developmentZones how many of them are development zones (开发区, without a GB/T 2260 code); at most 3
 *     and fewer than {@code districts}
 * @param streets streets (街道); at least {@code districts}
 * @param communities urban communities (社区); at least {@code streets}
 * @param compounds residential compounds (居民小区), each with a compound service centre
 * @param grids grids (网格); at least {@code communities}
 * @param communityWorkers full-time community workers (专职社区工作者); at least 3 per community
 * @param members Party members (党员) of the community branches; at least 10 per community
 */
public record CityPreset(
    String name,
    int districts,
    int developmentZones,
    int streets,
    int communities,
    int compounds,
    int grids,
    int communityWorkers,
    int members) {

  /** The most district-level units a city can have: 17 coded districts and 3 development zones. */
  public static final int MAX_DISTRICTS = 20;

  /** The most streets of one county code (the 街道 segment runs 001–099). */
  public static final int MAX_STREETS_PER_COUNTY = 99;

  /** The most communities of one street (the 居委会 segment runs 001–199). */
  public static final int MAX_COMMUNITIES_PER_STREET = 199;

  /** Checks the counts. */
  public CityPreset {
    Objects.requireNonNull(name, "name");
    if (districts < 1 || districts > MAX_DISTRICTS) {
      throw new IllegalArgumentException("districts must be in 1.." + MAX_DISTRICTS + ": " + districts);
    }
    if (developmentZones < 0 || developmentZones > 3 || developmentZones >= districts) {
      throw new IllegalArgumentException("developmentZones must be in 0..3 and below districts: " + developmentZones);
    }
    if (districts - developmentZones > MAX_DISTRICTS - 3) {
      throw new IllegalArgumentException("at most " + (MAX_DISTRICTS - 3) + " coded districts");
    }
    if (streets < districts || streets > (districts - developmentZones) * MAX_STREETS_PER_COUNTY) {
      throw new IllegalArgumentException("streets must be at least districts and fit the street codes: " + streets);
    }
    if (communities < streets || communities > (long) streets * MAX_COMMUNITIES_PER_STREET) {
      throw new IllegalArgumentException("communities must be at least streets and fit the codes: " + communities);
    }
    if (compounds < 0) {
      throw new IllegalArgumentException("compounds must not be negative: " + compounds);
    }
    if (grids < communities) {
      throw new IllegalArgumentException("grids must be at least communities: " + grids);
    }
    if (communityWorkers < 3L * communities) {
      throw new IllegalArgumentException("at least 3 community workers per community: " + communityWorkers);
    }
    if (members < 10L * communities) {
      throw new IllegalArgumentException("at least 10 members per community: " + members);
    }
  }

  /** A small city for tests: 1 district, 2 streets, 4 communities, 4 compounds, 16 grids, about 200 members. */
  public static CityPreset tiny() {
    return new CityPreset("tiny", 1, 0, 2, 4, 4, 16, 16, 200);
  }

  /**
   * Nanning as the seed article counts it: 7 districts and development zones (6 districts and the high-tech
   * zone), 25 streets, 260 communities, 659 compounds, 6,764 grids, 4,739 community workers and 120,000 members.
   */
  public static CityPreset nanning() {
    return new CityPreset("nanning", 7, 1, 25, 260, 659, 6764, 4739, 120_000);
  }

  /**
   * The preset of the given name, {@code tiny} or {@code nanning}, optionally followed by {@code @factor}
   * ({@code nanning@0.05}).
   *
   * @throws IllegalArgumentException when the name is unknown or the factor is not a positive number
   */
  public static CityPreset named(String name) {
    Objects.requireNonNull(name, "name");
    int at = name.indexOf('@');
    String base = (at < 0 ? name : name.substring(0, at)).trim().toLowerCase(Locale.ROOT);
    CityPreset preset =
        switch (base) {
          case "tiny" -> tiny();
          case "nanning" -> nanning();
          default -> throw new IllegalArgumentException("Unknown preset: " + base);
        };
    if (at < 0) {
      return preset;
    }
    try {
      return preset.scaled(Double.parseDouble(name.substring(at + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not a scale factor: " + name.substring(at + 1), e);
    }
  }

  /**
   * This preset with every count multiplied by the factor and rounded, kept within the minimums (one district,
   * a development zone when the preset has some and there are two district-level units, a street per district,
   * a community per street, a grid and three community workers per community, ten members
   * per community) and the code capacity (at most 20 district-level units).
   *
   * @throws IllegalArgumentException when the factor is not positive or the city would not fit the codes
   */
  public CityPreset scaled(double factor) {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("The factor must be positive: " + factor);
    }
    int d = clamp(scale(districts, factor), 1, MAX_DISTRICTS);
    int z = developmentZones == 0 ? 0 : Math.min(Math.min(Math.max(1, scale(developmentZones, factor)), 3), d - 1);
    if (d - z > MAX_DISTRICTS - 3) {
      z = Math.min(3, d - 1);
    }
    int s = Math.max(scale(streets, factor), d);
    s = Math.min(s, (d - z) * MAX_STREETS_PER_COUNTY);
    int c = Math.max(scale(communities, factor), s);
    int g = Math.max(scale(grids, factor), c);
    int w = Math.max(scale(communityWorkers, factor), 3 * c);
    int m = Math.max(scale(members, factor), 10 * c);
    String n = factor == 1 ? name : name + "@" + factor;
    return new CityPreset(n, d, z, s, c, scale(compounds, factor), g, w, m);
  }

  /** This preset with another member count (the structure kept). */
  public CityPreset withMembers(int count) {
    return new CityPreset(name, districts, developmentZones, streets, communities, compounds, grids,
        communityWorkers, count);
  }

  private static int scale(int count, double factor) {
    double v = Math.rint(count * factor);
    return v >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
  }

  private static int clamp(int v, int min, int max) {
    return Math.max(min, Math.min(max, v));
  }
}
