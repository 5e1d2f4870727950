/** Jingwei (经纬) implementation: the engine behind the API. Exports nothing it does not have to. */
module io.jingwei.impl {
  requires io.jingwei.api;
  requires tools.jackson.databind;
  requires org.hibernate.validator;
  requires com.google.common;
  requires org.slf4j;
  requires static org.jspecify;

  provides io.jingwei.spi.JingweiProvider with
      io.jingwei.impl.DefaultJingweiProvider;
  provides tools.jackson.databind.JacksonModule with
      io.jingwei.impl.json.JingweiModule;

  // the dataset manifest is a record Jackson builds reflectively
  opens io.jingwei.impl.io to
      tools.jackson.databind;
}
