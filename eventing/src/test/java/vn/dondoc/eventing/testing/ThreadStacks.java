package vn.dondoc.eventing.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Every thread's whole stack, with the lock each waits for and who holds it ({@link ThreadInfo}'s
 * own text stops at eight frames). The main thread comes last, after the holder of the lock it
 * waits for, if any.
 */
final class ThreadStacks {

    private ThreadStacks() {
    }

    static String now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<ThreadInfo> infos = Arrays.stream(threads.dumpAllThreads(true, true))
                .sorted(Comparator.comparing(ThreadInfo::getThreadName))
                .toList();
        StringBuilder text = new StringBuilder();
        long[] deadlocked = threads.findDeadlockedThreads();
        if (deadlocked != null) {
            text.append("Deadlocked threads: ").append(Arrays.toString(deadlocked)).append('\n');
        }
        ThreadInfo main = null;
        for (ThreadInfo info : infos) {
            if (isMain(info)) {
                main = info;
            } else {
                append(text, info);
            }
        }
        if (main != null) {
            if (main.getLockOwnerId() >= 0) {
                text.append("--- the main thread waits for a lock held by:\n");
                append(text, threads.getThreadInfo(new long[] {main.getLockOwnerId()}, true, true)[0]);
            }
            append(text, main);
        }
        return text.toString();
    }

    private static boolean isMain(ThreadInfo info) {
        return "main".equals(info.getThreadName());
    }

    private static void append(StringBuilder text, ThreadInfo info) {
        if (info == null) {
            return;
        }
        text.append('"').append(info.getThreadName()).append("\" #").append(info.getThreadId()).append(' ')
                .append(info.getThreadState());
        if (info.getLockName() != null) {
            text.append(" on ").append(info.getLockName());
        }
        if (info.getLockOwnerName() != null) {
            text.append(" held by \"").append(info.getLockOwnerName()).append('"');
        }
        text.append('\n');
        for (StackTraceElement frame : info.getStackTrace()) {
            text.append("\tat ").append(frame).append('\n');
        }
        text.append('\n');
    }
}
