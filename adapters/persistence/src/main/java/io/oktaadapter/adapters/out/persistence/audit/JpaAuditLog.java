package io.oktaadapter.adapters.out.persistence.audit;

import static io.oktaadapter.adapters.out.persistence.NativeRows.cut;
import static io.oktaadapter.adapters.out.persistence.NativeRows.instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oktaadapter.application.common.Page;
import io.oktaadapter.application.common.PageRequest;
import io.oktaadapter.application.port.out.audit.AuditEntry;
import io.oktaadapter.application.port.out.audit.AuditLog;
import io.oktaadapter.application.port.out.audit.AuditQuery;
import io.oktaadapter.application.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Persistence adapter: the audit log in PostgreSQL ({@code audit_log}), insert-only; a trigger in
 * the schema refuses UPDATE, DELETE and TRUNCATE.
 */
@ApplicationScoped
class JpaAuditLog implements AuditLog {

  private static final TypeReference<LinkedHashMap<String, Object>> SUMMARY =
      new TypeReference<>() {};

  private final EntityManager em;
  private final ObjectMapper json;

  JpaAuditLog(EntityManager em, ObjectMapper json) {
    this.em = em;
    this.json = json;
  }

  // REQUIRED: joins the use case's transaction, so the entry commits or rolls back with the change.
  @Override
  @Transactional(TxType.REQUIRED)
  public void append(AuditEntry e) {
    em.createNativeQuery(
            "insert into audit_log (id, at, actor_kind, actor_id, action, target_type, target_id,"
                + " tenant_key, request_id, before, after) values (:id, :at, :kind, :actor,"
                + " :action, :type, :target, :tenant, :request, cast(:before as jsonb),"
                + " cast(:after as jsonb))")
        .setParameter("id", e.id())
        .setParameter("at", OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC))
        .setParameter("kind", e.actorKind().name())
        .setParameter("actor", cut(e.actorId(), 300))
        .setParameter("action", e.action())
        .setParameter("type", e.targetType())
        .setParameter("target", cut(e.targetId(), 300))
        .setParameter("tenant", e.tenant().orElse(null))
        .setParameter("request", e.requestId().map(r -> cut(r, 200)).orElse(null))
        .setParameter("before", write(e.before()))
        .setParameter("after", write(e.after()))
        .executeUpdate();
  }

  // REQUIRES_NEW: a refusal is recorded although the refused request's transaction rolls back.
  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void appendAlone(AuditEntry e) {
    append(e);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Page<AuditEntry> find(AuditQuery query, PageRequest page) {
    List<Consumer<Query>> binds = new ArrayList<>();
    String where = where(query, binds);
    Query count = em.createNativeQuery("select count(*) from audit_log" + where);
    binds.forEach(b -> b.accept(count));
    long total = ((Number) count.getSingleResult()).longValue();
    Query select =
        em.createNativeQuery(
                "select id, at, actor_kind, actor_id, action, target_type, target_id, tenant_key,"
                    + " request_id, cast(before as text), cast(after as text) from audit_log"
                    + where
                    + " order by at desc, position desc offset :offset limit :limit")
            .setParameter("offset", page.offset())
            .setParameter("limit", page.size());
    binds.forEach(b -> b.accept(select));
    List<AuditEntry> items =
        ((List<Object[]>) select.getResultList()).stream().map(this::toEntry).toList();
    return new Page<>(items, page.page(), page.size(), total);
  }

  private static String where(AuditQuery q, List<Consumer<Query>> binds) {
    StringBuilder sql = new StringBuilder(" where true");
    q.tenant()
        .ifPresent(
            t -> {
              sql.append(" and tenant_key = :tenant");
              binds.add(x -> x.setParameter("tenant", t));
            });
    q.actorId()
        .ifPresent(
            a -> {
              sql.append(" and actor_id = :actor");
              binds.add(x -> x.setParameter("actor", a));
            });
    q.action()
        .ifPresent(
            a -> {
              if (a.endsWith(".*")) {
                sql.append(" and action like :action");
                binds.add(x -> x.setParameter("action", a.substring(0, a.length() - 1) + "%"));
              } else {
                sql.append(" and action = :action");
                binds.add(x -> x.setParameter("action", a));
              }
            });
    q.from()
        .ifPresent(
            f -> {
              sql.append(" and at >= :from");
              binds.add(x -> x.setParameter("from", OffsetDateTime.ofInstant(f, ZoneOffset.UTC)));
            });
    q.to()
        .ifPresent(
            t -> {
              sql.append(" and at < :to");
              binds.add(x -> x.setParameter("to", OffsetDateTime.ofInstant(t, ZoneOffset.UTC)));
            });
    return sql.toString();
  }

  private AuditEntry toEntry(Object[] r) {
    return new AuditEntry(
        r[0] instanceof UUID u ? u : UUID.fromString(r[0].toString()),
        instant(r[1]),
        Actor.Kind.valueOf((String) r[2]),
        (String) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        Optional.ofNullable((String) r[7]),
        Optional.ofNullable((String) r[8]),
        read((String) r[9]),
        read((String) r[10]));
  }

  private String write(Map<String, Object> summary) {
    try {
      return summary.isEmpty() ? null : json.writeValueAsString(summary);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit summaries hold plain values and always serialise", e);
    }
  }

  private Map<String, Object> read(String value) {
    try {
      return value == null ? Map.of() : json.readValue(value, SUMMARY);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored audit summary is unreadable", e);
    }
  }
}
