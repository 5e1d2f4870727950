package io.jingwei.organization;

import io.jingwei.ref.MemberId;
import io.jingwei.time.PartialDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The leadership team of a Party organization for its current term (班子, 届): the term's facts and the
 * officers. A branch with fewer than 7 full members has no committee (书记 and at most one 副书记);
 * whether that holds is for the validation engine to check.
 *
 * @param termNumber the term's number (届数, the n-th term), if recorded
 * @param electedOn when the team was elected or appointed (当选时间, 实际换届时间), if known
 * @param termYears the term's length in years (任期年限), if recorded
 * @param termEndsOn when the next election is due (应换届时间) as the platform records it; derivable from
 *     {@code electedOn + termYears}, see {@link #expectedTermEnd()}
 * @param hasCommittee whether a committee is set up (设支部委员会/总支委员会/党委委员会)
 * @param selection how the team was chosen; defaults to {@link Selection#ELECTED} when absent
 * @param officers the officers, in the platform's order; an empty list when absent
 */
public record LeadershipTeam(
    @Positive @Nullable Integer termNumber,
    @Nullable PartialDate electedOn,
    @Positive @Nullable Integer termYears,
    @Nullable PartialDate termEndsOn,
    boolean hasCommittee,
    Selection selection,
    List<@Valid Officer> officers) {

  /** Defaults the selection and the officers, and copies the officers. */
  public LeadershipTeam {
    if (selection == null) {
      selection = Selection.ELECTED;
    }
    officers = officers == null ? List.of() : List.copyOf(officers);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this team's parts. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The officers holding the given post, in order. */
  public List<Officer> officers(Post post) {
    return officers.stream().filter(o -> o.post() == post).toList();
  }

  /** The secretaries (书记); a well-formed team has exactly one. */
  public List<Officer> secretaries() {
    return officers(Post.SECRETARY);
  }

  /** The deputy secretaries (副书记). */
  public List<Officer> deputies() {
    return officers(Post.DEPUTY_SECRETARY);
  }

  /**
   * The number of distinct members holding a team post (书记, 副书记 or 委员); group leaders are not counted. For a
   * team with a committee this is the committee's size.
   */
  public int committeeSize() {
    Set<MemberId> members = new LinkedHashSet<>();
    for (Officer o : officers) {
      if (o.post().isTeamPost()) {
        members.add(o.member());
      }
    }
    return members.size();
  }

  /**
   * When the next election is due: {@link #termEndsOn()} when recorded, otherwise {@code electedOn + termYears}
   * at the precision of {@code electedOn}; empty when neither can be had.
   */
  public Optional<PartialDate> expectedTermEnd() {
    if (termEndsOn != null) {
      return Optional.of(termEndsOn);
    }
    if (electedOn != null && termYears != null) {
      return Optional.of(electedOn.plusYears(termYears));
    }
    return Optional.empty();
  }

  /** This team with other officers. */
  public LeadershipTeam withOfficers(List<Officer> newOfficers) {
    return new LeadershipTeam(termNumber, electedOn, termYears, termEndsOn, hasCommittee, selection, newOfficers);
  }

  /** A builder of {@link LeadershipTeam}s (班子). Not thread-safe. */
  public static final class Builder {
    private @Nullable Integer termNumber;
    private @Nullable PartialDate electedOn;
    private @Nullable Integer termYears;
    private @Nullable PartialDate termEndsOn;
    private boolean hasCommittee;
    private Selection selection = Selection.ELECTED;
    private final ArrayList<Officer> officers = new ArrayList<>();

    private Builder() {}

    private Builder(LeadershipTeam t) {
      termNumber = t.termNumber;
      electedOn = t.electedOn;
      termYears = t.termYears;
      termEndsOn = t.termEndsOn;
      hasCommittee = t.hasCommittee;
      selection = t.selection;
      officers.addAll(t.officers);
    }

    /** Sets the term number. */
    public Builder termNumber(@Nullable Integer value) {
      termNumber = value;
      return this;
    }

    /** Sets the election date. */
    public Builder electedOn(@Nullable PartialDate value) {
      electedOn = value;
      return this;
    }

    /** Sets the term length in years. */
    public Builder termYears(@Nullable Integer value) {
      termYears = value;
      return this;
    }

    /** Sets the recorded due date of the next election. */
    public Builder termEndsOn(@Nullable PartialDate value) {
      termEndsOn = value;
      return this;
    }

    /** Sets whether a committee is set up. */
    public Builder hasCommittee(boolean value) {
      hasCommittee = value;
      return this;
    }

    /** Sets how the team was chosen. */
    public Builder selection(Selection value) {
      selection = value;
      return this;
    }

    /** Adds an officer. */
    public Builder officer(Officer value) {
      officers.add(Objects.requireNonNull(value, "officer"));
      return this;
    }

    /** Adds an elected officer holding a post. */
    public Builder officer(MemberId member, Post post) {
      return officer(Officer.of(member, post));
    }

    /** Replaces the officers. */
    public Builder officers(List<Officer> values) {
      officers.clear();
      officers.addAll(values);
      return this;
    }

    /** Builds the team. */
    public LeadershipTeam build() {
      return new LeadershipTeam(termNumber, electedOn, termYears, termEndsOn, hasCommittee, selection, officers);
    }
  }
}
