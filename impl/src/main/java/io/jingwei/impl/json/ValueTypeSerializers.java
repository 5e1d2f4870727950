package io.jingwei.impl.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/** The serializers and deserializers {@link JingweiModule} registers for one {@link ValueCodec}. */
final class ValueTypeSerializers {

  private ValueTypeSerializers() {}

  /** Writes a value as its text. */
  static final class Writer<T> extends StdScalarSerializer<T> {
    private final ValueCodec<T> codec;

    Writer(ValueCodec<T> codec) {
      super(codec.type());
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) throws JacksonException {
      gen.writeString(codec.format(value));
    }
  }

  /** Writes a value as its text when it is a map key. */
  static final class KeyWriter<T> extends StdScalarSerializer<T> {
    private final ValueCodec<T> codec;

    KeyWriter(ValueCodec<T> codec) {
      super(codec.type());
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) throws JacksonException {
      gen.writeName(codec.format(value));
    }
  }

  /**
   * Reads a value from a JSON string only: any other token is a type mismatch
   * ({@link tools.jackson.databind.exc.MismatchedInputException}), text that does not parse is an
   * {@link InvalidValueException}. JSON {@code null} reads as null.
   */
  static final class Reader<T> extends StdScalarDeserializer<T> {
    private final ValueCodec<T> codec;

    Reader(ValueCodec<T> codec) {
      super(codec.type());
      this.codec = codec;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        return codec.parse(p.getString(), p);
      }
      return (T) ctxt.handleUnexpectedToken(codec.type(), p);
    }
  }

  /** Reads a value from a map key. */
  static final class KeyReader<T> extends KeyDeserializer {
    private final ValueCodec<T> codec;

    KeyReader(ValueCodec<T> codec) {
      this.codec = codec;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws JacksonException {
      return codec.parse(key, ctxt.getParser());
    }
  }
}
