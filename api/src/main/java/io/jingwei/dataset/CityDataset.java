package io.jingwei.dataset;

/** A city dataset (城市数据集). PLACEHOLDER: replaced by the work that owns this package. */
public final class CityDataset { private CityDataset() {} }
