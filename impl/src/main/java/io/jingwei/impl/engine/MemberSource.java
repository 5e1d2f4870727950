package io.jingwei.impl.engine;

import io.jingwei.impl.io.Located;
import io.jingwei.impl.io.ReadTally;
import io.jingwei.member.PartyMember;
import io.jingwei.validation.Issue;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * A source of member records (党员记录来源) that a {@link StreamingValidator} streams instead of a directory's
 * {@code members.jsonl}: a spreadsheet's member sheet or {@code members.csv}, for instance
 * ({@link StreamingValidator#validate(ValidationInput, MemberSource)}).
 *
 * <p>The validator reads the source whole, from its start, up to three times: a quick first pass (the ids and ID
 * numbers of the records, and the member ids the read issues name, for the duplicate candidates), the stream
 * itself, and rarely a second quick pass (introducers read long before the members naming them). Each reading must
 * give the same records and issues in the same order. Readings never overlap; they may run on different threads.
 */
public interface MemberSource {

  /**
   * Reads the whole source from its start: each member record read with its location (a line, a row), in source
   * order, and the issues of reading in reading order (an issue about a row that names a member carries the
   * member's reference as its entity), interleaved as they are met.
   *
   * @param records receives the records
   * @param issues receives the read issues
   * @return the count of what was read: every non-blank entry a record or unreadable
   * @throws IOException when the source cannot be read
   */
  ReadTally read(Consumer<Located<PartyMember>> records, Consumer<Issue> issues) throws IOException;

  /** The size of the source in bytes for the progress reports, or 0 when unknown (default). */
  default long size() {
    return 0;
  }
}
