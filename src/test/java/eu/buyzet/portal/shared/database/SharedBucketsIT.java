package eu.buyzet.portal.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.shared.ClientBuckets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A client's rate limit is one limit for all nodes: two nodes are played by two sets of buckets. */
@PortalIntegrationTest
class SharedBucketsIT {

    @Autowired
    SharedBuckets store;

    @Test
    void a_client_that_spent_its_limit_on_one_node_is_refused_on_the_other() {
        String limit = "test-" + UUID.randomUUID();
        ClientBuckets nodeA = ClientBuckets.perMinute(5, 1).sharedBy(store, limit);
        ClientBuckets nodeB = ClientBuckets.perMinute(5, 1).sharedBy(store, limit);
        String client = "192.0.2.10";
        for (int i = 0; i < 3; i++) {
            assertThat(nodeA.tryAcquire(client)).as("request %d on node A", i + 1).isTrue();
        }
        assertThat(nodeB.tryAcquire(client)).isTrue();
        assertThat(nodeB.tryAcquire(client)).isTrue();
        assertThat(nodeB.tryAcquire(client)).as("the sixth request, on a node that saw only two").isFalse();
        assertThat(nodeA.tryAcquire("192.0.2.11")).as("another client").isTrue();
    }

    @Test
    void concurrent_requests_on_two_nodes_never_take_more_than_the_limit() throws Exception {
        String limit = "test-" + UUID.randomUUID();
        ClientBuckets nodeA = ClientBuckets.perMinute(20, 1).sharedBy(store, limit);
        ClientBuckets nodeB = ClientBuckets.perMinute(20, 1).sharedBy(store, limit);
        List<Callable<Boolean>> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ClientBuckets node = i % 2 == 0 ? nodeA : nodeB;
            requests.add(() -> node.tryAcquire("198.51.100.7"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            int allowed = 0;
            for (Future<Boolean> result : pool.invokeAll(requests)) {
                if (result.get()) {
                    allowed++;
                }
            }
            // each node alone would have allowed 20: together they allow 20, not 40
            assertThat(allowed).isEqualTo(20);
        } finally {
            pool.shutdown();
        }
    }
}
