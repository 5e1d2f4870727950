package io.jingwei.person;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Ethnicity (民族), coded by GB 3304-91 《中国各民族名称的罗马字母拼写法和代码》: the 56 ethnic groups with
 * their two-digit codes ({@code 01} 汉族 … {@code 56} 基诺族), plus {@code 97} 其他未识别民族 and {@code 98}
 * 外国血统中国籍人士 as used in household registration and Party-member records. The wire format writes the
 * constant name ({@code ZHUANG}); {@link #code()} gives the national code.
 */
public enum Ethnicity {
  /** Han (汉族), code 01. */
  HAN("01", "汉族"),
  /** Mongol (蒙古族), code 02. */
  MONGOL("02", "蒙古族"),
  /** Hui (回族), code 03. */
  HUI("03", "回族"),
  /** Tibetan or Zang (藏族), code 04. */
  TIBETAN("04", "藏族"),
  /** Uyghur (维吾尔族), code 05. */
  UYGHUR("05", "维吾尔族"),
  /** Miao (苗族), code 06. */
  MIAO("06", "苗族"),
  /** Yi (彝族), code 07. */
  YI("07", "彝族"),
  /** Zhuang (壮族), code 08. */
  ZHUANG("08", "壮族"),
  /** Bouyei (布依族), code 09. */
  BOUYEI("09", "布依族"),
  /** Korean or Chaoxian (朝鲜族), code 10. */
  KOREAN("10", "朝鲜族"),
  /** Manchu (满族), code 11. */
  MANCHU("11", "满族"),
  /** Dong (侗族), code 12. */
  DONG("12", "侗族"),
  /** Yao (瑶族), code 13. */
  YAO("13", "瑶族"),
  /** Bai (白族), code 14. */
  BAI("14", "白族"),
  /** Tujia (土家族), code 15. */
  TUJIA("15", "土家族"),
  /** Hani (哈尼族), code 16. */
  HANI("16", "哈尼族"),
  /** Kazakh (哈萨克族), code 17. */
  KAZAKH("17", "哈萨克族"),
  /** Dai (傣族), code 18. */
  DAI("18", "傣族"),
  /** Li (黎族), code 19. */
  LI("19", "黎族"),
  /** Lisu (傈僳族), code 20. */
  LISU("20", "傈僳族"),
  /** Va (佤族), code 21. */
  VA("21", "佤族"),
  /** She (畲族), code 22. */
  SHE("22", "畲族"),
  /** Gaoshan (高山族), code 23. */
  GAOSHAN("23", "高山族"),
  /** Lahu (拉祜族), code 24. */
  LAHU("24", "拉祜族"),
  /** Sui or Shui (水族), code 25. */
  SUI("25", "水族"),
  /** Dongxiang (东乡族), code 26. */
  DONGXIANG("26", "东乡族"),
  /** Naxi (纳西族), code 27. */
  NAXI("27", "纳西族"),
  /** Jingpo (景颇族), code 28. */
  JINGPO("28", "景颇族"),
  /** Kyrgyz (柯尔克孜族), code 29. */
  KYRGYZ("29", "柯尔克孜族"),
  /** Tu (土族), code 30. */
  TU("30", "土族"),
  /** Daur (达斡尔族), code 31. */
  DAUR("31", "达斡尔族"),
  /** Mulam or Mulao (仫佬族), code 32. */
  MULAM("32", "仫佬族"),
  /** Qiang (羌族), code 33. */
  QIANG("33", "羌族"),
  /** Blang (布朗族), code 34. */
  BLANG("34", "布朗族"),
  /** Salar (撒拉族), code 35. */
  SALAR("35", "撒拉族"),
  /** Maonan (毛南族), code 36. */
  MAONAN("36", "毛南族"),
  /** Gelao (仡佬族), code 37. */
  GELAO("37", "仡佬族"),
  /** Xibe (锡伯族), code 38. */
  XIBE("38", "锡伯族"),
  /** Achang (阿昌族), code 39. */
  ACHANG("39", "阿昌族"),
  /** Pumi (普米族), code 40. */
  PUMI("40", "普米族"),
  /** Tajik (塔吉克族), code 41. */
  TAJIK("41", "塔吉克族"),
  /** Nu (怒族), code 42. */
  NU("42", "怒族"),
  /** Uzbek (乌孜别克族), code 43. */
  UZBEK("43", "乌孜别克族"),
  /** Russian (俄罗斯族), code 44. */
  RUSSIAN("44", "俄罗斯族"),
  /** Evenki (鄂温克族), code 45. */
  EVENKI("45", "鄂温克族"),
  /** De'ang (德昂族), code 46. */
  DEANG("46", "德昂族"),
  /** Bonan (保安族), code 47. */
  BONAN("47", "保安族"),
  /** Yugur (裕固族), code 48. */
  YUGUR("48", "裕固族"),
  /** Gin or Jing (京族), code 49. */
  GIN("49", "京族"),
  /** Tatar (塔塔尔族), code 50. */
  TATAR("50", "塔塔尔族"),
  /** Derung (独龙族), code 51. */
  DERUNG("51", "独龙族"),
  /** Oroqen (鄂伦春族), code 52. */
  OROQEN("52", "鄂伦春族"),
  /** Hezhen (赫哲族), code 53. */
  HEZHEN("53", "赫哲族"),
  /** Monba (门巴族), code 54. */
  MONBA("54", "门巴族"),
  /** Lhoba (珞巴族), code 55. */
  LHOBA("55", "珞巴族"),
  /** Jino (基诺族), code 56. */
  JINO("56", "基诺族"),
  /** Other, not yet identified ethnic groups (其他未识别民族), code 97. */
  UNIDENTIFIED("97", "其他未识别民族"),
  /** Chinese citizens of foreign origin (外国血统中国籍人士), code 98. */
  FOREIGN_ORIGIN("98", "外国血统中国籍人士");

  private static final Map<String, Ethnicity> BY_CODE = new HashMap<>();
  private static final Map<String, Ethnicity> BY_NAME = new HashMap<>();

  static {
    for (Ethnicity e : values()) {
      BY_CODE.put(e.code, e);
      BY_NAME.put(e.chineseName, e);
      if (e.isRecognizedGroup()) {
        BY_NAME.put(e.chineseName.substring(0, e.chineseName.length() - 1), e);
      }
    }
  }

  private final String code;
  private final String chineseName;

  Ethnicity(String code, String chineseName) {
    this.code = code;
    this.chineseName = chineseName;
  }

  /** The two-digit GB 3304 code ({@code 08} for 壮族). */
  public String code() {
    return code;
  }

  /** The Chinese name with the trailing 族 ({@code 壮族}), or the full wording for codes 97 and 98. */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Whether this is an ethnic minority (少数民族) in the sense of 党内统计: one of the 55 recognized groups
   * other than 汉族 (codes 02–56). Codes 97 and 98 are not counted as minorities.
   */
  public boolean isMinority() {
    return this != HAN && isRecognizedGroup();
  }

  private boolean isRecognizedGroup() {
    return this != UNIDENTIFIED && this != FOREIGN_ORIGIN;
  }

  /** The ethnicity with the given two-digit code ({@code "08"}), if any. */
  public static Optional<Ethnicity> fromCode(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(BY_CODE.get(code.strip()));
  }

  /**
   * The ethnicity with the given Chinese name, with or without the trailing 族 ({@code 壮族} or {@code 壮};
   * {@code 土} is 土族 and {@code 土家} is 土家族), if any. Surrounding white space is ignored.
   */
  public static Optional<Ethnicity> fromChineseName(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(BY_NAME.get(name.strip()));
  }
}
