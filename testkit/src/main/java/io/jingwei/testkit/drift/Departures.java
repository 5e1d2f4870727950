package io.jingwei.testkit.drift;

import io.jingwei.dataset.CityDataset;
import io.jingwei.id.ResidentIdNumber;
import io.jingwei.member.PartyMember;
import io.jingwei.ref.MemberId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the members of the old export who are not active members of the new one, and why (党员离开): an exit
 * recorded in the new record or, for a record that is gone, in the old one; a new record of the same person; or
 * nothing (silently lost).
 */
final class Departures {

  private Departures() {}

  static List<Departure> find(CityDataset oldData, CityDataset newData) {
    Map<MemberId, PartyMember> after = new HashMap<>();
    for (PartyMember m : newData.members()) {
      after.putIfAbsent(m.id(), m);
    }
    Map<MemberId, PartyMember> before = new HashMap<>();
    for (PartyMember m : oldData.members()) {
      before.putIfAbsent(m.id(), m);
    }
    // new records of persons: their ID number, for records whose id the old export does not have
    Map<ResidentIdNumber, MemberId> newcomers = new HashMap<>();
    for (PartyMember m : newData.members()) {
      if (m.idNumber() != null && !before.containsKey(m.id())) {
        newcomers.putIfAbsent(m.idNumber(), m.id());
      }
    }
    List<Departure> out = new ArrayList<>();
    for (PartyMember old : before.values()) {
      PartyMember now = after.get(old.id());
      boolean mobile = old.mobility() != null && old.mobility().mobile();
      String name = old.name().masked();
      if (now != null) {
        if (old.standing().isActive() && !now.standing().isActive()) {
          out.add(new Departure(old.id(), name, old.organization(), DepartureReason.EXIT_RECORDED, now.standing(),
              null, mobile));
        }
        continue;
      }
      if (!old.standing().isActive()) {
        out.add(new Departure(old.id(), name, old.organization(), DepartureReason.EXIT_RECORDED_EARLIER,
            old.standing(), null, mobile));
        continue;
      }
      MemberId newId = old.idNumber() == null ? null : newcomers.get(old.idNumber());
      if (newId != null) {
        out.add(new Departure(old.id(), name, old.organization(), DepartureReason.REIDENTIFIED, null, newId,
            mobile));
      } else {
        out.add(new Departure(old.id(), name, old.organization(), DepartureReason.UNEXPLAINED, null, null, mobile));
      }
    }
    out.sort(Comparator.comparing(Departure::member));
    return out;
  }
}
