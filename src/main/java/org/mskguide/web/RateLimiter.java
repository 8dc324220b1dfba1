package org.mskguide.web;

import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mskguide.web.error.ErrorResponses;
import org.mskguide.web.error.Problem;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Limits POST requests (the quiz form and the JSON API) per client address with a Bucket4j token
 * bucket; over the limit the reader gets 429 with {@code Retry-After}, before any resource or the
 * database is touched. Reading pages is never limited. Each instance counts on its own, so with N
 * instances behind a load balancer an address gets up to N times the limit: this is a brake on
 * floods, not an exact quota.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    RateLimitConfig config;

    @Inject
    ErrorResponses responses;

    private Cache<String, Bucket> buckets;

    @PostConstruct
    void init() {
        buckets = Caffeine.newBuilder()
                .maximumSize(config.maxClients())
                // A bucket idle for a whole period is full again: forgetting it changes nothing.
                .expireAfterAccess(config.period().toNanos(), TimeUnit.NANOSECONDS)
                .build();
    }

    boolean enabled() {
        return config.enabled();
    }

    void handle(RoutingContext rc) {
        ConsumptionProbe probe = bucketFor(rc.request().remoteAddress()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            rc.next();
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        responses.send(rc, Problem.tooManyRequests(seconds));
    }

    private Bucket bucketFor(SocketAddress client) {
        // remoteAddress() is the X-Forwarded-For address only when quarkus.http.proxy trusts the proxy.
        String key = client == null ? "unknown" : client.hostAddress();
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(config.requests()).refillGreedy(config.requests(), config.period()))
                .build());
    }
}
