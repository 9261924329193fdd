package dev.mediaaccess.benchmarks.paired;

/** What one contender did in one slice: completed ops, failed ops, and the rate (sum over workers of ops / busy time). */
record SliceResult(long ops, long failures, double opsPerSecond) {}
