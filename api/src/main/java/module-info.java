/**
 * Jingwei (经纬) API: the domain model of grassroots Party-organization data, checksummed identifiers,
 * the issue model, constraint annotations and the provider SPI.
 */
module io.jingwei.api {
  requires transitive jakarta.validation;
  requires transitive com.fasterxml.jackson.annotation;
  requires static transitive org.jspecify;

  exports io.jingwei;
  exports io.jingwei.division;
  exports io.jingwei.organization;
  exports io.jingwei.member;
  exports io.jingwei.worker;
  exports io.jingwei.grid;
  exports io.jingwei.servicecenter;
  exports io.jingwei.id;
  exports io.jingwei.time;
  exports io.jingwei.dataset;
  exports io.jingwei.metrics;
  exports io.jingwei.validation;
  exports io.jingwei.validation.constraints;
  exports io.jingwei.standard;
  exports io.jingwei.spi;
  exports io.jingwei.ref;
  exports io.jingwei.person;
  exports io.jingwei.privacy;

  uses io.jingwei.spi.JingweiProvider;
}
