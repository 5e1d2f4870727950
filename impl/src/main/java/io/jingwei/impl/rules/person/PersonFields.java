package io.jingwei.impl.rules.person;

import io.jingwei.id.ResidentIdNumber;
import io.jingwei.member.PartyMember;
import io.jingwei.person.Sex;
import io.jingwei.time.PartialDate;
import io.jingwei.worker.CommunityWorker;
import org.jspecify.annotations.Nullable;

/**
 * The personal fields (人员字段) the person rules compare, shared by {@link PartyMember} and
 * {@link CommunityWorker}: both hold an ID number, a sex and a birth date under the same wire names.
 *
 * @param idNumber the resident ID number, if recorded
 * @param sex the sex, if recorded
 * @param birthDate the birth date, if recorded
 */
record PersonFields(@Nullable ResidentIdNumber idNumber, @Nullable Sex sex, @Nullable PartialDate birthDate) {

  /** The fields of a member or community worker; null for any other record. */
  static @Nullable PersonFields of(Object record) {
    if (record instanceof PartyMember m) {
      return new PersonFields(m.idNumber(), m.sex(), m.birthDate());
    }
    if (record instanceof CommunityWorker w) {
      return new PersonFields(w.idNumber(), w.sex(), w.birthDate());
    }
    return null;
  }

  @Override
  public String toString() {
    return "PersonFields[idNumber=" + (idNumber == null ? "null" : idNumber.masked()) + ", sex=" + sex + "]";
  }
}
