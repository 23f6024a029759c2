package vn.dondoc.plan.importing;

/**
 * A row of the task table after repair: a section heading ({@code heading}) or a task.
 *
 * @param repair what the importer fixed in it (Vietnamese), or null
 */
record TableRow(int line, String number, String content, String lead, String coordinator, String timeframe,
        boolean heading, boolean merged, String repair) {
}
