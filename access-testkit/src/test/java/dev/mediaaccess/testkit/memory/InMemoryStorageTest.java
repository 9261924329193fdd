package dev.mediaaccess.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediaaccess.testkit.fixtures.TestData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the in-memory storage does beyond the kit's contracts. */
class InMemoryStorageTest {
    private final InMemoryStorage storage = InMemoryStorage.create();

    @Test
    @DisplayName("a write started inside a read fails at once instead of waiting forever for the lock")
    void writeInsideReadFailsFast() {
        assertThatThrownBy(() -> storage.transactions().read(() -> storage.media().add(TestData.media().build())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside a read");

        assertThat(storage.media().find(TestData.TENANT, TestData.MEDIA)).isEmpty();
    }

    @Test
    @DisplayName("each storage is its own: what one holds another does not")
    void storesAreIndependent() {
        storage.media().add(TestData.media().build());

        assertThat(InMemoryStorage.create().media().find(TestData.TENANT, TestData.MEDIA)).isEmpty();
    }
}
