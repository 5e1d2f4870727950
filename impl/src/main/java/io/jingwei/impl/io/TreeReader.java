package io.jingwei.impl.io;

import io.jingwei.impl.json.ReadLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one JSON value from a parser into a tree, bounded by the {@link ReadLimits} (the parser enforces nesting,
 * string, number and name limits; this reader counts tokens and bytes per record), detecting duplicate property
 * names with their JSON Pointer, and keeping what was read before a failure so that the record's {@code id} can
 * still name it.
 */
final class TreeReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ReadLimits limits;

  TreeReader(ReadLimits limits) {
    this.limits = limits;
  }

  /**
   * What was read: the tree (possibly partial when there is a problem) and the first problem, if any.
   *
   * @param root the tree read, or the part read before the problem, or null
   * @param problem the problem, or null when the tree is complete and sound
   * @param streamUsable whether the parser can go on after the value (false after a syntax error or a limit the
   *     parser itself enforces)
   */
  record Outcome(@Nullable JsonNode root, @Nullable ReadProblem problem, boolean streamUsable) {

    Outcome(@Nullable JsonNode root, @Nullable ReadProblem problem) {
      this(root, problem, problem == null);
    }
  }

  /** Signals a per-record limit; unchecked so that it unwinds the recursion. */
  private static final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String limit;
    final long max;

    LimitExceeded(String limit, long max) {
      super(limit, null, false, false);
      this.limit = limit;
      this.max = max;
    }
  }

  private final class State {
    final JsonParser parser;
    final long startByte;
    final List<String> path = new ArrayList<>();
    long tokens;
    @Nullable JsonNode root;
    @Nullable ReadProblem duplicate;

    /** The parser's pointer to the value being read, so that the parser's pointers can be made relative. */
    final @Nullable String prefix;

    State(JsonParser parser) {
      this.parser = parser;
      this.startByte = parser.currentTokenLocation().getByteOffset();
      JsonToken t = parser.currentToken();
      this.prefix =
          t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
              ? parser.streamReadContext().pathAsPointer().toString()
              : null;
    }

    JsonToken next() {
      JsonToken t = parser.nextToken();
      if (t == null) {
        throw new UnexpectedEndOfInputException(parser, null, "Unexpected end of input");
      }
      count();
      return t;
    }

    void count() {
      if (++tokens > limits.maxRecordTokens()) {
        throw new LimitExceeded("RECORD_TOKENS", limits.maxRecordTokens());
      }
      if (startByte >= 0) {
        long offset = parser.currentLocation().getByteOffset();
        if (offset >= 0 && offset - startByte > limits.maxRecordBytes()) {
          throw new LimitExceeded("RECORD_BYTES", limits.maxRecordBytes());
        }
      }
    }
  }

  /**
   * Reads the value starting at the parser's current token (which must not be null).
   *
   * @param lineOfProblems whether to record the parser's line on problems (the single-document form); JSON Lines
   *     parsers see one line only
   * @throws JacksonIOException when the underlying input fails
   */
  Outcome readCurrent(JsonParser parser, boolean lineOfProblems) {
    State s = new State(parser);
    try {
      s.count();
      JsonToken t = parser.currentToken();
      JsonNode node = start(s, t);
      s.root = node;
      fill(s, node, t);
      return new Outcome(node, s.duplicate, true);
    } catch (JacksonIOException e) {
      throw e;
    } catch (LimitExceeded e) {
      return new Outcome(s.root, locate(s, tooLarge(s, e.limit, e.max), lineOfProblems), true);
    } catch (StreamConstraintsException e) {
      String limit = limitOf(e);
      return new Outcome(s.root, locate(s, tooLarge(s, limit, maxOf(limit)), lineOfProblems));
    } catch (UnexpectedEndOfInputException e) {
      return new Outcome(s.root, locate(s, malformed(s, "TRUNCATED", e), lineOfProblems));
    } catch (StreamReadException e) {
      return new Outcome(s.root, locate(s, malformed(s, "SYNTAX", e), lineOfProblems));
    }
  }

  /**
   * Reads one whole JSON text from a fresh parser: the value and nothing after it but white space.
   *
   * @throws JacksonIOException when the underlying input fails
   */
  Outcome readDocument(JsonParser parser) {
    JsonToken first;
    try {
      first = parser.nextToken();
    } catch (StreamConstraintsException e) {
      String limit = limitOf(e);
      return new Outcome(null, ReadProblem.of(ReadIssueCodes.TOO_LARGE, "", "limit", limit, "max", maxOf(limit)));
    } catch (JacksonIOException e) {
      throw e;
    } catch (StreamReadException e) {
      return new Outcome(null, ReadProblem.of(ReadIssueCodes.MALFORMED_JSON, "", "reason", "SYNTAX", "column", column(e)));
    }
    if (first == null) {
      return new Outcome(null, ReadProblem.of(ReadIssueCodes.MALFORMED_JSON, "", "reason", "TRUNCATED"));
    }
    Outcome outcome = readCurrent(parser, true);
    if (outcome.problem() != null) {
      return outcome;
    }
    try {
      if (parser.nextToken() != null) {
        return new Outcome(
            outcome.root(),
            ReadProblem.of(
                ReadIssueCodes.MALFORMED_JSON, "", "reason", "TRAILING_CONTENT", "column", column(parser.currentTokenLocation())));
      }
    } catch (JacksonIOException e) {
      throw e;
    } catch (JacksonException e) {
      return new Outcome(
          outcome.root(),
          ReadProblem.of(ReadIssueCodes.MALFORMED_JSON, "", "reason", "TRAILING_CONTENT", "column", column(e)));
    }
    return outcome;
  }

  private JsonNode start(State s, JsonToken t) {
    switch (t) {
      case START_OBJECT:
        return NODES.objectNode();
      case START_ARRAY:
        return NODES.arrayNode();
      case VALUE_STRING:
        return NODES.stringNode(s.parser.getString());
      case VALUE_NUMBER_INT:
        switch (s.parser.getNumberType()) {
          case INT:
            return NODES.numberNode(s.parser.getIntValue());
          case LONG:
            return NODES.numberNode(s.parser.getLongValue());
          default:
            return NODES.numberNode(s.parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return DecimalNode.valueOf(s.parser.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new StreamReadException(s.parser, "Unexpected token " + t);
    }
  }

  private void fill(State s, JsonNode node, JsonToken t) {
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && s.path.size() >= limits.maxNestingDepth()) {
      // the record's own nesting, counted here too: the single-document parser allows deeper nesting so that an
      // element nested too deeply can be skipped and reading go on
      throw new LimitExceeded("NESTING_DEPTH", limits.maxNestingDepth());
    }
    if (t == JsonToken.START_OBJECT) {
      ObjectNode object = (ObjectNode) node;
      JsonToken next;
      while ((next = s.next()) == JsonToken.PROPERTY_NAME) {
        String name = s.parser.currentName();
        s.path.add(name);
        JsonToken valueToken = s.next();
        if (object.has(name)) {
          if (s.duplicate == null) {
            s.duplicate = ReadProblem.of(ReadIssueCodes.DUPLICATE_KEY, JsonPointers.of(s.path), "property", name);
          }
          skip(s, valueToken);
        } else {
          JsonNode child = start(s, valueToken);
          object.set(name, child);
          fill(s, child, valueToken);
        }
        s.path.remove(s.path.size() - 1);
      }
      if (next != JsonToken.END_OBJECT) {
        throw new StreamReadException(s.parser, "Unexpected token " + next);
      }
    } else if (t == JsonToken.START_ARRAY) {
      ArrayNode array = (ArrayNode) node;
      JsonToken next;
      int index = 0;
      s.path.add(Integer.toString(index));
      while ((next = s.next()) != JsonToken.END_ARRAY) {
        JsonNode child = start(s, next);
        array.add(child);
        fill(s, child, next);
        s.path.set(s.path.size() - 1, Integer.toString(++index));
      }
      s.path.remove(s.path.size() - 1);
    }
  }

  private void skip(State s, JsonToken t) {
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      int depth = 1;
      while (depth > 0) {
        JsonToken next = s.next();
        if (next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY) {
          depth++;
        } else if (next == JsonToken.END_OBJECT || next == JsonToken.END_ARRAY) {
          depth--;
        }
      }
    } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      s.parser.getNumberValue(); // apply the number-length limit
    }
  }

  private ReadProblem locate(State s, ReadProblem problem, boolean lineOfProblems) {
    if (!lineOfProblems) {
      return problem;
    }
    int line = s.parser.currentLocation().getLineNr();
    return line > 0 ? problem.atLine(line) : problem;
  }

  private static ReadProblem tooLarge(State s, String limit, long max) {
    return ReadProblem.of(ReadIssueCodes.TOO_LARGE, pointer(s), "limit", limit, "max", max);
  }

  private static ReadProblem malformed(State s, String reason, JacksonException e) {
    return ReadProblem.of(ReadIssueCodes.MALFORMED_JSON, pointer(s), "reason", reason, "column", column(e));
  }

  /**
   * Where the parser stopped: its own context knows a property name it has read even when the failure came while
   * reading that property's value (the parser reads ahead), and the element index within an array.
   */
  private static String pointer(State s) {
    String own = JsonPointers.of(s.path);
    if (s.prefix == null) {
      return own;
    }
    try {
      String full = s.parser.streamReadContext().pathAsPointer().toString();
      if (!full.startsWith(s.prefix)) {
        return own;
      }
      String relative = full.substring(s.prefix.length());
      return relative.length() > own.length() && relative.startsWith(own) ? relative : own;
    } catch (RuntimeException e) {
      return own;
    }
  }

  private static @Nullable Integer column(JacksonException e) {
    return column(e.getLocation());
  }

  private static @Nullable Integer column(@Nullable TokenStreamLocation location) {
    return location != null && location.getColumnNr() > 0 ? location.getColumnNr() : null;
  }

  /** Which stream limit an exception reports, from the constraint accessor its message names. */
  static String limitOf(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
    if (m.contains("getmaxnestingdepth") || m.contains("nesting depth")) {
      return "NESTING_DEPTH";
    }
    if (m.contains("getmaxstringlength") || m.contains("string value length")) {
      return "STRING_LENGTH";
    }
    if (m.contains("getmaxnumberlength") || m.contains("number value length")) {
      return "NUMBER_LENGTH";
    }
    if (m.contains("getmaxnamelength") || m.contains("name length")) {
      return "NAME_LENGTH";
    }
    if (m.contains("getmaxtokencount") || m.contains("token count")) {
      return "RECORD_TOKENS";
    }
    if (m.contains("getmaxdocumentlength") || m.contains("document length")) {
      return "RECORD_BYTES";
    }
    return "UNKNOWN";
  }

  private long maxOf(String limit) {
    switch (limit) {
      case "NESTING_DEPTH":
        return limits.maxNestingDepth();
      case "STRING_LENGTH":
        return limits.maxStringLength();
      case "NUMBER_LENGTH":
        return limits.maxNumberLength();
      case "NAME_LENGTH":
        return limits.maxNameLength();
      case "RECORD_TOKENS":
        return limits.maxRecordTokens();
      case "RECORD_BYTES":
        return limits.maxRecordBytes();
      default:
        return 0;
    }
  }
}
