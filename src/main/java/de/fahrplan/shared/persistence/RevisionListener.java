package de.fahrplan.shared.persistence;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Notices every change of a municipality's data that goes through Hibernate – entities inserted,
 * updated, deleted, their collections changed – and raises the municipality's {@link
 * TenantRevisions revision} once, as the transaction's last statement.
 */
@Component
class RevisionListener
    implements HibernatePropertiesCustomizer,
        PostInsertEventListener,
        PostUpdateEventListener,
        PostDeleteEventListener,
        PostCollectionRecreateEventListener,
        PostCollectionUpdateEventListener,
        PostCollectionRemoveEventListener {

  /** Municipalities changed in a session's running transaction, raised before it commits. */
  private final Map<SharedSessionContractImplementor, Set<Long>> pending =
      new ConcurrentHashMap<>();

  private final Clock clock;

  RevisionListener(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void customize(Map<String, Object> hibernateProperties) {
    Integrator integrator =
        new Integrator() {
          @Override
          public void integrate(
              Metadata metadata, BootstrapContext bootstrap, SessionFactoryImplementor factory) {
            var listeners =
                factory.getServiceRegistry().requireService(EventListenerRegistry.class);
            listeners.appendListeners(EventType.POST_INSERT, RevisionListener.this);
            listeners.appendListeners(EventType.POST_UPDATE, RevisionListener.this);
            listeners.appendListeners(EventType.POST_DELETE, RevisionListener.this);
            listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, RevisionListener.this);
            listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, RevisionListener.this);
            listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, RevisionListener.this);
          }
        };
    hibernateProperties.put(
        "hibernate.integrator_provider", (IntegratorProvider) () -> List.of(integrator));
  }

  @Override
  public void onPostInsert(PostInsertEvent event) {
    changed(event.getSession(), event.getEntity());
  }

  @Override
  public void onPostUpdate(PostUpdateEvent event) {
    changed(event.getSession(), event.getEntity());
  }

  @Override
  public void onPostDelete(PostDeleteEvent event) {
    changed(event.getSession(), event.getEntity());
  }

  @Override
  public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
    changedOwner(event);
  }

  @Override
  public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
    changedOwner(event);
  }

  @Override
  public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
    changedOwner(event);
  }

  @Override
  public boolean requiresPostCommitHandling(EntityPersister persister) {
    return false;
  }

  private void changedOwner(AbstractCollectionEvent event) {
    changed(event.getSession(), event.getAffectedOwnerOrNull());
  }

  /**
   * The entity's municipality, else the session's (an entity of no municipality written while one
   * is selected, e.g. an Anlage's bytes): counting too often costs a 200 instead of a 304, too
   * rarely a wrong 304.
   */
  private void changed(SharedSessionContractImplementor session, Object entity) {
    Object tenant =
        entity instanceof BelongsToTenant owned
            ? owned.getTenantId()
            : session.getTenantIdentifierValue();
    if (tenant instanceof Long id && id >= 0) {
      count(session, id);
    }
  }

  /** Counts a change of the municipality in the session's transaction (once per transaction). */
  void count(SharedSessionContractImplementor session, long tenantId) {
    pending
        .computeIfAbsent(
            session,
            s -> {
              var callbacks = s.getTransactionCompletionCallbacks();
              callbacks.registerCallback((BeforeCompletionCallback) this::raise);
              callbacks.registerCallback(
                  (AfterCompletionCallback) (success, done) -> pending.remove(done));
              return ConcurrentHashMap.newKeySet();
            })
        .add(tenantId);
  }

  private void raise(SharedSessionContractImplementor session) {
    Set<Long> tenants = pending.remove(session);
    if (tenants == null) {
      return;
    }
    long now = clock.millis();
    session.doWork(
        connection -> {
          try (PreparedStatement update =
                  connection.prepareStatement(
                      "update tenant_revision set revision = revision + 1, changed = ?"
                          + " where tenant_id = ?");
              PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into tenant_revision (tenant_id, revision, changed)"
                          + " values (?, 1, ?)")) {
            for (long tenant : new TreeSet<>(tenants)) {
              update.setLong(1, now);
              update.setLong(2, tenant);
              if (update.executeUpdate() == 0) {
                insert.setLong(1, tenant);
                insert.setLong(2, now);
                insert.executeUpdate();
              }
            }
          }
        });
  }
}
