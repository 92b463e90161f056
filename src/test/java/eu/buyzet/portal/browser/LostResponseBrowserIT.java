package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Route;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A response lost on the way (a phone between two masts): the server has handled the request, the
 * browser never saw the answer, and Vaadin's client sends the same message again. The server must
 * answer it with the very bytes it answered the first time, although it keeps them deflated between
 * requests (CompactLastResponse), and the page must then show what was asked for.
 */
@PortalBrowserTest
class LostResponseBrowserIT {

    @Test
    void a_page_whose_response_was_lost_is_answered_again_with_the_same_bytes_and_shown(
            @SignedIn("supplier@demo.buyzet.eu") Visitor supplier) {
        ForumPage forum = supplier.forums().open("Zero-emission waste collection");
        assertThat(forum.submission("Electric refuse trucks with depot charging")).isVisible();

        List<byte[]> answers = new CopyOnWriteArrayList<>();
        AtomicInteger sent = new AtomicInteger();
        supplier.page().route(url -> url.contains("v-r=uidl"), route -> {
            APIResponse response = route.fetch();
            answers.add(response.body());
            if (sent.getAndIncrement() == 0) {
                // the server has done the navigation; its answer never reaches the browser
                route.abort("connectionreset");
            } else {
                route.fulfill(new Route.FulfillOptions().setResponse(response));
            }
        });
        SubmissionPage solution = forum.open("Electric refuse trucks with depot charging");

        assertThat(solution.meta()).isVisible();
        assertThat(sent.get()).as("the client sent the lost message again").isGreaterThanOrEqualTo(2);
        assertThat(answers.get(0).length).as("a whole page, kept deflated between requests")
                .isGreaterThan(4096);
        assertThat(answers.get(1)).as("the answer to the message sent again").isEqualTo(answers.get(0));
        supplier.page().unrouteAll();
        supplier.assertAccessible();
    }
}
