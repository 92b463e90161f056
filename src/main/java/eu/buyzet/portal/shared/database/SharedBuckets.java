package eu.buyzet.portal.shared.database;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Bucket4j's token buckets kept in PostgreSQL, so that a client's rate limit is one limit across
 * every node. Bucket4j does the arithmetic; this class only stores a bucket's state and swaps it
 * when nobody else changed it in between (Bucket4j retries on a lost race). Bucket4j's own
 * PostgreSQL module would do the same, but it is not available to this build (decision 027).
 */
@Component
public class SharedBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

    private final JdbcClient jdbc;

    SharedBuckets(JdbcClient jdbc) {
        super(ClientSideConfig.getDefault().withExpirationAfterWriteStrategy(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10))));
        this.jdbc = jdbc;
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                return jdbc.sql("select state from rate_limit_bucket where bucket_key = ? and expires_at > now()")
                        .param(key).query(byte[].class).optional();
            }

            @Override
            public boolean compareAndSwap(byte @Nullable [] original, byte[] updated, RemoteBucketState newState,
                                          Optional<Long> timeoutNanos) {
                long ttlMillis = getClientSideConfig().getExpirationAfterWriteStrategy()
                        .map(s -> s.calculateTimeToLiveMillis(newState, currentTimeNanos()))
                        .orElse(Duration.ofHours(1).toMillis());
                if (original == null) {
                    // a first bucket, or one that expired: replace an expired row, never a live one
                    return jdbc.sql("""
                                    insert into rate_limit_bucket (bucket_key, state, expires_at)
                                    values (?, ?, now() + make_interval(secs => ?))
                                    on conflict (bucket_key) do update
                                        set state = excluded.state, expires_at = excluded.expires_at
                                        where rate_limit_bucket.expires_at <= now()""")
                            .params(key, updated, ttlMillis / 1000.0).update() == 1;
                }
                return jdbc.sql("""
                                update rate_limit_bucket set state = ?, expires_at = now() + make_interval(secs => ?)
                                where bucket_key = ? and state = ?""")
                        .params(updated, ttlMillis / 1000.0, key, original).update() == 1;
            }
        };
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("JDBC is synchronous");
    }

    @Override
    public void removeProxy(String key) {
        jdbc.sql("delete from rate_limit_bucket where bucket_key = ?").param(key).update();
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("JDBC is synchronous"));
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    /** Forgets buckets that have filled up again: a full bucket is the same as none. */
    @Scheduled(fixedDelayString = "${buyzet.api.rate-limit.cleanup-interval:5m}")
    void removeExpired() {
        jdbc.sql("delete from rate_limit_bucket where expires_at <= now()").update();
    }
}
