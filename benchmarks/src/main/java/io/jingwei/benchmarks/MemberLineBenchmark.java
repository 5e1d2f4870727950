package io.jingwei.benchmarks;

import io.jingwei.impl.io.JsonLinesReader;
import io.jingwei.impl.json.JingweiJson;
import io.jingwei.member.PartyMember;
import io.jingwei.ref.EntityKind;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.ObjectMapper;

/**
 * Reading member lines (党员记录读取), per 10,000 lines of the benchmark city: Jingwei's line reader (tree, binding
 * with per-property read issues) against {@code ObjectMapper.readValue} and against it plus Bean Validation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class MemberLineBenchmark {

  private byte[] file;
  private List<String> lines;
  private ObjectMapper mapper;
  private ValidatorFactory factory;
  private Validator validator;
  private JsonLinesReader<PartyMember> reader;

  /** Writes a 10,000-member city and reads its lines. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path dir = Files.createTempDirectory("jingwei-bench");
    MemberFiles.write(dir, 10_000);
    Path members = dir.resolve("members.jsonl");
    file = Files.readAllBytes(members);
    lines = Files.readAllLines(members, StandardCharsets.UTF_8);
    mapper = JingweiJson.mapper();
    factory =
        Validation.byDefaultProvider().configure()
            .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
            .buildValidatorFactory();
    validator = factory.getValidator();
    reader = JsonLinesReader.of(PartyMember.class, EntityKind.MEMBER);
  }

  /** Closes the validator factory. */
  @TearDown(Level.Trial)
  public void tearDown() {
    factory.close();
  }

  /** Jingwei's JSON Lines reader. */
  @Benchmark
  public void jingweiReader(Blackhole bh) throws IOException {
    reader.read(new ByteArrayInputStream(file), "members.jsonl", bh::consume, bh::consume);
  }

  /** ObjectMapper.readValue per line. */
  @Benchmark
  public void readValue(Blackhole bh) {
    for (String line : lines) {
      bh.consume(mapper.readValue(line, PartyMember.class));
    }
  }

  /** ObjectMapper.readValue and Bean Validation per line. */
  @Benchmark
  public void readValueAndValidate(Blackhole bh) {
    for (String line : lines) {
      bh.consume(validator.validate(mapper.readValue(line, PartyMember.class)));
    }
  }
}
