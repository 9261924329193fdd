package dev.mediaaccess.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediaaccess.core.audit.model.AuditAction;
import dev.mediaaccess.core.audit.model.AuditActor;
import dev.mediaaccess.core.audit.model.AuditEvent;
import dev.mediaaccess.core.guestlink.model.GuestLink;
import dev.mediaaccess.core.invitation.model.Invitation;
import dev.mediaaccess.core.invitation.model.OneTimeCode;
import dev.mediaaccess.core.media.model.Media;
import dev.mediaaccess.core.participant.model.Participant;
import dev.mediaaccess.core.pass.model.Pass;
import dev.mediaaccess.core.storage.Transactions;
import dev.mediaaccess.testkit.fixtures.TestData;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The guarantees of {@link Transactions}, across all the storage ports. Extend it and implement {@link #createStorage}. */
@DisplayName("Transactions contract")
public abstract class TransactionsContract extends StorageContract {
    private Transactions transactions() {
        return storage.transactions();
    }

    @Nested
    @DisplayName("results and failures")
    class ResultsAndFailures {
        @Test
        @DisplayName("write and read return what their work returns")
        void returnResults() {
            assertThat(transactions().write(() -> "written")).isEqualTo("written");
            assertThat(transactions().read(() -> "read")).isEqualTo("read");
        }

        @Test
        @DisplayName("an exception thrown by the work reaches the caller unchanged, from write and from read")
        void exceptionsPassThrough() {
            IllegalArgumentException failure = new IllegalArgumentException("boom");

            assertThatThrownBy(() -> transactions().write(() -> {
                throw failure;
            })).isSameAs(failure);
            assertThatThrownBy(() -> transactions().read(() -> {
                throw failure;
            })).isSameAs(failure);
        }

        @Test
        @DisplayName("a write that throws undoes everything it wrote through every port")
        void failedWriteUndoesEveryPort() {
            Media media = TestData.media().build();
            GuestLink link = TestData.guestLink().build();
            Invitation invitation = TestData.invitation().build();
            Participant guest = TestData.guest().link(link.id()).build();
            Pass pass = TestData.pass().participant(guest.id()).link(link.id()).build();
            OneTimeCode code = OneTimeCode.issued(TENANT, invitation.id(), tokens.codeDigest("x", "123456"), TestData.NOW.plusSeconds(600));
            AuditEvent event = AuditEvent.of(TENANT, media.id(), TestData.NOW, AuditAction.GUEST_JOINED, AuditActor.parse("guest:x")).withLink(link.id());

            inFailedWrite(() -> {
                storage.media().add(media);
                storage.guestLinks().add(link);
                storage.invitations().addAll(List.of(invitation));
                storage.oneTimeCodes().put(code);
                storage.participants().add(guest);
                storage.passes().add(pass);
                storage.auditLog().record(event);
            });

            assertThat(storage.media().find(TENANT, media.id())).isEmpty();
            assertThat(storage.guestLinks().find(TENANT, link.id())).isEmpty();
            assertThat(storage.invitations().find(TENANT, invitation.id())).isEmpty();
            assertThat(storage.oneTimeCodes().find(TENANT, invitation.id())).isEmpty();
            assertThat(storage.participants().find(TENANT, guest.id())).isEmpty();
            assertThat(storage.passes().findByTokenDigest(pass.tokenDigest())).isEmpty();
            assertThat(storage.auditLog().forMedia(TENANT, media.id())).isEmpty();
        }

        @Test
        @DisplayName("after a write fails, the storage takes new writes, from any thread")
        void usableAfterFailure() throws Exception {
            inFailedWrite(() -> storage.media().add(TestData.media().build()));
            Media media = TestData.media().build();

            boolean added = onAnotherThread(() -> fromWrite(() -> storage.media().add(media)))
                    .get(10, TimeUnit.SECONDS);

            assertThat(added).isTrue();
            assertThat(storage.media().find(TENANT, media.id())).contains(media);
        }
    }

    @Nested
    @DisplayName("nesting")
    class Nesting {
        @Test
        @DisplayName("a write sees what it wrote before it commits, also through a nested read")
        void seesOwnWrites() {
            Media media = TestData.media().build();

            Optional<Media> seen = fromWrite(() -> {
                storage.media().add(media);
                return transactions().read(() -> storage.media().find(TENANT, media.id()));
            });

            assertThat(seen).contains(media);
        }

        @Test
        @DisplayName("a nested write joins the outer one: when the outer work fails, the nested writes are undone too")
        void nestedJoinsOuter() {
            Media media = TestData.media().build();
            GuestLink link = TestData.guestLink().build();

            inFailedWrite(() -> {
                storage.media().add(media);
                transactions().write(() -> {
                    storage.guestLinks().add(link);
                    return null;
                });
            });

            assertThat(storage.media().find(TENANT, media.id())).isEmpty();
            assertThat(storage.guestLinks().find(TENANT, link.id())).isEmpty();
        }

        @Test
        @DisplayName("the writes of a nested write that returned are kept when the outer write commits")
        void nestedCommitsWithOuter() {
            Media media = TestData.media().build();
            GuestLink link = TestData.guestLink().build();

            inWrite(() -> {
                storage.media().add(media);
                transactions().write(() -> {
                    storage.guestLinks().add(link);
                    return null;
                });
            });

            assertThat(storage.media().find(TENANT, media.id())).contains(media);
            assertThat(storage.guestLinks().find(TENANT, link.id())).contains(link);
        }
    }

    @Nested
    @DisplayName("isolation")
    class Isolation {
        @Test
        @DisplayName("a committed write is seen by a read on another thread")
        void committedSeenElsewhere() throws Exception {
            Media media = TestData.media().build();
            inWrite(() -> storage.media().add(media));

            Optional<Media> seen = onAnotherThread(() -> transactions().read(() -> storage.media().find(TENANT, media.id())))
                    .get(10, TimeUnit.SECONDS);

            assertThat(seen).contains(media);
        }

        @Test
        @DisplayName("a reader on another thread never sees the writes of a write that later fails")
        void uncommittedNeverSeen() throws Exception {
            Media media = TestData.media().build();
            AtomicReference<CompletableFuture<Optional<Media>>> concurrentRead = new AtomicReference<>();

            inFailedWrite(() -> {
                storage.media().add(media);
                concurrentRead.set(onAnotherThread(() -> transactions().read(() -> storage.media().find(TENANT, media.id()))));
                awaitQuietly(concurrentRead.get(), Duration.ofMillis(200));
            });

            assertThat(concurrentRead.get().get(10, TimeUnit.SECONDS)).isEmpty();
        }
    }

    /** Runs work on a new thread; a reader may block while a write is open, so it must not borrow a shared pool. */
    private static <T> CompletableFuture<T> onAnotherThread(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error failure) {
                result.completeExceptionally(failure);
            }
        }, "transactions-contract");
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    private static void awaitQuietly(CompletableFuture<?> future, Duration timeout) {
        try {
            future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException ignored) {
            // the reader may be blocked until this write ends; that is allowed
        }
    }
}
