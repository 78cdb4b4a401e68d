package org.pipedesk.server.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * CPU time of the server JVM (the ITs run inside it) over an interval: the whole process (from /proc/self/stat, so
 * threads that ended count too) and per group of live threads by name, for the benchmarks' "CPU ms per item", a
 * figure the load of other builds on the machine hardly moves (unlike rates and latencies).
 */
final class CpuMeter {
	private final Function<String, String> group;
	private final long processStart;
	private final Map<Long, Long> threadStart = new LinkedHashMap<>();

	/** {@code group} names the group of a thread by its name (null: only in the process total). */
	CpuMeter(Function<String, String> group) {
		this.group = group;
		this.processStart = processNanos();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (long id : threads.getAllThreadIds()) {
			threadStart.put(id, Math.max(0, threads.getThreadCpuTime(id)));
		}
	}

	/** The process's CPU since the start, in ms. */
	double processMillis() {
		return (processNanos() - processStart) / 1e6;
	}

	/** CPU since the start per group of live threads, in ms (a thread started meanwhile counts from 0). */
	Map<String, Double> groupMillis() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Map<String, Double> groups = new LinkedHashMap<>();
		for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info == null) {
				continue;
			}
			String name = group.apply(info.getThreadName());
			long now = threads.getThreadCpuTime(info.getThreadId());
			if (name == null || now < 0) {
				continue;
			}
			groups.merge(name, (now - threadStart.getOrDefault(info.getThreadId(), 0L)) / 1e6, Double::sum);
		}
		return groups;
	}

	/** "group a.b ms, ..." per {@code items}. */
	String perItem(int items) {
		StringBuilder text = new StringBuilder(String.format("process %.2f", processMillis() / items));
		groupMillis().forEach((name, ms) -> text.append(String.format(", %s %.2f", name, ms / items)));
		return text.append(" ms").toString();
	}

	/** utime + stime of this process (clock ticks of 10 ms), as nanoseconds; 0 where /proc is missing. */
	private static long processNanos() {
		try {
			String stat = Files.readString(Path.of("/proc/self/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
		} catch (Exception e) {
			return 0;
		}
	}
}
