/** Jingwei (经纬) implementation: the engine behind the API. Exports nothing it does not have to. */
module io.jingwei.impl {
  requires io.jingwei.api;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.hibernate.validator;
  requires com.google.common;
  requires org.slf4j;
  requires static org.jspecify;

  provides io.jingwei.spi.JingweiProvider with
      io.jingwei.impl.DefaultJingweiProvider;
}
