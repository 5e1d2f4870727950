package io.jingwei.testkit.drift;

import io.jingwei.dataset.CityDataset;
import io.jingwei.division.Division;
import io.jingwei.ref.DivisionId;
import io.jingwei.servicecenter.ServiceCenter;
import io.jingwei.testkit.CityGenerator;
import io.jingwei.testkit.CityPreset;
import io.jingwei.testkit.MonthlyChanges;
import io.jingwei.testkit.NextMonth;
import io.jingwei.ref.ServiceCenterId;

/** Two months of the tiny city (seed 7): the generated one and the next with the default planted changes. */
final class TwoMonths {
  static final long SEED = 7;
  static final CityDataset MONTH_1 = CityGenerator.of(CityPreset.tiny(), SEED).generate();
  static final NextMonth MONTH_2 = MonthlyChanges.of(SEED).apply(MONTH_1);

  private TwoMonths() {}

  /** The district (county-level division) a centre lies in: the centre's community → street → district. */
  static DivisionId districtOf(ServiceCenterId centre) {
    ServiceCenter s = MONTH_1.serviceCenter(centre).orElseThrow();
    Division d = MONTH_1.division(s.division()).orElseThrow();
    while (d.parent() != null && !MONTH_1.division(d.parent()).orElseThrow().kind().name().equals("CITY")) {
      d = MONTH_1.division(d.parent()).orElseThrow();
    }
    return d.id();
  }
}
