package dev.mediaaccess.core.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class TokenSourceTest {
    @Test
    void everyThreadDrawsItsOwnUnpredictableBytes() throws InterruptedException {
        TokenSource source = TokenSource.secureRandom();
        Set<String> drawn = ConcurrentHashMap.newKeySet();
        Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                for (int n = 0; n < 1_000; n++) {
                    byte[] bytes = new byte[16];
                    source.nextBytes(bytes);
                    drawn.add(java.util.HexFormat.of().formatHex(bytes));
                }
            });
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(drawn).hasSize(4_000);
    }

    @Test
    void twoSourcesDoNotRepeatEachOther() {
        Set<String> drawn = new HashSet<>();
        for (TokenSource source : new TokenSource[] {TokenSource.secureRandom(), TokenSource.secureRandom()}) {
            for (int n = 0; n < 100; n++) {
                byte[] bytes = new byte[16];
                source.nextBytes(bytes);
                drawn.add(java.util.HexFormat.of().formatHex(bytes));
            }
        }
        assertThat(drawn).hasSize(200);
    }
}
