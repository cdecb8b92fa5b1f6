package io.oktaadapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateBucketTest {
  @ParameterizedTest
  @CsvSource({
    "/api/v1/apps, APPS",
    "/api/v1/apps/0oa1/groups, APPS",
    "/api/v1/apps/0oa1, APP_BY_ID",
    "/api/v1/groups, GROUPS",
    "/api/v1/groups/00g1, GROUP_BY_ID",
    "/api/v1/groups/rules, OTHER",
    "/api/v1/groups/00g1/users, OTHER",
    "/api/v1/users, USERS",
    "/api/v1/users/00u1, OTHER",
    "/api/v1/logs, LOGS",
    "/api/v1/eventHooks, OTHER"
  })
  void givenPath_classify_returnsOktaBucket(String path, RateBucket expected) {
    assertThat(RateBucket.classify(path)).isEqualTo(expected);
  }
}
