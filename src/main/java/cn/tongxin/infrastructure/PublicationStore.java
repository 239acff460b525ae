package cn.tongxin.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The event publication registry's table, written with fewer round trips than Spring Modulith's JDBC repository
 * (which this delegates everything else to):
 * <ul>
 * <li>The publications a transaction makes are inserted together, as one batch just before it commits, instead of one
 * statement each when published: a proposal's submit has four (search, figures, performance record, the office's
 * message). They are in the table when the transaction commits, or not at all when it rolls back, as before; the
 * listeners run after the commit.</li>
 * <li>A listener's start is not written ({@code markProcessing}): the status it sets is read only by Spring Modulith's
 * staleness monitor, which this application does not use. What is incomplete is what has no completion date — the
 * publications republished on restart — so nothing of the delivery guarantee depends on it; one UPDATE less per
 * listener run.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class PublicationStore {

    /** The columns and values Spring Modulith's JDBC repository (schema version 2) writes for a new publication. */
    static final String INSERT = """
            INSERT INTO EVENT_PUBLICATION (ID, EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE, SERIALIZED_EVENT, STATUS,
                                           COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    @Bean
    @Primary
    EventPublicationRepository batchedEventPublicationRepository(
            @Qualifier("jdbcEventPublicationRepository") EventPublicationRepository jdbcEventPublicationRepository,
            JdbcTemplate jdbc, EventSerializer serializer) {
        return new Batched(jdbcEventPublicationRepository, jdbc, serializer);
    }

    static final class Batched implements EventPublicationRepository {

        private final EventPublicationRepository delegate;
        private final JdbcTemplate jdbc;
        private final EventSerializer serializer;

        Batched(EventPublicationRepository delegate, JdbcTemplate jdbc, EventSerializer serializer) {
            this.delegate = delegate;
            this.jdbc = jdbc;
            this.serializer = serializer;
        }

        @Override
        public TargetEventPublication create(TargetEventPublication publication) {
            Pending pending = pending();
            if (pending == null) {
                return delegate.create(publication);
            }
            pending.publications.add(publication);
            return publication;
        }

        /**
         * The publications waiting for the current transaction's commit; null outside a transaction, or once they are
         * written (a publication made while committing is written at once). Looked up among the synchronizations of
         * the transaction in progress: an inner transaction ({@code REQUIRES_NEW}) has its own, and commits its own.
         */
        private Pending pending() {
            if (!TransactionSynchronizationManager.isSynchronizationActive()
                    || !TransactionSynchronizationManager.isActualTransactionActive()) {
                return null;
            }
            for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
                if (s instanceof Pending p && p.owner == this) {
                    return p.written ? null : p;
                }
            }
            Pending p = new Pending(this);
            TransactionSynchronizationManager.registerSynchronization(p);
            return p;
        }

        private void write(List<TargetEventPublication> publications) {
            if (publications.size() == 1) {
                delegate.create(publications.getFirst());
                return;
            }
            List<Object[]> rows = new ArrayList<>(publications.size());
            for (TargetEventPublication p : publications) {
                Timestamp published = Timestamp.from(p.getPublicationDate());
                rows.add(new Object[] {p.getIdentifier(), p.getEvent().getClass().getName(), p.getTargetIdentifier().getValue(),
                        published, serializer.serialize(p.getEvent()), p.getStatus().name(), 1, published});
            }
            jdbc.batchUpdate(INSERT, rows);
        }

        @Override
        public void markProcessing(UUID identifier) {
            // not written: see the class comment
        }

        @Override
        public void markCompleted(TargetEventPublication publication, Instant completionDate) {
            delegate.markCompleted(publication, completionDate);
        }

        @Override
        public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
            delegate.markCompleted(event, identifier, completionDate);
        }

        @Override
        public void markCompleted(UUID identifier, Instant completionDate) {
            delegate.markCompleted(identifier, completionDate);
        }

        @Override
        public void markFailed(UUID identifier) {
            delegate.markFailed(identifier);
        }

        @Override
        public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
            return delegate.markResubmitted(identifier, resubmissionDate);
        }

        @Override
        public List<TargetEventPublication> findIncompletePublications() {
            return delegate.findIncompletePublications();
        }

        @Override
        public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
            return delegate.findIncompletePublicationsPublishedBefore(instant);
        }

        @Override
        public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
                PublicationTargetIdentifier targetIdentifier) {
            return delegate.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
        }

        @Override
        public List<TargetEventPublication> findCompletedPublications() {
            return delegate.findCompletedPublications();
        }

        @Override
        public void deletePublications(List<UUID> identifiers) {
            delegate.deletePublications(identifiers);
        }

        @Override
        public void deleteCompletedPublications() {
            delegate.deleteCompletedPublications();
        }

        @Override
        public void deleteCompletedPublicationsBefore(Instant instant) {
            delegate.deleteCompletedPublicationsBefore(instant);
        }

        @Override
        public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
            return delegate.findFailedPublications(criteria);
        }

        @Override
        public List<TargetEventPublication> findByStatus(EventPublication.Status status) {
            return delegate.findByStatus(status);
        }

        @Override
        public int countByStatus(EventPublication.Status status) {
            return delegate.countByStatus(status);
        }
    }

    /** A transaction's publications, written just before it commits. */
    private static final class Pending implements TransactionSynchronization {

        private final Batched owner;
        private final List<TargetEventPublication> publications = new ArrayList<>();
        private boolean written;

        Pending(Batched owner) {
            this.owner = owner;
        }

        @Override
        public int getOrder() {
            return LOWEST_PRECEDENCE; // after the other synchronizations' work before the commit, which may publish
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            if (!publications.isEmpty()) {
                owner.write(publications);
            }
        }
    }
}
