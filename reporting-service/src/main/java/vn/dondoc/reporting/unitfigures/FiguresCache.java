package vn.dondoc.reporting.unitfigures;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Figures already counted, by unit, regime, period and as-of day, each with the {@link FigureStamps}
 * it was counted at: served again only while the unit's stamp is unchanged, so the dashboard and the
 * department report of twenty units do not recount 100,000 assignments on every load, and a new
 * fact of one unit recounts that unit alone. In memory, per instance; the stamps are in the store.
 */
final class FiguresCache {

    private final Cache<Key, Counted> counted = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterAccess(Duration.ofHours(6)).build();
    private final FigureStamps stamps;

    FiguresCache(FigureStamps stamps) {
        this.stamps = stamps;
    }

    /** The unit's stamp now: what {@code count} reads after this call may be kept under it. */
    FigureStamps.Stamp stampOf(String unitCode) {
        return stamps.of(unitCode);
    }

    /**
     * The figures kept under the stamp, else those counted now and kept under it; {@code count} must
     * read the unit's records after the stamp was read ({@link #stampOf}).
     */
    Optional<PeriodFigures> figures(String unitCode, String regime, String periodKey, LocalDate asOf,
            FigureStamps.Stamp stamp, Supplier<Optional<PeriodFigures>> count) {
        Key key = new Key(unitCode, regime, periodKey, asOf);
        Counted known = counted.getIfPresent(key);
        if (known != null && known.stamp().equals(stamp)) {
            return known.figures();
        }
        Optional<PeriodFigures> fresh = count.get();
        counted.put(key, new Counted(stamp, fresh));
        return fresh;
    }

    private record Key(String unitCode, String regime, String periodKey, LocalDate asOf) {
    }

    private record Counted(FigureStamps.Stamp stamp, Optional<PeriodFigures> figures) {
    }
}
