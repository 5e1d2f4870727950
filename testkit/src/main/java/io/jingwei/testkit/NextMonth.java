package io.jingwei.testkit;

import io.jingwei.dataset.CityDataset;
import io.jingwei.ref.MemberId;
import io.jingwei.ref.OrganizationId;
import io.jingwei.ref.ServiceCenterId;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The next month's export of a city (次月数据) that {@link MonthlyChanges} derived, with the ground truth of every
 * change planted: a drift comparison of the two months must report exactly these.
 *
 * @param dataset the next month's dataset
 * @param added the members added (transferred in), in id order
 * @param transferredOut the members whose relationship was transferred out: still present, standing
 *     {@code TRANSFERRED_OUT}, in id order
 * @param silentlyRemoved the members removed without any transfer or exit record, in id order
 * @param changedFields the members whose fields changed, with the changed fields as JSON pointers, in id order
 *     (the transferred-out and moved members are not here: their change is {@code /standing} and
 *     {@code /organization})
 * @param moved the members moved into {@link #jumpedOrganization()}, in id order
 * @param jumpedOrganization the organization whose member count jumped, if members were moved
 * @param droppedCentre the compound service centre removed (a coverage drop), if any
 * @param degradedCentre the compound service centre that lost a compulsory room (a compliance drop and one
 *     issue of {@link #DEGRADED_RULE}), if any
 */
public record NextMonth(
    CityDataset dataset,
    SortedSet<MemberId> added,
    SortedSet<MemberId> transferredOut,
    SortedSet<MemberId> silentlyRemoved,
    SortedMap<MemberId, List<String>> changedFields,
    SortedSet<MemberId> moved,
    @Nullable OrganizationId jumpedOrganization,
    @Nullable ServiceCenterId droppedCentre,
    @Nullable ServiceCenterId degradedCentre) {

  /** The rule the degraded centre breaks: {@code service-center.required-rooms} (the "4+X" rooms). */
  public static final String DEGRADED_RULE = "service-center.required-rooms";

  /** Checks and copies the parts. */
  public NextMonth {
    Objects.requireNonNull(dataset, "dataset");
    added = sorted(added);
    transferredOut = sorted(transferredOut);
    silentlyRemoved = sorted(silentlyRemoved);
    moved = sorted(moved);
    TreeMap<MemberId, List<String>> c = new TreeMap<>();
    Objects.requireNonNull(changedFields, "changedFields").forEach((k, v) -> c.put(k, List.copyOf(v)));
    changedFields = Collections.unmodifiableSortedMap(c);
  }

  private static SortedSet<MemberId> sorted(Set<MemberId> ids) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(ids, "ids")));
  }

  /** The changed fields of every member record present in both months, planted changes of all kinds together. */
  public SortedMap<MemberId, List<String>> expectedChangedMembers() {
    TreeMap<MemberId, List<String>> out = new TreeMap<>(changedFields);
    transferredOut.forEach(id -> out.put(id, List.of("/standing")));
    moved.forEach(id -> out.put(id, List.of("/organization")));
    return Collections.unmodifiableSortedMap(out);
  }
}
