package io.jingwei.impl.json;

import io.jingwei.division.DivisionCode;
import io.jingwei.grid.GridCode;
import io.jingwei.id.CreditCode;
import io.jingwei.id.MobileNumber;
import io.jingwei.id.ResidentIdNumber;
import io.jingwei.time.PartialDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleKeyDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson module of Jingwei's value types (经纬值类型模块): each is written as a JSON string and read back
 * through its {@code parse(CharSequence)}.
 *
 * <table>
 *   <caption>Value types and their text</caption>
 *   <tr><th>Type</th><th>Text</th><th>Personal data</th></tr>
 *   <tr><td>{@link ResidentIdNumber} (公民身份号码)</td><td>{@code value()}</td><td>yes</td></tr>
 *   <tr><td>{@link CreditCode} (统一社会信用代码)</td><td>{@code value()}</td><td>no</td></tr>
 *   <tr><td>{@link MobileNumber} (手机号码)</td><td>{@code value()}</td><td>yes</td></tr>
 *   <tr><td>{@link DivisionCode} (行政区划代码)</td><td>{@code value()}</td><td>no</td></tr>
 *   <tr><td>{@link GridCode} (网格编码)</td><td>{@code value()}</td><td>no</td></tr>
 *   <tr><td>{@link PartialDate} (部分日期)</td><td>{@code toString()}: {@code 2021}, {@code 2021-05},
 *       {@code 2021-05-01}</td><td>no</td></tr>
 * </table>
 *
 * <p>Only JSON strings are read; a number, boolean, array or object is a type mismatch. Text that does not
 * parse raises an {@link InvalidValueException} carrying the parser's reason and the masked text, with the
 * property path Jackson adds. The same texts are used for map keys. The entity identifiers of
 * {@code io.jingwei.ref} map themselves through their annotations.
 *
 * <p>Registered for {@link java.util.ServiceLoader} so that {@code JsonMapper.builder().findAndAddModules()}
 * finds it; {@link JingweiJson} adds it explicitly.
 */
public final class JingweiModule extends JacksonModule {

  private static final List<ValueCodec<?>> CODECS =
      List.of(
          new ValueCodec<>(ResidentIdNumber.class, ResidentIdNumber::parse, ResidentIdNumber::value, true),
          new ValueCodec<>(CreditCode.class, CreditCode::parse, CreditCode::value, false),
          new ValueCodec<>(MobileNumber.class, MobileNumber::parse, MobileNumber::value, true),
          new ValueCodec<>(DivisionCode.class, DivisionCode::parse, DivisionCode::value, false),
          new ValueCodec<>(GridCode.class, GridCode::parse, GridCode::value, false),
          new ValueCodec<>(PartialDate.class, PartialDate::parse, PartialDate::toString, false));

  /**
   * The parser of a value type's text as the module's deserializer parses it (the same function), or null when
   * the module does not handle the type. A failure to parse is an exception of the parser.
   */
  public static <T> java.util.function.@Nullable Function<String, T> parserOf(Class<T> type) {
    for (ValueCodec<?> codec : CODECS) {
      if (codec.type() == type) {
        @SuppressWarnings("unchecked")
        java.util.function.Function<String, T> parser = (java.util.function.Function<String, T>) codec.parser();
        return parser;
      }
    }
    return null;
  }

  /** Creates the module; public for the service loader. */
  public JingweiModule() {}

  @Override
  public String getModuleName() {
    return "jingwei";
  }

  @Override
  public Version version() {
    return new Version(0, 1, 0, "SNAPSHOT", "io.jingwei", "jingwei-impl");
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleSerializers keySerializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    SimpleKeyDeserializers keyDeserializers = new SimpleKeyDeserializers();
    for (ValueCodec<?> codec : CODECS) {
      register(codec, serializers, keySerializers, deserializers, keyDeserializers);
    }
    context.addSerializers(serializers);
    context.addKeySerializers(keySerializers);
    context.addDeserializers(deserializers);
    context.addKeyDeserializers(keyDeserializers);
  }

  private static <T> void register(
      ValueCodec<T> codec,
      SimpleSerializers serializers,
      SimpleSerializers keySerializers,
      SimpleDeserializers deserializers,
      SimpleKeyDeserializers keyDeserializers) {
    serializers.addSerializer(codec.type(), new ValueTypeSerializers.Writer<>(codec));
    keySerializers.addSerializer(codec.type(), new ValueTypeSerializers.KeyWriter<>(codec));
    deserializers.addDeserializer(codec.type(), new ValueTypeSerializers.Reader<>(codec));
    keyDeserializers.addDeserializer(codec.type(), new ValueTypeSerializers.KeyReader<>(codec));
  }

  /** Whether values of the type are personal data that issues and messages must mask. */
  public static boolean isPersonal(Class<?> type) {
    for (ValueCodec<?> codec : CODECS) {
      if (codec.type() == type) {
        return codec.personal();
      }
    }
    return false;
  }

  /** Whether the module maps the type. */
  public static boolean handles(Class<?> type) {
    for (ValueCodec<?> codec : CODECS) {
      if (codec.type() == type) {
        return true;
      }
    }
    return false;
  }
}
