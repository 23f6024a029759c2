package vn.dondoc.eventing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the last events this relay saw acknowledged, so that a document saved again before
 * their removal (it still holds them) does not send them a second time. Bounded: the oldest are
 * forgotten, and a forgotten one is at worst published again, which consumers already tolerate.
 */
final class RecentlyPublished {

    private final Map<String, Boolean> ids;

    RecentlyPublished(int capacity) {
        this.ids = new LinkedHashMap<>(capacity, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized boolean contains(String eventId) {
        return ids.containsKey(eventId);
    }

    synchronized void add(String eventId) {
        ids.put(eventId, Boolean.TRUE);
    }
}
