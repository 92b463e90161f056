package eu.buyzet.portal.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A token bucket per client (its network address, an IPv6 one by its /64: {@link ClientKey}; Bucket4j):
 * a burst of {@code capacity}, refilled at {@code refill} tokens a {@code period}. The open API's rate
 * limit, file downloads, new sessions, sign-up and forgotten-password forms each take a token per request.
 * <p>
 * Buckets {@linkplain #sharedBy shared} across the portal's nodes live in the database; a node
 * still keeps its own bucket in front of them, so that a flood is refused without a query (a
 * node's own share never exceeds the limit for all nodes).
 */
public final class ClientBuckets {

    /** A crude bound on memory: beyond it everyone is forgotten rather than the map growing without limit. */
    private static final int MAX_CLIENTS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    /**
     * One proxy per client of the shared buckets, kept so that Bucket4j's batching can work: the
     * requests of one client that arrive while its bucket is being updated are taken together in the
     * next update, not one compare-and-swap each. Without it, 64 connections from one address
     * (a proxy, a NAT, the load harness) retried their swaps on one row and halved the API's
     * throughput on the generated million.
     */
    private final Map<String, Bucket> sharedProxies = new ConcurrentHashMap<>();
    private final long capacity;
    private final long refill;
    private final Duration period;
    private final @Nullable ProxyManager<String> shared;
    private final String sharedName;

    private ClientBuckets(long capacity, long refill, Duration period, @Nullable ProxyManager<String> shared,
                          String sharedName) {
        this.capacity = capacity;
        this.refill = refill;
        this.period = period;
        this.shared = shared;
        this.sharedName = sharedName;
    }

    private ClientBuckets(long capacity, long refill, Duration period) {
        this(capacity, refill, period, null, "");
    }

    /** The same limit, counted for every node together in {@code store} under {@code name}. */
    public ClientBuckets sharedBy(ProxyManager<String> store, String name) {
        return new ClientBuckets(capacity, refill, period, store, name);
    }

    public static ClientBuckets perMinute(long capacity, long perMinute) {
        return new ClientBuckets(capacity, perMinute, Duration.ofMinutes(1));
    }

    public static ClientBuckets perHour(long capacity, long perHour) {
        return new ClientBuckets(capacity, perHour, Duration.ofHours(1));
    }

    /** Takes one token of the client's bucket; the probe tells whether it was there and when the next one comes. */
    public ConsumptionProbe take(@Nullable String client) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        if (sharedProxies.size() > MAX_CLIENTS) {
            sharedProxies.clear();
        }
        // an IPv6 client by its /64 (ClientKey): one address each request would otherwise be a bucket each
        String key = client == null || client.isBlank() ? "unknown" : ClientKey.of(client);
        ConsumptionProbe local = buckets.computeIfAbsent(key, k -> Bucket.builder().addLimit(limit()).build())
                .tryConsumeAndReturnRemaining(1);
        ProxyManager<String> store = shared;
        if (store == null || !local.isConsumed()) {
            return local;
        }
        try {
            return sharedProxies.computeIfAbsent(key, k -> store.builder().withOptimization(Optimizations.batching())
                    .build(sharedName + ":" + k, () -> BucketConfiguration.builder().addLimit(limit()).build()))
                    .tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException unavailable) {
            // the database is out of reach or its pool is exhausted: the node's own limit still holds, and
            // the request goes on to be answered as the database allows (503 with Retry-After, not 500)
            return local;
        }
    }

    private Bandwidth limit() {
        return Bandwidth.builder().capacity(capacity).refillGreedy(refill, period).build();
    }

    /** Takes a token for this client; false when it has none left. */
    public boolean tryAcquire(@Nullable String client) {
        return take(client).isConsumed();
    }

    /** Whole seconds, at least one, until the refused client has a token again: for Retry-After. */
    public static long retryAfterSeconds(ConsumptionProbe refused) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(refused.getNanosToWaitForRefill()));
    }
}
