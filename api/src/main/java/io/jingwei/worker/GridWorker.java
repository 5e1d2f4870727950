package io.jingwei.worker;

import io.jingwei.ref.Entity;
import io.jingwei.id.MobileNumber;
import io.jingwei.person.PersonName;
import io.jingwei.ref.GridId;
import io.jingwei.ref.GridWorkerId;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.WorkerId;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A grid worker (网格员) assigned to one grid. A grid's workers are the grid workers whose {@link #grid()} names
 * it; Nanning staffs each grid with 3–4. {@link #toString()} shows the id and the masked name only.
 *
 * @param id the identifier
 * @param name the name (姓名)
 * @param phone the mobile number (手机号码), if recorded
 * @param grid the grid (网格) the worker is assigned to
 * @param role the role (网格长, 专职 or 兼职网格员)
 * @param communityWorker the worker's community-worker id, when the grid worker is also a full-time community
 *     worker in the dataset
 * @param member the worker's Party-member id, when a member in the dataset
 */
public record GridWorker(
    @NotNull GridWorkerId id,
    @NotNull PersonName name,
    @Nullable MobileNumber phone,
    @NotNull GridId grid,
    @NotNull GridWorkerRole role,
    @Nullable WorkerId communityWorker,
    @Nullable MemberId member) implements Entity {

  /**
   * Checks that the required parts are present.
   *
   * @throws NullPointerException when id, name, grid or role is null
   */
  public GridWorker {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(role, "role");
  }

  /** A grid worker with only the required parts. */
  public static GridWorker of(GridWorkerId id, PersonName name, GridId grid, GridWorkerRole role) {
    return new GridWorker(id, name, null, grid, role, null, null);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this grid worker's parts. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** This grid worker assigned to another grid. */
  public GridWorker withGrid(GridId newGrid) {
    return new GridWorker(id, name, phone, newGrid, role, communityWorker, member);
  }

  /** The id and the masked name only: personal data is never printed. */
  @Override
  public String toString() {
    return "GridWorker[id=" + id + ", name=" + name.masked() + "]";
  }

  /** A builder of {@link GridWorker}s (网格员). Not thread-safe. */
  public static final class Builder {
    private @Nullable GridWorkerId id;
    private @Nullable PersonName name;
    private @Nullable MobileNumber phone;
    private @Nullable GridId grid;
    private @Nullable GridWorkerRole role;
    private @Nullable WorkerId communityWorker;
    private @Nullable MemberId member;

    private Builder() {}

    private Builder(GridWorker w) {
      id = w.id;
      name = w.name;
      phone = w.phone;
      grid = w.grid;
      role = w.role;
      communityWorker = w.communityWorker;
      member = w.member;
    }

    /** Sets the identifier (required). */
    public Builder id(GridWorkerId value) {
      id = value;
      return this;
    }

    /** Sets the identifier from its text (required). */
    public Builder id(String value) {
      return id(GridWorkerId.of(value));
    }

    /** Sets the name (required). */
    public Builder name(PersonName value) {
      name = value;
      return this;
    }

    /** Sets the name from its text (required). */
    public Builder name(String value) {
      return name(PersonName.of(value));
    }

    /** Sets the mobile number. */
    public Builder phone(@Nullable MobileNumber value) {
      phone = value;
      return this;
    }

    /** Sets the grid (required). */
    public Builder grid(GridId value) {
      grid = value;
      return this;
    }

    /** Sets the role (required). */
    public Builder role(GridWorkerRole value) {
      role = value;
      return this;
    }

    /** Sets the community-worker id. */
    public Builder communityWorker(@Nullable WorkerId value) {
      communityWorker = value;
      return this;
    }

    /** Sets the Party-member id. */
    public Builder member(@Nullable MemberId value) {
      member = value;
      return this;
    }

    /**
     * Builds the grid worker.
     *
     * @throws NullPointerException when id, name, grid or role is missing
     */
    public GridWorker build() {
      return new GridWorker(id, name, phone, grid, role, communityWorker, member);
    }
  }
}
