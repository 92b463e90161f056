package eu.buyzet.portal.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Counts failed local sign-ins per account and per client, and locks either for a while once it
 * has failed too often within the window (see {@link SignInThrottleSettings}).
 * <p>
 * The account is the name as typed (trimmed, lower-cased), whether or not a member has it, so a
 * lock says nothing about which accounts exist. The client is its address as Tomcat reports it
 * (behind a trusted proxy, the forwarded address), an IPv6 one by its /64 ({@code ClientKey}).
 * <p>
 * The counts live in memory, not in the database: they matter for minutes, are worthless after a
 * restart (which an attacker cannot cause), and an attacker's stream of attempts should not turn
 * into a stream of database writes beyond the audit trail's own. The price is that several portal
 * instances count separately; the README says so. Memory is bounded by {@link #MAX_ENTRIES}.
 */
final class SignInThrottle {

    /** Names and addresses remembered at most; past it, entries without a lock are forgotten first. */
    static final int MAX_ENTRIES = 50_000;

    /** What a failed attempt led to. */
    record Failure(Duration delay, @Nullable Duration accountLock, @Nullable Duration clientLock, int accountFailures,
                   int clientFailures) {
        Optional<Duration> lock() {
            if (accountLock == null) {
                return Optional.ofNullable(clientLock);
            }
            return Optional.of(clientLock == null || accountLock.compareTo(clientLock) >= 0 ? accountLock : clientLock);
        }
    }

    private static final class Counter {
        final Deque<Instant> failures = new ArrayDeque<>();
        @Nullable Instant lockedUntil;

        boolean idle(Instant now, Duration window) {
            return (lockedUntil == null || !lockedUntil.isAfter(now))
                    && (failures.isEmpty() || failures.peekLast().isBefore(now.minus(window)));
        }
    }

    private final SignInThrottleSettings settings;
    private final Clock clock;
    private final Map<String, Counter> accounts = new ConcurrentHashMap<>();
    private final Map<String, Counter> clients = new ConcurrentHashMap<>();

    SignInThrottle(SignInThrottleSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    static String accountKey(@Nullable String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    /** A lock in force: on the {@code account} or the {@code client}, for {@code remaining} more. */
    record Lock(String scope, Duration remaining) {
    }

    /** The account's or the client's lock, whichever lasts longer; empty when neither is locked. */
    Optional<Lock> lock(String account, String client) {
        Instant now = clock.instant();
        Duration a = remaining(accounts.get(accountKey(account)), now);
        Duration c = remaining(clients.get(client == null ? "" : client), now);
        if (a == null && c == null) {
            return Optional.empty();
        }
        if (a != null && (c == null || a.compareTo(c) >= 0)) {
            return Optional.of(new Lock("account", a));
        }
        return Optional.of(new Lock("client", Objects.requireNonNull(c, "one of the two is locked")));
    }

    private static @Nullable Duration remaining(@Nullable Counter counter, Instant now) {
        if (counter == null) {
            return null;
        }
        synchronized (counter) {
            return counter.lockedUntil != null && counter.lockedUntil.isAfter(now)
                    ? Duration.between(now, counter.lockedUntil) : null;
        }
    }

    /** Records a failed attempt; a lock that begins with it is in the answer. */
    Failure failed(String account, String client) {
        Instant now = clock.instant();
        forgetIdleIfFull(now);
        int[] accountCount = new int[1];
        int[] clientCount = new int[1];
        Duration accountLock = count(accounts, accountKey(account), settings.accountMaxFailures(), now, accountCount);
        Duration clientLock = count(clients, client == null ? "" : client, settings.clientMaxFailures(), now, clientCount);
        long steps = Math.max(0, accountCount[0] - 1);
        Duration delay = settings.delayStep().multipliedBy(steps);
        if (delay.compareTo(settings.maxDelay()) > 0) {
            delay = settings.maxDelay();
        }
        return new Failure(delay, accountLock, clientLock, accountCount[0], clientCount[0]);
    }

    /** Adds a failure; returns the lock's length if this failure starts one. */
    private @Nullable Duration count(Map<String, Counter> counters, String key, int max, Instant now, int[] countOut) {
        Counter counter = counters.computeIfAbsent(key, k -> new Counter());
        synchronized (counter) {
            Instant since = now.minus(settings.window());
            while (!counter.failures.isEmpty() && counter.failures.peekFirst().isBefore(since)) {
                counter.failures.pollFirst();
            }
            counter.failures.addLast(now);
            countOut[0] = counter.failures.size();
            if (counter.failures.size() >= max) {
                counter.failures.clear();
                counter.lockedUntil = now.plus(settings.lockDuration());
                return settings.lockDuration();
            }
            return null;
        }
    }

    /** A successful sign-in clears the account's count; the client's stays, so one good account cannot launder a run of guesses. */
    void succeeded(String account) {
        accounts.remove(accountKey(account));
    }

    @org.springframework.context.event.EventListener
    void signedIn(org.springframework.security.authentication.event.AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private void forgetIdleIfFull(Instant now) {
        for (Map<String, Counter> counters : java.util.List.of(accounts, clients)) {
            if (counters.size() >= MAX_ENTRIES) {
                counters.values().removeIf(counter -> {
                    synchronized (counter) {
                        return counter.idle(now, settings.window());
                    }
                });
                if (counters.size() >= MAX_ENTRIES) {
                    // still full of live entries: an attack on a scale this cannot tell apart; forget the unlocked ones
                    counters.values().removeIf(counter -> {
                        synchronized (counter) {
                            return counter.lockedUntil == null || !counter.lockedUntil.isAfter(now);
                        }
                    });
                }
            }
        }
    }
}
