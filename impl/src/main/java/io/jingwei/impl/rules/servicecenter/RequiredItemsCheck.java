package io.jingwei.impl.rules.servicecenter;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.RuleParams;
import io.jingwei.servicecenter.CenterLevel;
import io.jingwei.servicecenter.ChecklistItem;
import io.jingwei.servicecenter.RoomType;
import io.jingwei.servicecenter.ServiceCenter;
import io.jingwei.servicecenter.Sign;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Items a centre must have (必备项目): the compulsory rooms of "4+X", the signs hung together, the "six haves"
 * (六有) — Nanning's standard for compound centres. One class, three checks ({@link #rooms()}, {@link #signs()},
 * {@link #checklist()}), each reading the required items from its parameter ({@code rooms}, {@code signs},
 * {@code items}) and the levels it applies to from {@code levels}. A centre of such a level that lacks any required
 * item is reported once, at {@code /rooms}, {@code /signs} or {@code /checklist}. Argument: {@code missing} (the
 * items lacking, in the parameter's order).
 *
 * @param <E> the item type
 */
public final class RequiredItemsCheck<E extends Enum<E>> extends CenterCheck {

  private final Class<E> type;
  private final String param;
  private final String path;
  private final Function<ServiceCenter, Set<E>> present;

  private RequiredItemsCheck(
      String name, Class<E> type, String param, String path, Function<ServiceCenter, Set<E>> present) {
    super(name);
    this.type = type;
    this.param = param;
    this.path = path;
    this.present = present;
  }

  /** The compulsory rooms (功能室, check {@code service-center-rooms}, parameter {@code rooms}). */
  public static RequiredItemsCheck<RoomType> rooms() {
    return new RequiredItemsCheck<>("service-center-rooms", RoomType.class, "rooms", "/rooms", ServiceCenter::roomTypes);
  }

  /** The signs (标识, check {@code service-center-signs}, parameter {@code signs}). */
  public static RequiredItemsCheck<Sign> signs() {
    return new RequiredItemsCheck<>("service-center-signs", Sign.class, "signs", "/signs", ServiceCenter::signs);
  }

  /** The "six haves" (六有, check {@code service-center-checklist}, parameter {@code items}). */
  public static RequiredItemsCheck<ChecklistItem> checklist() {
    return new RequiredItemsCheck<>(
        "service-center-checklist", ChecklistItem.class, "items", "/checklist", ServiceCenter::checklist);
  }

  @Override
  protected RecordRule<ServiceCenter> bind(RuleContext rule) {
    Set<CenterLevel> levels = RuleParams.enumSet(rule.rule(), "levels", CenterLevel.class);
    List<E> required = RuleParams.enumList(rule.rule(), param, type);
    return (ref, c) -> {
      if (!levels.contains(c.level())) {
        return;
      }
      Set<E> has = Objects.requireNonNull(present.apply(c));
      List<E> missing = new ArrayList<>();
      for (E item : required) {
        if (!has.contains(item)) {
          missing.add(item);
        }
      }
      if (!missing.isEmpty()) {
        rule.emit(ref, path, Map.of("missing", missing));
      }
    };
  }
}
