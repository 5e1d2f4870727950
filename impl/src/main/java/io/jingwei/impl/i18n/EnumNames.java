package io.jingwei.impl.i18n;

import io.jingwei.division.DivisionKind;
import io.jingwei.division.DivisionLevel;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.Occupation;
import io.jingwei.member.PartyStanding;
import io.jingwei.organization.MeetingType;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.Post;
import io.jingwei.organization.Selection;
import io.jingwei.organization.UnitNature;
import io.jingwei.person.EducationLevel;
import io.jingwei.person.Ethnicity;
import io.jingwei.person.Sex;
import io.jingwei.servicecenter.CenterLevel;
import io.jingwei.servicecenter.ChecklistItem;
import io.jingwei.servicecenter.RegionalKind;
import io.jingwei.servicecenter.RoomType;
import io.jingwei.servicecenter.Sign;
import io.jingwei.worker.GridWorkerRole;
import io.jingwei.worker.WorkerPost;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The display names of the model's code values in messages (代码值名称): issue arguments hold enum constants by
 * name ({@code SOCIAL_SERVICE}, the wire form, stable for machines); a message shows them as a reader expects —
 * 社会服务 in Chinese, "social service" in English. Where two enums share a constant name, the first listed wins
 * (their Chinese names agree in meaning).
 */
final class EnumNames {
  private static final Map<String, String> CHINESE = new HashMap<>();
  private static final Map<String, String> COLLECTIONS = new HashMap<>();

  static {
    register(DivisionKind.values(), DivisionKind::chineseName);
    register(DivisionLevel.values(), DivisionLevel::chineseName);
    register(OrganizationType.values(), OrganizationType::chineseName);
    register(Post.values(), Post::chineseName);
    register(Selection.values(), Selection::chineseName);
    register(MeetingType.values(), MeetingType::chineseName);
    register(MembershipStatus.values(), MembershipStatus::chineseName);
    register(PartyStanding.values(), PartyStanding::chineseName);
    register(WorkerPost.values(), WorkerPost::chineseName);
    register(GridWorkerRole.values(), GridWorkerRole::chineseName);
    register(CenterLevel.values(), CenterLevel::chineseName);
    register(RegionalKind.values(), RegionalKind::chineseName);
    register(RoomType.values(), RoomType::chineseName);
    register(Sign.values(), Sign::chineseName);
    register(ChecklistItem.values(), ChecklistItem::chineseName);
    register(UnitNature.values(), UnitNature::chineseName);
    register(Occupation.values(), Occupation::chineseName);
    register(EducationLevel.values(), EducationLevel::chineseName);
    register(Sex.values(), Sex::chineseName);
    register(Ethnicity.values(), Ethnicity::chineseName);
    // entity kinds appear in arguments by their collection (wire) name: organizations → 党组织
    COLLECTIONS.put("divisions", "行政区划");
    COLLECTIONS.put("compounds", "居民小区");
    COLLECTIONS.put("organizations", "党组织");
    COLLECTIONS.put("members", "党员");
    COLLECTIONS.put("communityWorkers", "社区工作者");
    COLLECTIONS.put("gridWorkers", "网格员");
    COLLECTIONS.put("grids", "网格");
    COLLECTIONS.put("serviceCenters", "党群服务中心");
    COLLECTIONS.put("meetings", "会议记录");
    for (DayOfWeek day : DayOfWeek.values()) {
      CHINESE.putIfAbsent(day.name(), day.getDisplayName(TextStyle.FULL, Locale.CHINESE));
    }
  }

  private EnumNames() {}

  private static <E extends Enum<E>> void register(E[] values, Function<E, String> name) {
    for (E value : values) {
      CHINESE.putIfAbsent(value.name(), name.apply(value));
    }
  }

  /** The Chinese name of an entity collection ({@code organizations} → 党组织); the wire name in English. */
  static Optional<String> collection(String name, Locale locale) {
    String chinese = COLLECTIONS.get(name);
    if (chinese == null || "en".equals(locale.getLanguage())) {
      return Optional.empty();
    }
    return Optional.of(chinese);
  }

  /** The display name of a constant name for the locale, when the text is one of the model's constants. */
  static Optional<String> display(String constant, Locale locale) {
    String chinese = CHINESE.get(constant);
    if (chinese == null) {
      return Optional.empty();
    }
    if ("en".equals(locale.getLanguage())) {
      return Optional.of(constant.toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    return Optional.of(chinese);
  }
}
