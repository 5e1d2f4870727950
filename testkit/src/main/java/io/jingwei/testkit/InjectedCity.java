package io.jingwei.testkit;

import io.jingwei.dataset.CityDataset;
import java.util.List;
import java.util.Objects;

/**
 * A city with injected defects (注入缺陷的城市) and its ground-truth manifest: every issue the defects must raise,
 * and nothing else may be raised.
 *
 * @param dataset the city with the defects
 * @param manifest the expected issues, in injection order
 * @param defects how many defects were injected (a defect may expect more than one issue)
 */
public record InjectedCity(CityDataset dataset, List<ExpectedFinding> manifest, int defects) {

  /** Checks and copies the components. */
  public InjectedCity {
    Objects.requireNonNull(dataset, "dataset");
    manifest = List.copyOf(manifest);
  }
}
