package vn.dondoc.eventing.testing;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * Every document of every collection of a service's database, as JSON text, to compare before and
 * after; {@code outboxDrained} when no document holds events the relay has not published yet.
 */
public record StoreSnapshot(Map<String, List<String>> collections, boolean outboxDrained) {

    public static StoreSnapshot of(MongoDatabase database) {
        Map<String, List<String>> collections = new TreeMap<>();
        boolean drained = true;
        for (String name : database.listCollectionNames()) {
            List<String> documents = new ArrayList<>();
            for (Document document : database.getCollection(name).find()) {
                documents.add(document.toJson());
                drained &= !(document.get("pendingEvents") instanceof List<?> pending && !pending.isEmpty());
            }
            documents.sort(null);
            collections.put(name, documents);
        }
        return new StoreSnapshot(collections, drained);
    }

    /** What differs, in a few words (empty when nothing does). */
    public String differenceFrom(StoreSnapshot before) {
        List<String> changed = new ArrayList<>();
        for (String name : union(before)) {
            List<String> was = before.collections.getOrDefault(name, List.of());
            List<String> is = collections.getOrDefault(name, List.of());
            if (!was.equals(is)) {
                changed.add(name + " (" + was.size() + " → " + is.size() + " documents)");
            }
        }
        return String.join(", ", changed);
    }

    private List<String> union(StoreSnapshot other) {
        TreeMap<String, Boolean> names = new TreeMap<>();
        collections.keySet().forEach(name -> names.put(name, true));
        other.collections.keySet().forEach(name -> names.put(name, true));
        return List.copyOf(names.keySet());
    }
}
