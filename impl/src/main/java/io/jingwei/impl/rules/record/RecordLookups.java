package io.jingwei.impl.rules.record;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.RecordEntry;
import io.jingwei.impl.engine.ValidationInput;
import io.jingwei.impl.engine.Approvals;
import io.jingwei.organization.Approval;
import io.jingwei.ref.Entity;
import io.jingwei.ref.EntityKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The lookups of other records some record rules need (记录查找): the input's typed dataset when it has one,
 * otherwise a dataset built once from the input's records (linear; duplicate ids resolve to the first record, as
 * the dataset does). Also the approvals of a record as the engine wants them.
 */
public final class RecordLookups {
  private RecordLookups() {}

  /** The typed dataset of the input, or one built from its records. */
  public static CityDataset dataset(ValidationInput input) {
    return input.dataset().orElseGet(() -> build(input));
  }

  private static CityDataset build(ValidationInput input) {
    CityDataset.Builder b = CityDataset.builder();
    for (EntityKind kind : EntityKind.values()) {
      List<Object> records = new ArrayList<>();
      for (RecordEntry e : input.records(kind)) {
        if (e.record() instanceof Entity) {
          records.add(e.record());
        }
      }
      b.addAll(records);
    }
    return b.build();
  }

  /** The approvals (上级批准) a record carries, by the rules they cover. */
  public static Approvals approvals(List<Approval> approvals) {
    if (approvals.isEmpty()) {
      return Approvals.none();
    }
    List<String> rules = new ArrayList<>(approvals.size());
    for (Approval a : approvals) {
      rules.add(a.rule());
    }
    return Approvals.of(rules);
  }
}
