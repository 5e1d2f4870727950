package io.jingwei.ref;

/**
 * An entity (实体) of a city dataset: a record with an identifier of its own kind. Every record type a dataset
 * holds implements it (divisions, compounds, organizations, members, workers, grids, centres, meetings).
 */
public interface Entity {

  /** The record's identifier. */
  EntityId id();

  /** The record's kind and identifier as a reference. */
  default EntityRef ref() {
    return id().toRef();
  }
}
