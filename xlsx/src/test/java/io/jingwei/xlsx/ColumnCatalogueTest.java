package io.jingwei.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingwei.ref.EntityKind;
import io.jingwei.xlsx.internal.EnumText;
import io.jingwei.xlsx.internal.Headers;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ColumnCatalogueTest {

  private static final ColumnCatalogue CATALOGUE = ColumnCatalogue.standard();

  @ParameterizedTest
  @CsvSource({
    "姓名, /name", "性别, /sex", "民族, /ethnicity", "出生日期, /birthDate", "出生年月, /birthDate",
    "身份证号, /idNumber", "公民身份号码, /idNumber", "联系电话, /phone", "手机号码, /phone", "党员类别, /status",
    "人员类别, /status", "所在党支部, /organization", "所在组织, /organization", "申请入党时间, /timeline/appliedOn",
    "入党时间, /timeline/admittedOn", "转正时间, /timeline/convertedOn", "idNumber, /idNumber",
    "timeline.admittedOn, /timeline/admittedOn", "admittedOn, /timeline/admittedOn",
    "'出生日期（格式：2021-05-01）*', /birthDate", "' 姓 名 ', /name"
  })
  @DisplayName("党员台账的常见列名（含英文字段名）")
  void knowsTheMemberHeadersOfRealTemplates(String header, String path) {
    assertThat(CATALOGUE.column(EntityKind.MEMBER, header)).map(Column::path).hasValue(path);
  }

  @ParameterizedTest
  @EnumSource(EntityKind.class)
  void headersAndSynonymsAreUniqueWithinAKind(EntityKind kind) {
    Map<String, String> seen = new HashMap<>();
    for (Column c : CATALOGUE.sheet(kind).columns()) {
      for (String h : concat(c.header(), c.synonyms())) {
        String previous = seen.put(Headers.normalize(h), c.path());
        assertThat(previous).as(kind + " header " + h).isNull();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(EntityKind.class)
  @DisplayName("每个列名都读到它自己的列")
  void everyHeaderFindsItsColumn(EntityKind kind) {
    for (Column c : CATALOGUE.sheet(kind).columns()) {
      assertThat(CATALOGUE.column(kind, c.header())).hasValue(c);
      assertThat(CATALOGUE.column(kind, c.wireName())).hasValue(c);
    }
  }

  @ParameterizedTest
  @EnumSource(EntityKind.class)
  @DisplayName("记录的每个字段都有一列")
  void everyPropertyOfTheModelHasAColumn(EntityKind kind) {
    Set<String> paths = new HashSet<>();
    CATALOGUE.sheet(kind).columns().forEach(c -> paths.add(c.path()));
    for (String leaf : leaves(io.jingwei.impl.io.EntityTypes.of(kind), "")) {
      assertThat(paths).as(kind.toString()).contains(leaf);
    }
  }

  private static List<String> leaves(Class<?> type, String prefix) {
    List<String> out = new java.util.ArrayList<>();
    for (var rc : type.getRecordComponents()) {
      Class<?> t = rc.getType();
      String path = prefix + "/" + rc.getName();
      if (t.isRecord() && !io.jingwei.ref.EntityId.class.isAssignableFrom(t)) {
        out.addAll(leaves(t, path));
      } else {
        out.add(path);
      }
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(EntityKind.class)
  void everyOptionNamesOneValue(EntityKind kind) {
    for (Column c : CATALOGUE.sheet(kind).columns()) {
      if (c.enumType() != null) {
        for (String shown : c.allowedValues()) {
          assertThat(EnumText.parse(c.enumType(), shown)).as(c.path() + " " + shown).isNotNull();
        }
        assertThat(new HashSet<>(c.allowedValues())).hasSameSizeAs(c.allowedValues());
      }
    }
  }

  @Test
  void requiredColumnsComeFromTheModel() {
    assertThat(CATALOGUE.sheet(EntityKind.MEMBER).requiredColumns())
        .extracting(Column::path)
        .containsExactlyInAnyOrder("/id", "/name", "/status", "/organization");
  }

  @Test
  @DisplayName("调用方可以加自己的列名同义词")
  void aCallerAddsASynonym() {
    ColumnCatalogue own = CATALOGUE.withSynonym(EntityKind.MEMBER, "党员身份", "/status");
    assertThat(own.column(EntityKind.MEMBER, "党员身份")).map(Column::path).hasValue("/status");
    assertThat(CATALOGUE.column(EntityKind.MEMBER, "党员身份")).isEmpty();
    ColumnCatalogue moved = CATALOGUE.withSynonym(EntityKind.MEMBER, "单位", "/recordsKeeper");
    assertThat(moved.column(EntityKind.MEMBER, "单位")).map(Column::path).hasValue("/recordsKeeper");
    assertThatThrownBy(() -> CATALOGUE.withSynonym(EntityKind.MEMBER, "x", "/nope"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"党员, MEMBER", "党员台账, MEMBER", "members, MEMBER", "MEMBER, MEMBER", "党员名册.csv, MEMBER",
    "南宁市青秀区党员信息表.xlsx, MEMBER", "党组织, ORGANIZATION", "网格员, GRID_WORKER", "网格, GRID",
    "communityWorkers.csv, COMMUNITY_WORKER", "党群服务中心, SERVICE_CENTER", "会议记录, MEETING"})
  void sheetAndFileNamesTellTheKind(String name, EntityKind kind) {
    assertThat(CATALOGUE.kindOfName(name)).hasValue(kind);
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new java.util.ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
