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

  // Identifier constraint validators, found by Hibernate Validator through the service loader; the provider
  // instantiates them reflectively, hence the qualified export.
  provides jakarta.validation.ConstraintValidator with
      io.jingwei.impl.constraints.ResidentIdValidator,
      io.jingwei.impl.constraints.SocialCreditCodeValidator,
      io.jingwei.impl.constraints.MobileValidator,
      io.jingwei.impl.constraints.DivisionCodeValidator,
      io.jingwei.impl.constraints.GridCodeValidator;

  exports io.jingwei.impl.constraints to
      org.hibernate.validator;

  provides tools.jackson.databind.JacksonModule with
      io.jingwei.impl.json.JingweiModule;

  // the spreadsheet module (jingwei-xlsx) reads rows into the engine's input with the readers' binder
  exports io.jingwei.impl.io to
      io.jingwei.xlsx;
  exports io.jingwei.impl.engine to
      io.jingwei.xlsx;
  exports io.jingwei.impl.json to
      io.jingwei.xlsx;

  // the dataset manifest is a record Jackson builds reflectively
  opens io.jingwei.impl.io to
      tools.jackson.databind;
}
