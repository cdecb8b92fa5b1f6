package io.oktaadapter.adapters.out.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oktaadapter.application.port.out.secrets.SecretNotFoundException;
import io.oktaadapter.application.port.out.secrets.SecretRef;
import io.oktaadapter.application.port.out.secrets.SecretStore;
import io.oktaadapter.application.port.out.secrets.SecretValue;
import io.oktaadapter.application.port.out.secrets.SecretVersion;
import io.oktaadapter.application.port.out.secrets.SecretVersionConflictException;
import io.oktaadapter.application.port.out.secrets.VersionedSecret;
import io.oktaadapter.domain.app.ApplicationId;
import io.oktaadapter.domain.tenant.TenantKey;
import org.junit.jupiter.api.Test;

/**
 * Contract of the secrets port: every implementation extends this suite, so the Vault adapter and
 * the local encrypted store are proven to behave alike.
 */
abstract class SecretStoreContractTest {

  protected abstract SecretStore store();

  /** A reference no other test uses, so tests can share one running store. */
  private static SecretRef freshRef() {
    return SecretRef.applicationClientSecret(TenantKey.of("acme"), ApplicationId.random());
  }

  @Test
  void givenWrittenSecret_read_returnsValueAsVersionOne() {
    SecretRef ref = freshRef();
    store().write(ref, SecretValue.of("client-secret-1"));

    VersionedSecret read = store().read(ref);

    assertThat(read.value().reveal()).isEqualTo("client-secret-1");
    assertThat(read.version()).isEqualTo(1);
  }

  @Test
  void givenTwoWrites_readVersionOne_returnsFirstValue() {
    SecretRef ref = freshRef();
    store().write(ref, SecretValue.of("first"));
    int second = store().write(ref, SecretValue.of("second"));

    assertThat(second).isEqualTo(2);
    assertThat(store().read(ref, 1).value().reveal()).isEqualTo("first");
    assertThat(store().read(ref).value().reveal()).isEqualTo("second");
  }

  @Test
  void givenMissingSecret_read_throwsNotFound() {
    SecretRef ref = freshRef();

    assertThatThrownBy(() -> store().read(ref)).isInstanceOf(SecretNotFoundException.class);
  }

  @Test
  void givenMissingVersion_read_throwsNotFound() {
    SecretRef ref = freshRef();
    store().write(ref, SecretValue.of("only"));

    assertThatThrownBy(() -> store().read(ref, 7)).isInstanceOf(SecretNotFoundException.class);
  }

  @Test
  void givenCurrentVersion_rotate_writesNextVersion() {
    SecretRef ref = freshRef();
    store().write(ref, SecretValue.of("old"));

    int version = store().rotate(ref, SecretValue.of("new"), 1);

    assertThat(version).isEqualTo(2);
    assertThat(store().read(ref).value().reveal()).isEqualTo("new");
  }

  @Test
  void givenStaleVersion_rotate_throwsConflictAndKeepsValue() {
    SecretRef ref = freshRef();
    store().write(ref, SecretValue.of("one"));
    store().write(ref, SecretValue.of("two"));

    assertThatThrownBy(() -> store().rotate(ref, SecretValue.of("lost"), 1))
        .isInstanceOf(SecretVersionConflictException.class);
    assertThat(store().read(ref).value().reveal()).isEqualTo("two");
  }

  @Test
  void givenAbsentSecret_rotateExpectingNone_createsIt() {
    SecretRef ref = freshRef();

    assertThat(store().rotate(ref, SecretValue.of("created"), 0)).isEqualTo(1);
    assertThatThrownBy(() -> store().rotate(ref, SecretValue.of("again"), 0))
        .isInstanceOf(SecretVersionConflictException.class);
  }

  @Test
  void givenDeletedSecret_read_throwsNotFoundAndWriteStartsOver() {
    SecretRef ref = freshRef();
    store().write(ref, SecretValue.of("one"));
    store().write(ref, SecretValue.of("two"));

    store().delete(ref);

    assertThatThrownBy(() -> store().read(ref)).isInstanceOf(SecretNotFoundException.class);
    assertThat(store().write(ref, SecretValue.of("fresh"))).isEqualTo(1);
  }

  @Test
  void givenAbsentSecret_delete_doesNothing() {
    SecretRef ref = freshRef();

    store().delete(ref);

    assertThatThrownBy(() -> store().versions(ref)).isInstanceOf(SecretNotFoundException.class);
  }

  @Test
  void givenThreeWrites_versions_listsThemOldestFirst() {
    SecretRef ref = freshRef();
    store().write(ref, SecretValue.of("a"));
    store().write(ref, SecretValue.of("b"));
    store().write(ref, SecretValue.of("c"));

    assertThat(store().versions(ref))
        .extracting(SecretVersion::version, SecretVersion::readable)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, true),
            org.assertj.core.groups.Tuple.tuple(2, true),
            org.assertj.core.groups.Tuple.tuple(3, true));
  }

  @Test
  void givenWellKnownRefs_writeAndRead_keepThemApart() {
    store().write(SecretRef.oktaApiCredential(), SecretValue.of("ssws-token"));
    store()
        .write(
            SecretRef.hookSecret(
                io.oktaadapter.domain.hook.HookKind.EVENT,
                io.oktaadapter.application.port.out.secrets.HookSecretSlot.CURRENT),
            SecretValue.of("event-hook"));

    assertThat(store().read(SecretRef.oktaApiCredential()).value().reveal())
        .isEqualTo("ssws-token");
  }
}
