package dev.tether.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings of the scale workloads (S1 to S5, {@link ScaleEnv}): a call takes up to seconds at
 * 1,000,000 articles, so each is timed alone ({@code SingleShotTime}): two warm-up calls, then the
 * median of three. {@code -p articles=100000} runs the small size only.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public abstract class ScaleWorkload {
}
