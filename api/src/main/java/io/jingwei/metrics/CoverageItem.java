package io.jingwei.metrics;

/**
 * A coverage figure (覆盖指标) of the dataset metrics: which places have a Party organization (应建尽建) or a
 * Party-and-masses service centre. Listed from the street down; the metrics and the report keep this order.
 */
public enum CoverageItem {
  /**
   * Streets, towns and townships with a Party organization (街道/乡镇党组织覆盖): street-level divisions that an
   * organization names as its {@code division}.
   */
  STREET_PARTY_ORGANIZATION,
  /**
   * Communities and villages with a Party organization (社区/村党组织覆盖): community-level divisions of the measured
   * kinds that an organization names as its {@code division}.
   */
  COMMUNITY_PARTY_ORGANIZATION,
  /**
   * Residential compounds with a Party organization (小区党组织覆盖, 应建尽建): compounds that an organization names as
   * its {@code compound}, or that a grid with a {@code partyOrganization} lists among its {@code compounds}.
   */
  COMPOUND_PARTY_ORGANIZATION,
  /**
   * Grids with a Party organization (网格党组织覆盖, 一网格一支部): grids whose {@code partyOrganization} is set, or that
   * an organization names as its {@code grid}.
   */
  GRID_PARTY_ORGANIZATION,
  /**
   * Communities and villages with a service centre (社区党群服务中心覆盖): community-level divisions of the measured
   * kinds that a COMMUNITY-level centre names as its {@code division}.
   */
  COMMUNITY_SERVICE_CENTER,
  /**
   * Residential compounds with a service centre (小区党群服务中心覆盖): compounds that a COMPOUND-level centre names as
   * its {@code compound}.
   */
  COMPOUND_SERVICE_CENTER
}
