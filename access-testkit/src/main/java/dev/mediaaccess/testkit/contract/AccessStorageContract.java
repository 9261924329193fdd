package dev.mediaaccess.testkit.contract;

import dev.mediaaccess.core.storage.AccessStorage;
import java.time.Clock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The whole compatibility kit in one class: extend it, implement {@link #createStorage}, and every port contract runs
 * against your adapter, each as a nested group.
 */
@DisplayName("AccessStorage compatibility kit")
public abstract class AccessStorageContract {

    /** A new, empty storage, as in {@link StorageContract#createStorage}. */
    protected abstract AccessStorage createStorage(Clock clock);

    @Nested
    class Transactions extends TransactionsContract {
        @Override
        protected AccessStorage createStorage(Clock clock) {
            return AccessStorageContract.this.createStorage(clock);
        }
    }

    @Nested
    class MediaCatalog extends MediaCatalogContract {
        @Override
        protected AccessStorage createStorage(Clock clock) {
            return AccessStorageContract.this.createStorage(clock);
        }
    }

    @Nested
    class GuestLinks extends GuestLinksContract {
        @Override
        protected AccessStorage createStorage(Clock clock) {
            return AccessStorageContract.this.createStorage(clock);
        }
    }

    @Nested
    class Invitations extends InvitationsContract {
        @Override
        protected AccessStorage createStorage(Clock clock) {
            return AccessStorageContract.this.createStorage(clock);
        }
    }

    @Nested
    class OneTimeCodes extends OneTimeCodesContract {
        @Override
        protected AccessStorage createStorage(Clock clock) {
            return AccessStorageContract.this.createStorage(clock);
        }
    }

    @Nested
    class Participants extends ParticipantsContract {
        @Override
        protected AccessStorage createStorage(Clock clock) {
            return AccessStorageContract.this.createStorage(clock);
        }
    }

    @Nested
    class Passes extends PassesContract {
        @Override
        protected AccessStorage createStorage(Clock clock) {
            return AccessStorageContract.this.createStorage(clock);
        }
    }

    @Nested
    class AuditLog extends AuditLogContract {
        @Override
        protected AccessStorage createStorage(Clock clock) {
            return AccessStorageContract.this.createStorage(clock);
        }
    }
}
