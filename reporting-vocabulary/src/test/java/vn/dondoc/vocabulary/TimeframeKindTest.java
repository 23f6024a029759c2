package vn.dondoc.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeframeKindTest {

    @Test
    void onlyTasksKhiCoPhatSinhAndTheoKeHoachKiemTraComeByOccurrence() {
        assertThat(TimeframeKind.namesByOccurrence()).containsExactlyInAnyOrder("EVENT_DRIVEN", "ANCHORED_EXTERNAL");
        assertThat(TimeframeKind.byOccurrence("EVENT_DRIVEN")).isTrue();
        assertThat(TimeframeKind.byOccurrence("ANCHORED_EXTERNAL")).isTrue();
        assertThat(TimeframeKind.byOccurrence("RECURRING")).isFalse();
        assertThat(TimeframeKind.byOccurrence("event_driven")).as("names as events carry them, exactly").isFalse();
        assertThat(TimeframeKind.byOccurrence(null)).as("an event without a kind").isFalse();
    }
}
