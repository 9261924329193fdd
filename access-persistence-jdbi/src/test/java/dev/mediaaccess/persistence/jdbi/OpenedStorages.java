package dev.mediaaccess.persistence.jdbi;

import java.util.ArrayList;
import java.util.List;

/** Storages a test opened, closed together when it ends so no pool outlives its test. */
final class OpenedStorages {
    private final List<JdbiStorage> opened = new ArrayList<>();

    synchronized JdbiStorage track(JdbiStorage storage) {
        opened.add(storage);
        return storage;
    }

    synchronized void closeAll() {
        opened.forEach(JdbiStorage::close);
        opened.clear();
    }
}
