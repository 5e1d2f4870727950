package io.jingwei.impl.engine;

import io.jingwei.dataset.CityDataset;
import java.util.Objects;

/**
 * The adapter from a {@link CityDataset} to a {@link ValidationInput} (数据集适配).
 *
 * <p>NOT WIRED YET: the entity model lands in a parallel branch. Wiring it is small: add every record of
 * {@code dataset.records(kind)} for each {@link io.jingwei.ref.EntityKind} with its id's {@code toRef()}, set
 * {@code dataset(dataset)}, and give a {@link RegionResolver} that walks division parents (a member through its
 * organization's division, a grid through its community) up to the DISTRICT and STREET levels.
 */
public final class CityDatasetInput {
  private CityDatasetInput() {}

  /**
   * The input of the dataset.
   *
   * @throws UnsupportedOperationException until the entity model is merged and this adapter is wired
   */
  public static ValidationInput of(CityDataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    throw new UnsupportedOperationException(
        "CityDataset validation is wired once the entity model is merged; use"
            + " DefaultDatasetValidator.validate(ValidationInput) meanwhile");
  }
}
