package io.jingwei.impl.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class JoinsTest {

  @Test
  void rethrowsWhatTheOtherThreadThrewAsTheCallerWouldHave() throws IOException {
    assertThat(Joins.join(CompletableFuture.completedFuture("x"))).isEqualTo("x");
    IOException io = new IOException("disk");
    assertThatThrownBy(() -> Joins.join(CompletableFuture.supplyAsync(() -> {
          throw new UncheckedIOException(io);
        })))
        .isSameAs(io);
    IllegalStateException bug = new IllegalStateException("bug");
    assertThatThrownBy(() -> Joins.join(CompletableFuture.supplyAsync(() -> {
          throw bug;
        })))
        .isSameAs(bug);
    StackOverflowError error = new StackOverflowError();
    assertThatThrownBy(() -> Joins.join(CompletableFuture.supplyAsync(() -> {
          throw error;
        })))
        .isSameAs(error);
  }
}
