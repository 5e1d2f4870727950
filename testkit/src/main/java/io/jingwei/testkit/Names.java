package io.jingwei.testkit;

import java.util.List;
import java.util.Random;

/** Chinese names and place names (名称) for synthetic cities; all fictitious combinations. */
final class Names {

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韦蒙覃莫黎陆农廖卢苏蓝潘甘";
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红海燕玉梅春林宁江邕德文斌琳";

  /** Real street (街道) names of Nanning, used in order and then numbered. */
  static final List<String> STREETS =
      List.of("新竹街道", "中山街道", "津头街道", "南湖街道", "建政街道", "民生街道", "朝阳街道", "兴东街道",
          "华强街道", "北湖街道", "衡阳街道", "新阳街道", "西乡塘街道", "安吉街道", "上尧街道", "心圩街道",
          "福建园街道", "江南街道", "沙井街道", "那洪街道", "大沙田街道", "银海街道", "蒲庙街道", "城关街道",
          "石埠街道", "仙葫街道", "长塘街道", "友爱街道", "新秀街道", "滨湖街道");

  private static final List<String> COMMUNITY_STEMS =
      List.of("桃源", "民主", "滨湖", "长堽", "明秀", "安吉", "华西", "友爱", "高新", "科园", "望州", "秀灵",
          "新阳", "鲁班", "园湖", "古城", "金湖", "东葛", "竹溪", "凤岭", "琅东", "仙葫", "五象", "那洪", "星光",
          "白沙", "亭洪", "江南", "福建园", "南铁", "大学", "西津", "北湖", "秀厢", "相思湖", "茅桥");

  private Names() {}

  static String person(Random rnd) {
    StringBuilder sb = new StringBuilder(3);
    sb.append(SURNAMES.charAt(rnd.nextInt(SURNAMES.length())));
    int given = rnd.nextInt(3) == 0 ? 1 : 2;
    for (int i = 0; i < given; i++) {
      sb.append(GIVEN.charAt(rnd.nextInt(GIVEN.length())));
    }
    return sb.toString();
  }

  static String street(int index) {
    return index < STREETS.size() ? STREETS.get(index) : "第" + (index + 1) + "街道";
  }

  static String community(int index) {
    String stem = COMMUNITY_STEMS.get(index % COMMUNITY_STEMS.size());
    int round = index / COMMUNITY_STEMS.size();
    return round == 0 ? stem + "社区" : stem + (round + 1) + "社区";
  }

  /** 一, 二 … 十, then digits. */
  static String ordinal(int n) {
    String digits = "一二三四五六七八九十";
    return n >= 1 && n <= 10 ? String.valueOf(digits.charAt(n - 1)) : String.valueOf(n);
  }
}
