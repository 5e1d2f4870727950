package io.jingwei.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.ref.EntityKind;
import io.jingwei.xlsx.Column;
import io.jingwei.xlsx.ColumnCatalogue;
import io.jingwei.xlsx.SpreadsheetIssueCodes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellParserTest {

  private static final CellParser PARSER = CellParser.standard();

  private static Column member(String path) {
    return ColumnCatalogue.standard().sheet(EntityKind.MEMBER).column(path).orElseThrow();
  }

  private static Column of(EntityKind kind, String path) {
    return ColumnCatalogue.standard().sheet(kind).column(path).orElseThrow();
  }

  private static String text(Column column, CellValue cell) {
    CellParser.Parsed p = PARSER.parse(column, cell);
    return p.value() == null ? null : p.value().asString();
  }

  @ParameterizedTest
  @CsvSource({
    "2021-05-01, 2021-05-01",
    "2021/5/1, 2021-05-01",
    "2021.5.1, 2021-05-01",
    "2021年5月1日, 2021-05-01",
    "2021年05月01日, 2021-05-01",
    "2021-5-1, 2021-05-01",
    "20210501, 2021-05-01",
    "'2021-05-01 08:30:00', 2021-05-01",
    "２０２１年５月１日, 2021-05-01",
    "2021年5月, 2021-05",
    "2021-05, 2021-05",
    "2021/5, 2021-05",
    "2021.5, 2021-05",
    "202105, 2021-05",
    "2021年, 2021",
    "2021, 2021",
    "44317, 2021-05-01",
  })
  @DisplayName("日期的各种写法（文本单元格）")
  void readsDatesAsPeopleTypeThem(String typed, String wire) {
    assertThat(text(member("/timeline/admittedOn"), CellValue.text(typed))).isEqualTo(wire);
  }

  @ParameterizedTest
  @CsvSource({
    "44317, true, 2021-05-01",
    "44317.5, true, 2021-05-01",
    "44317, false, 2021-05-01",
    "2021, false, 2021",
    "202105, false, 2021-05",
    "20210501, false, 2021-05-01",
    "1, true, 1900-01-01",
    "61, true, 1900-03-01",
  })
  @DisplayName("Excel日期序列号与日期格式单元格")
  void readsExcelSerialDates(String stored, boolean dateFormatted, String wire) {
    assertThat(text(member("/birthDate"), CellValue.number(stored, dateFormatted))).isEqualTo(wire);
  }

  @Test
  void readsSerialDatesOfThe1904System() {
    Column c = member("/birthDate");
    assertThat(CellParser.of(true).parse(c, CellValue.number("42855", true)).value().asString())
        .isEqualTo("2021-05-01");
  }

  @Test
  void passesAnImpossibleDateOnForTheBinderToReport() {
    assertThat(text(member("/birthDate"), CellValue.text("2021年13月"))).isEqualTo("2021年13月");
    assertThat(text(member("/birthDate"), CellValue.text("2021-02-30"))).isEqualTo("2021-02-30");
  }

  @Test
  void aFullDateColumnDoesNotTakeAMonth() {
    Column heldOn = of(EntityKind.MEETING, "/heldOn");
    assertThat(text(heldOn, CellValue.text("2021年5月1日"))).isEqualTo("2021-05-01");
    assertThat(text(heldOn, CellValue.text("2021年5月"))).isEqualTo("2021年5月");
  }

  @ParameterizedTest
  @CsvSource({"男, MALE", "女, FEMALE", "1, MALE", "2, FEMALE", "M, MALE", "F, FEMALE", "m, MALE", "男性, MALE",
    "女性, FEMALE", "MALE, MALE", "female, FEMALE", "0, UNKNOWN", "9, NOT_STATED", "未知的性别, UNKNOWN"})
  @DisplayName("性别的各种写法")
  void readsSexAsPeopleTypeIt(String typed, String wire) {
    assertThat(text(member("/sex"), CellValue.text(typed))).isEqualTo(wire);
  }

  @Test
  void readsSexCodesStoredAsNumbers() {
    assertThat(text(member("/sex"), CellValue.number("1", false))).isEqualTo("MALE");
    assertThat(text(member("/sex"), CellValue.number("2.0", false))).isEqualTo("FEMALE");
  }

  @ParameterizedTest
  @CsvSource({"正式党员, FULL", "预备党员, PROBATIONARY", "正式, FULL", "预备, PROBATIONARY", "FULL, FULL",
    "probationary, PROBATIONARY", "' 正式党员 ', FULL"})
  @DisplayName("党员类别的各种写法")
  void readsStatusAsPeopleTypeIt(String typed, String wire) {
    assertThat(text(member("/status"), CellValue.text(typed))).isEqualTo(wire);
  }

  @ParameterizedTest
  @CsvSource({"汉族, HAN", "汉, HAN", "壮族, ZHUANG", "01, HAN", "HAN, HAN"})
  void readsEthnicityByNameOrCode(String typed, String wire) {
    assertThat(text(member("/ethnicity"), CellValue.text(typed))).isEqualTo(wire);
  }

  @Test
  @DisplayName("民族代码丢了前导零：恢复并报告")
  void restoresTheLeadingZeroOfAnEnumCode() {
    CellParser.Parsed p = PARSER.parse(member("/ethnicity"), CellValue.number("1", false));
    assertThat(p.value().asString()).isEqualTo("HAN");
    assertThat(p.problems()).extracting(CellParser.Problem::code).containsExactly(SpreadsheetIssueCodes.CODE_RECOVERED);
  }

  @Test
  void leavesAnUnknownOptionForTheBinder() {
    assertThat(text(member("/status"), CellValue.text("积极分子"))).isEqualTo("积极分子");
  }

  @ParameterizedTest
  @CsvSource({"正常, NORMAL", "停止党籍, SUSPENDED", "除名, REMOVED", "自行脱党, REMOVED", "转出, TRANSFERRED_OUT"})
  void readsStandingByItsChineseNames(String typed, String wire) {
    assertThat(text(member("/standing"), CellValue.text(typed))).isEqualTo(wire);
  }

  @ParameterizedTest
  @CsvSource({"是, true", "否, false", "Y, true", "n, false", "1, true", "0, false", "TRUE, true", "√, true", "×, false"})
  void readsYesAndNo(String typed, boolean wire) {
    assertThat(PARSER.parse(member("/mobility/mobile"), CellValue.text(typed)).value().booleanValue()).isEqualTo(wire);
  }

  @Test
  @DisplayName("身份证号被存成数字且超过15位：无法恢复，报告并舍弃")
  void anIdNumberStoredAsANumberHasLostDigits() {
    CellParser.Parsed p = PARSER.parse(member("/idNumber"), CellValue.number("4.50103199001011E17", false));
    assertThat(p.value()).isNull();
    assertThat(p.problems()).extracting(CellParser.Problem::code).containsExactly(SpreadsheetIssueCodes.CODE_LOST);
    assertThat(p.problems().get(0).reason()).isEqualTo("PRECISION");
  }

  @Test
  @DisplayName("CSV中科学计数法的身份证号（4.50103E+17）：无法恢复")
  void anIdNumberInScientificNotationIsLost() {
    CellParser.Parsed p = PARSER.parse(member("/idNumber"), CellValue.text("4.50103E+17"));
    assertThat(p.value()).isNull();
    assertThat(p.problems()).extracting(CellParser.Problem::reason).containsExactly("SCIENTIFIC_NOTATION");
    assertThat(p.problems().get(0).value()).doesNotContain("450103");
  }

  @Test
  void aPhoneStoredAsANumberIsExact() {
    CellParser.Parsed p = PARSER.parse(member("/phone"), CellValue.number("1.3800138E10", false));
    assertThat(p.value().asString()).isEqualTo("13800138000");
    assertThat(p.problems()).isEmpty();
  }

  @Test
  @DisplayName("城乡分类代码丢了前导零（011→11）：恢复并报告")
  void restoresLeadingZerosOfAFixedWidthCode() {
    CellParser.Parsed p = PARSER.parse(of(EntityKind.DIVISION, "/urbanRuralClass"), CellValue.number("11", false));
    assertThat(p.value().asString()).isEqualTo("011");
    assertThat(p.problems()).extracting(CellParser.Problem::reason).containsExactly("LEADING_ZEROS");
  }

  @Test
  void removesADecimalSuffixFromACode() {
    CellParser.Parsed p = PARSER.parse(of(EntityKind.DIVISION, "/code"), CellValue.text("450103.0"));
    assertThat(p.value().asString()).isEqualTo("450103");
    assertThat(p.problems()).extracting(CellParser.Problem::reason).containsExactly("DECIMAL_SUFFIX");
  }

  @Test
  void readsNumbersWithSeparatorsAndUnits() {
    assertThat(PARSER.parse(of(EntityKind.GRID, "/households"), CellValue.text("1,262户")).value().intValue())
        .isEqualTo(1262);
    assertThat(PARSER.parse(of(EntityKind.SERVICE_CENTER, "/floorArea"), CellValue.text("260.5平方米")).value()
            .decimalValue())
        .isEqualByComparingTo("260.5");
  }

  @Test
  void splitsListsAndRecords() {
    Column compounds = of(EntityKind.GRID, "/compounds");
    assertThat(PARSER.parse(compounds, CellValue.text("C-1、C-2,C-3")).value().size()).isEqualTo(3);
    Column introducers = member("/timeline/introducers");
    var v = PARSER.parse(introducers, CellValue.text("张三|M0001；李四")).value();
    assertThat(v.size()).isEqualTo(2);
    assertThat(v.get(0).get("member").asString()).isEqualTo("M0001");
    assertThat(v.get(1).get("name").asString()).isEqualTo("李四");
  }

  @Test
  void undoesFormulaNeutralization() {
    assertThat(text(member("/address"), CellValue.text("'=SUM(A1)"))).isEqualTo("=SUM(A1)");
    assertThat(text(member("/address"), CellValue.text("'引号开头"))).isEqualTo("'引号开头");
  }
}
