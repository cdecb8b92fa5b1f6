package io.oktaadapter.bootstrap.wiring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Bootstrap configuration: settings of the background workers wired here. */
@ConfigMapping(prefix = "okta-adapter")
public interface AdapterConfig {

  /** The outbox relay. */
  Outbox outbox();

  /** Okta events received through event hooks. */
  Events events();

  /** Provisioning jobs and their runner. */
  Provisioning provisioning();

  /** Which host names may become aliases (ADR 0018). */
  Aliases aliases();

  /** Alias settings. */
  interface Aliases {
    /**
     * Host names refused as aliases, with every name under them: the adapter's own hosts, Okta's
     * domains, cloud metadata names.
     */
    @WithDefault(
        "okta.com,oktapreview.com,okta-emea.com,okta-gov.com,oktacdn.com,"
            + "metadata.google.internal,metadata.tencentyun.com")
    java.util.List<String> deny();

    /**
     * Domains whose names are the platform's: an alias on one (e.g. {@code
     * acme.feedback.example.com} under {@code feedback.example.com}) is verified at once; any other
     * alias is a claim until proven over DNS or approved.
     */
    java.util.Optional<java.util.List<String>> platformDomains();

    /** How long a claim waits for its proof before it is dropped. */
    @WithDefault("7d")
    java.time.Duration claimLifetime();

    /** Whether this replica checks pending claims periodically (every replica may). */
    @WithDefault("true")
    boolean checkEnabled();

    /** How often due claims are looked for, and how long a checked claim waits for its next. */
    @WithDefault("1m")
    java.time.Duration checkInterval();

    /** Claims checked per round. */
    @WithDefault("50")
    int checkBatchSize();
  }

  /** E-mail notifications: recipients, languages, thresholds and the delivery worker (ADR 0013). */
  Notifications notifications();

  /** Notification settings. */
  interface Notifications {
    /**
     * Whether this replica runs the delivery worker (every replica may; leases keep them apart).
     */
    @WithDefault("true")
    boolean workerEnabled();

    /** Addresses told of everything: job ends, drift, quarantine, due secret rotations. */
    java.util.Optional<java.util.List<String>> supportAddresses();

    /** Language (en or de) of tenants without one of their own, and of operator notifications. */
    @WithDefault("en")
    String defaultLanguage();

    /** Language per tenant key, e.g. {@code tenant-languages."acme"=de}. */
    java.util.Map<String, String> tenantLanguages();

    /** Quarantined event-hook deliveries within one window that cause a notification. */
    @WithDefault("10")
    int quarantineThreshold();

    /** Window of the quarantine threshold; at most one notification per window. */
    @WithDefault("1h")
    Duration quarantineWindow();

    /** Age of a hook's current secret after which its rotation is due. */
    @WithDefault("90d")
    Duration hookSecretMaxAge();

    /** How often each replica checks the hook secrets' age (once per secret version is mailed). */
    @WithDefault("1h")
    Duration rotationCheckInterval();

    /** How often an idle worker looks for due notifications. */
    @WithDefault("5s")
    Duration pollInterval();

    /**
     * Notifications claimed per worker round and sent at the same time (a thread each; the mailer's
     * connection pool should be as large).
     */
    @WithDefault("10")
    int batchSize();

    /** How long a claimed notification is reserved for its worker (longer than an SMTP send). */
    @WithDefault("2m")
    Duration lease();

    /** Attempts before a notification is given up (it stays stored as FAILED). */
    @WithDefault("12")
    int maxAttempts();

    /** Pause after the first failed attempt, doubled per attempt. */
    @WithDefault("30s")
    Duration retryBackoff();

    /** Longest pause between two attempts. */
    @WithDefault("1h")
    Duration maxBackoff();

    /** How long sent notifications are kept (failed ones are kept until removed by hand). */
    @WithDefault("30d")
    Duration retention();
  }

  /** Commands from other services and session clean-up (ADR 0012). */
  Commands commands();

  /** Session clean-up. */
  Sessions sessions();

  /** Results of commands (the Kafka consumer's settings: io.oktaadapter.adapters.in.kafka). */
  interface Commands {
    /** CloudEvents source of command results. */
    @WithDefault("urn:okta-adapter:commands")
    String resultSource();
  }

  /** Automatic session clean-up when Okta reports a user deactivated, suspended or removed. */
  interface Sessions {
    /** Whether the event-hook rule queues clean-ups at all. */
    @WithDefault("true")
    boolean cleanupEnabled();

    /** Whether automatic clean-ups also forget the user's remembered devices. */
    @WithDefault("false")
    boolean cleanupForgetDevices();

    /** How often each replica looks for due clean-ups. */
    @WithDefault("1s")
    Duration cleanupPollInterval();

    /** Clean-ups a replica claims at once. */
    @WithDefault("20")
    int cleanupBatchSize();
  }

  /** Provisioning settings. */
  interface Provisioning {
    /** Whether this replica runs provisioning jobs (every replica may; leases keep them apart). */
    @WithDefault("true")
    boolean runnerEnabled();

    /** Jobs this replica runs at once (each on its own thread). */
    @WithDefault("2")
    int runnerThreads();

    /**
     * How many independent Okta steps of one job run at the same time (groups, trusted origins,
     * assignments...); dependent ones still wait. Every call still passes the rate-limit governor.
     */
    @WithDefault("8")
    int stepParallelism();

    /** How often an idle runner looks for a job. */
    @WithDefault("500ms")
    Duration pollInterval();

    /** How long a runner holds a job between heartbeats; a dead runner's job resumes after it. */
    @WithDefault("2m")
    Duration lease();

    /** Attempts of one Okta step before a retryable failure (5xx, 429) counts as permanent. */
    @WithDefault("5")
    int maxAttempts();

    /** Pause before the first retry of a step; doubled per attempt. */
    @WithDefault("1s")
    Duration retryBackoff();

    /** Whether READY tenants are reconciled on a schedule (once per interval across replicas). */
    @WithDefault("true")
    boolean scheduledReconcile();

    /** How often each READY tenant is reconciled. */
    @WithDefault("1h")
    Duration reconcileInterval();

    /** How often each replica looks for tenants due (read by ScheduledReconcile's schedule). */
    @WithDefault("1m")
    Duration reconcileCheck();

    /** CloudEvents source of tenant events. */
    @WithDefault("urn:okta-adapter:provisioning")
    String eventSource();

    /**
     * The issuer installations validate tokens against (the Okta org or an authorization server).
     */
    String issuer();

    /** Whether application base URLs on localhost (http) are accepted; development only. */
    @WithDefault("false")
    boolean allowLocalhost();

    /** OIDC URI templates per application kind (key: EFS, DV, ...). */
    java.util.Map<String, AppTemplate> templates();
  }

  /** How an application kind's OIDC URIs derive from an installation's base URL. */
  interface AppTemplate {
    /** Sign-in redirect paths, relative to each base URL. */
    java.util.List<String> redirectPaths();

    /** Post-logout redirect paths, relative to each base URL. */
    java.util.Optional<java.util.List<String>> postLogoutPaths();

    /** Initiate-login path, relative to the first base URL. */
    java.util.Optional<String> initiateLoginPath();

    /** The claims the token and SAML inline hooks add for applications of this kind. */
    TemplateClaims claims();
  }

  /**
   * Claim names and extra claims of one application kind; unset names fall back to {@code
   * okta-adapter.inline-hooks.claims.*}.
   */
  interface TemplateClaims {
    /** Claim holding the tenant key. */
    java.util.Optional<String> tenant();

    /** Claim holding the user's role in the tenant. */
    java.util.Optional<String> role();

    /**
     * Extra claims: name to value, where {tenant}, {role} and {kind} are replaced (for example
     * {@code product=efs} or {@code efs_tenant={tenant}}).
     */
    java.util.Map<String, String> extra();
  }

  /** The in-memory read model the inline hooks decide from. */
  InlineReadModel inlineReadModel();

  /**
   * HTTP settings read by the operator API's own beans; declared here so the configuration is
   * validated as one tree.
   */
  Http http();

  /** HTTP settings of the operator API. */
  interface Http {
    /** Throttling of failed authentications (AuthFailureThrottle, ADR 0014). */
    AuthFailures authFailures();

    /** Per client address: at most {@code budget} 401s per {@code window}, then 429. */
    interface AuthFailures {
      @WithDefault("20")
      int budget();

      @WithDefault("1m")
      Duration window();

      /** How many client addresses are tracked at most (memory bound). */
      @WithDefault("10000")
      int maxClients();
    }
  }

  /** Inline-hook read model refresh settings. */
  interface InlineReadModel {
    /** How often each replica checks the stored version (one single-row query). */
    @WithDefault("1s")
    Duration pollInterval();

    /** How often each replica reloads everything regardless of the version. */
    @WithDefault("5m")
    Duration fullReloadInterval();
  }

  /** Event-hook flow settings. */
  interface Events {
    /**
     * Event types to publish to Kafka: exact types or prefixes ending in {@code *}. Empty publishes
     * every type; the others are stored (for redelivery) but not published.
     */
    java.util.Optional<java.util.List<String>> publishedTypes();

    /** CloudEvents source used when a delivery does not name its Okta org. */
    @WithDefault("urn:okta-adapter:unknown-okta-org")
    String fallbackSource();

    /** How many characters of a refused delivery are kept in quarantine. */
    @WithDefault("65536")
    int quarantineBodyLimit();

    /** How long received events (and published outbox rows) are kept. */
    @WithDefault("30d")
    Duration retention();

    /** How often the retention job runs. */
    @WithDefault("1h")
    Duration purgeInterval();

    /** Registration of the adapter's event hook with the Okta org. */
    Registration registration();

    /** Event-hook registration settings. */
    interface Registration {
      /** The hook's name in Okta; the adapter finds its own hook by it. */
      @WithDefault("okta-adapter")
      String hookName();

      /** Header Okta sends the secret in; must match okta-adapter.hooks.event.auth-header. */
      @WithDefault("Authorization")
      String authHeader();

      /** Event types registered when the request names none (at most 300). */
      @WithDefault(
          "user.lifecycle.create,user.lifecycle.activate,user.lifecycle.deactivate,"
              + "user.lifecycle.suspend,user.lifecycle.unsuspend,user.lifecycle.delete.initiated,"
              + "user.session.start,user.session.end,user.account.update_profile,"
              + "user.account.lock,group.user_membership.add,group.user_membership.remove,"
              + "application.user_membership.add,application.user_membership.remove")
      java.util.List<String> defaultEventTypes();

      /** Whether plain-http hook URIs may be registered (the Okta simulator only). */
      @WithDefault("false")
      boolean allowHttp();

      /**
       * The adapter's public host names a registered hook URI may name; unset refuses every
       * registration.
       */
      java.util.Optional<java.util.List<String>> allowedHosts();
    }
  }

  /** Outbox relay settings. */
  interface Outbox {
    /** Whether this replica runs the relay (every replica may; they share the work safely). */
    @WithDefault("true")
    boolean enabled();

    /**
     * How long an idle relay waits at most before looking again; normally a notification of a new
     * outbox row wakes it at once.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /** Events claimed and published per transaction. */
    @WithDefault("200")
    int batchSize();

    /**
     * How long a relay woken by a commit waits before claiming, so that one transaction publishes
     * the events of several commits (adds at most this much latency).
     */
    @WithDefault("20ms")
    Duration linger();

    /**
     * Relay threads of this replica. Each claims a different group of keys, so they work in
     * parallel without reordering a key's events; at most 16 (the number of key groups) help. Fewer
     * relays publish larger batches for less CPU per event; more drain a backlog faster (ADR 0003).
     */
    @WithDefault("2")
    int workers();

    /**
     * How long the relays claim nothing after a batch the broker did not acknowledge, before one
     * relay probes with a single event (ADR 0003).
     */
    @WithDefault("1s")
    Duration probeDelay();

    /** Upper bound of the probe delay, which doubles after every failed probe. */
    @WithDefault("15s")
    Duration maxProbeDelay();
  }
}
