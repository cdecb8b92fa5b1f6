package io.oktaadapter.adapters.out.persistence.events;

import static io.oktaadapter.adapters.out.persistence.NativeRows.cut;
import static io.oktaadapter.adapters.out.persistence.NativeRows.instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.oktaadapter.application.port.out.events.IdentityEventLog;
import io.oktaadapter.application.port.out.events.QuarantinedDelivery;
import io.oktaadapter.application.port.out.events.StoredIdentityEvent;
import io.oktaadapter.application.port.out.events.StoredIdentityEvent.PublicationStatus;
import io.oktaadapter.domain.event.EventDelivery;
import io.oktaadapter.domain.event.OktaEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/**
 * Persistence adapter: the event log in PostgreSQL. De-duplication is the primary key on the
 * event's uuid with {@code on conflict do nothing}, so concurrent deliveries of one event store it
 * once without failing either transaction.
 */
@ApplicationScoped
class JpaIdentityEventLog implements IdentityEventLog {

  private static final String SELECT_WITH_STATUS =
      "select e.uuid, e.event_type, e.published, e.actor, e.targets, e.outcome_result, e.data,"
          + " e.delivery_id, e.org_url, e.received_at, o.position, o.published_at,"
          + " o.dead_lettered from okta_event e left join lateral (select position,"
          + " published_at, dead_lettered from outbox_event where stream = 'IDENTITY_EVENTS'"
          + " and event_id = e.uuid order by position desc limit 1) o on true";

  private static final String SELECT_QUARANTINE =
      "select id, received_at, reason, body, truncated, kind, delivery_id, source, event_index,"
          + " event_uuid, event_type, status, resolved_at, resolved_by, resolution"
          + " from event_quarantine";

  private final EntityManager em;
  private final EventPartiesJson parties;

  JpaIdentityEventLog(EntityManager em, ObjectMapper json) {
    this.em = em;
    this.parties = new EventPartiesJson(json);
  }

  // MANDATORY: the event and its outbox row must commit together, before Okta is answered.
  @Override
  @Transactional(TxType.MANDATORY)
  public boolean recordIfNew(OktaEvent event, EventDelivery delivery) {
    int inserted =
        em.createNativeQuery(
                "insert into okta_event (uuid, event_type, published, actor, targets,"
                    + " outcome_result, data, delivery_id, org_url, received_at) values (:uuid,"
                    + " :type, :published, :actor, :targets, :outcome, :data, :delivery, :org,"
                    + " :received) on conflict (uuid) do nothing")
            .setParameter("uuid", event.uuid())
            .setParameter("type", event.eventType())
            .setParameter(
                "published", OffsetDateTime.ofInstant(event.published(), java.time.ZoneOffset.UTC))
            .setParameter("actor", parties.write(event.actor()))
            .setParameter("targets", parties.write(event.targets()))
            .setParameter("outcome", event.outcomeResult())
            .setParameter("data", event.json())
            .setParameter("delivery", delivery.deliveryId())
            .setParameter("org", delivery.orgUrl())
            .setParameter(
                "received",
                OffsetDateTime.ofInstant(delivery.receivedAt(), java.time.ZoneOffset.UTC))
            .executeUpdate();
    return inserted == 1;
  }

  /**
   * All events in one statement: the columns travel as arrays, {@code unnest} turns them back into
   * rows, and {@code returning} names the rows that were new (a conflicting uuid returns nothing).
   * One round trip instead of one per event, on the transaction's own connection.
   */
  @Override
  @Transactional(TxType.MANDATORY)
  public Set<String> recordAllIfNew(List<ReceivedEvent> events) {
    int n = events.size();
    String[] uuid = new String[n];
    String[] type = new String[n];
    String[] published = new String[n];
    String[] actor = new String[n];
    String[] targets = new String[n];
    String[] outcome = new String[n];
    String[] data = new String[n];
    String[] delivery = new String[n];
    String[] org = new String[n];
    String[] received = new String[n];
    for (int i = 0; i < n; i++) {
      OktaEvent event = events.get(i).event();
      EventDelivery d = events.get(i).delivery();
      uuid[i] = event.uuid();
      type[i] = event.eventType();
      published[i] = event.published().toString();
      actor[i] = parties.write(event.actor());
      targets[i] = parties.write(event.targets());
      outcome[i] = event.outcomeResult();
      data[i] = event.json();
      delivery[i] = d.deliveryId();
      org[i] = d.orgUrl();
      received[i] = d.receivedAt().toString();
    }
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              Set<String> stored = new HashSet<>();
              try (PreparedStatement s =
                  connection.prepareStatement(
                      "insert into okta_event (uuid, event_type, published, actor, targets,"
                          + " outcome_result, data, delivery_id, org_url, received_at) select *"
                          + " from unnest(?::varchar[], ?::varchar[], ?::timestamptz[], ?::text[],"
                          + " ?::text[], ?::varchar[], ?::text[], ?::varchar[], ?::varchar[],"
                          + " ?::timestamptz[]) on conflict (uuid) do nothing returning uuid")) {
                String[][] columns = {
                  uuid, type, published, actor, targets, outcome, data, delivery, org, received
                };
                for (int c = 0; c < columns.length; c++) {
                  s.setArray(c + 1, textArray(connection, columns[c]));
                }
                try (ResultSet rs = s.executeQuery()) {
                  while (rs.next()) {
                    stored.add(rs.getString(1));
                  }
                }
              }
              return stored;
            });
  }

  private static Array textArray(Connection connection, String[] values)
      throws java.sql.SQLException {
    return connection.createArrayOf("text", values);
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void quarantine(QuarantinedDelivery delivery) {
    quarantineAll(List.of(delivery));
  }

  /**
   * All entries in one statement (columns as arrays, {@code unnest}), like the event insert. An
   * event entry already held for the same delivery id and position (Okta's retry) is not repeated.
   */
  @Override
  @Transactional(TxType.MANDATORY)
  public void quarantineAll(List<QuarantinedDelivery> entries) {
    if (entries.isEmpty()) {
      return;
    }
    int n = entries.size();
    String[] received = new String[n];
    String[] reason = new String[n];
    String[] body = new String[n];
    String[] truncated = new String[n];
    String[] kind = new String[n];
    String[] delivery = new String[n];
    String[] source = new String[n];
    String[] index = new String[n];
    String[] uuid = new String[n];
    String[] type = new String[n];
    for (int i = 0; i < n; i++) {
      QuarantinedDelivery q = entries.get(i);
      received[i] = q.receivedAt().toString();
      reason[i] = cut(q.reason(), 2000);
      body[i] = q.body();
      truncated[i] = String.valueOf(q.truncated());
      kind[i] = q.kind().name();
      delivery[i] = q.deliveryId() == null ? null : cut(q.deliveryId(), 100);
      source[i] = q.source() == null ? null : cut(q.source(), 1000);
      index[i] = q.eventIndex() == null ? null : q.eventIndex().toString();
      uuid[i] = q.eventUuid() == null ? null : cut(q.eventUuid(), 100);
      type[i] = q.eventType() == null ? null : cut(q.eventType(), 200);
    }
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement s =
                  connection.prepareStatement(
                      "insert into event_quarantine (received_at, reason, body, truncated, kind,"
                          + " delivery_id, source, event_index, event_uuid, event_type) select *"
                          + " from unnest(?::timestamptz[], ?::varchar[], ?::text[], ?::boolean[],"
                          + " ?::varchar[], ?::varchar[], ?::varchar[], ?::integer[], ?::varchar[],"
                          + " ?::varchar[]) on conflict do nothing")) {
                String[][] columns = {
                  received, reason, body, truncated, kind, delivery, source, index, uuid, type
                };
                for (int c = 0; c < columns.length; c++) {
                  s.setArray(c + 1, textArray(connection, columns[c]));
                }
                s.executeUpdate();
              }
            });
  }

  @Override
  @Transactional(TxType.MANDATORY)
  @SuppressWarnings("unchecked")
  public Optional<QuarantinedDelivery> quarantinedForUpdate(long id) {
    List<Object[]> rows =
        em.createNativeQuery(SELECT_QUARANTINE + " where id = :id for update")
            .setParameter("id", id)
            .getResultList();
    return rows.stream().findFirst().map(JpaIdentityEventLog::toQuarantined);
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public boolean resolveQuarantined(
      long id, QuarantinedDelivery.Status status, Instant at, String by, String resolution) {
    return em.createNativeQuery(
                "update event_quarantine set status = :status, resolved_at = :at,"
                    + " resolved_by = :by, resolution = :resolution where id = :id"
                    + " and status = 'QUARANTINED'")
            .setParameter("status", status.name())
            .setParameter("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
            .setParameter("by", by == null ? null : cut(by, 200))
            .setParameter("resolution", resolution == null ? null : cut(resolution, 2000))
            .setParameter("id", id)
            .executeUpdate()
        == 1;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<StoredIdentityEvent> recent(EventQuery query) {
    StringBuilder sql = new StringBuilder(SELECT_WITH_STATUS).append(" where true");
    if (query.eventType() != null) {
      sql.append(" and e.event_type = :type");
    }
    if (query.receivedAfter() != null) {
      sql.append(" and e.received_at > :after");
    }
    sql.append(" order by e.received_at desc, e.uuid limit :limit");
    Query q = em.createNativeQuery(sql.toString()).setParameter("limit", query.limit());
    if (query.eventType() != null) {
      q.setParameter("type", query.eventType());
    }
    if (query.receivedAfter() != null) {
      q.setParameter(
          "after", OffsetDateTime.ofInstant(query.receivedAfter(), java.time.ZoneOffset.UTC));
    }
    return ((List<Object[]>) q.getResultList()).stream().map(this::toStored).toList();
  }

  @Override
  public long countQuarantinedSince(Instant since) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from event_quarantine where received_at >= :since")
                .setParameter("since", OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC))
                .getSingleResult())
        .longValue();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<QuarantinedDelivery> quarantined(int limit) {
    List<Object[]> rows =
        em.createNativeQuery(SELECT_QUARANTINE + " order by received_at desc, id desc limit :limit")
            .setParameter("limit", limit)
            .getResultList();
    return rows.stream().map(JpaIdentityEventLog::toQuarantined).toList();
  }

  private static QuarantinedDelivery toQuarantined(Object[] r) {
    return new QuarantinedDelivery(
        ((Number) r[0]).longValue(),
        instant(r[1]),
        (String) r[2],
        (String) r[3],
        (Boolean) r[4],
        QuarantinedDelivery.Kind.valueOf((String) r[5]),
        (String) r[6],
        (String) r[7],
        r[8] == null ? null : ((Number) r[8]).intValue(),
        (String) r[9],
        (String) r[10],
        QuarantinedDelivery.Status.valueOf((String) r[11]),
        r[12] == null ? null : instant(r[12]),
        (String) r[13],
        (String) r[14]);
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<StoredIdentityEvent> receivedBetween(
      Instant from, Instant to, Set<String> eventTypes, int limit) {
    StringBuilder sql =
        new StringBuilder(SELECT_WITH_STATUS)
            .append(" where e.received_at >= :from and e.received_at < :to");
    if (!eventTypes.isEmpty()) {
      sql.append(" and e.event_type in (:types)");
    }
    sql.append(" order by e.received_at, e.published, e.uuid limit :limit");
    Query q =
        em.createNativeQuery(sql.toString())
            .setParameter("from", OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC))
            .setParameter("to", OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC))
            .setParameter("limit", limit);
    if (!eventTypes.isEmpty()) {
      q.setParameter("types", eventTypes);
    }
    return ((List<Object[]>) q.getResultList()).stream().map(this::toStored).toList();
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public int purgeReceivedBefore(Instant cutoff) {
    OffsetDateTime at = OffsetDateTime.ofInstant(cutoff, java.time.ZoneOffset.UTC);
    int events =
        em.createNativeQuery("delete from okta_event where received_at < :cutoff")
            .setParameter("cutoff", at)
            .executeUpdate();
    int quarantined =
        em.createNativeQuery("delete from event_quarantine where received_at < :cutoff")
            .setParameter("cutoff", at)
            .executeUpdate();
    int outbox =
        em.createNativeQuery(
                "delete from outbox_event where published_at is not null and published_at < :cutoff")
            .setParameter("cutoff", at)
            .executeUpdate();
    return events + quarantined + outbox;
  }

  private StoredIdentityEvent toStored(Object[] r) {
    OktaEvent event =
        new OktaEvent(
            (String) r[0],
            (String) r[1],
            instant(r[2]),
            parties.readParty((String) r[3]),
            parties.readParties((String) r[4]),
            (String) r[5],
            (String) r[6]);
    PublicationStatus status;
    if (r[10] == null) {
      status = PublicationStatus.FILTERED;
    } else if (Boolean.TRUE.equals(r[12])) {
      status = PublicationStatus.DEAD_LETTERED;
    } else if (r[11] != null) {
      status = PublicationStatus.PUBLISHED;
    } else {
      status = PublicationStatus.PENDING;
    }
    return new StoredIdentityEvent(
        event,
        (String) r[7],
        (String) r[8],
        instant(r[9]),
        status,
        r[11] == null ? null : instant(r[11]));
  }
}
