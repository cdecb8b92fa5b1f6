package io.oktaadapter.adapters.in.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class EventHookGroupCommitTest {

  @Test
  void givenConnectionFailures_databaseUnavailable_isTrue() {
    assertThat(
            EventHookGroupCommit.databaseUnavailable(
                new IllegalStateException(new SQLException("Connection refused", "08001"))))
        .isTrue();
    assertThat(
            EventHookGroupCommit.databaseUnavailable(
                new RuntimeException(
                    new SQLException("Acquisition timeout while waiting for new connection"))))
        .isTrue();
    assertThat(
            EventHookGroupCommit.databaseUnavailable(
                new RuntimeException(new SQLTransientConnectionException("gone"))))
        .isTrue();
  }

  @Test
  void givenDataErrors_databaseUnavailable_isFalse() {
    assertThat(
            EventHookGroupCommit.databaseUnavailable(
                new RuntimeException(
                    new SQLException("date/time field value out of range", "22008"))))
        .isFalse();
    assertThat(EventHookGroupCommit.databaseUnavailable(new IllegalStateException("bug")))
        .isFalse();
  }
}
