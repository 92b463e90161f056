package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Find submissions, at /search; the query lives in the URL. */
final class SearchPage extends PortalPage {

    SearchPage(Visitor visitor) {
        super(visitor);
    }

    Locator results() {
        return page.locator("#search-results a.submission-link:visible");
    }

    Locator result(String title) {
        return page.locator("#search-results a.submission-link:visible", new Page.LocatorOptions().setHasText(title));
    }

    SubmissionPage open(String title) {
        result(title).first().click();
        return new SubmissionPage(visitor);
    }

    /** The footprint figures on the result cards. */
    Locator resultFootprints() {
        return page.locator("#search-results .submission-card-footprint:visible");
    }

    Locator searchText() {
        return input("search-text");
    }

    void follow() {
        id("follow-search").click();
    }

    /** The follow button, which says whether the member follows the search on the page. */
    Locator followButton() {
        return id("follow-search");
    }

    /** The smallest footprint a result may have, in kg CO2e a year, with its message. */
    Locator minCo2eField() {
        return id("search-min-co2e");
    }

    Locator minCo2eInput() {
        return input("search-min-co2e");
    }

    /** Types a threshold and leaves the field, as a person does; the search follows. */
    void minCo2e(String typed) {
        minCo2eInput().fill(typed);
        minCo2eInput().press("Tab");
    }

    /** The snippets under the needs, solutions and proposals found. */
    Locator snippets() {
        return page.locator("#search-results .snippet:visible");
    }

    /** Forums, dialogues and buyer groups found by name, as links. */
    Locator named() {
        return page.locator("#search-named a:visible");
    }

    Locator named(String title) {
        return page.locator("#search-named a:visible", new Page.LocatorOptions().setHasText(title));
    }

    Locator namedMarks() {
        return page.locator("#search-named mark:visible");
    }

    /** Opens the filters beyond the words, kind and order. */
    void openMoreFilters() {
        id("search-more").locator("vaadin-details-summary").click();
    }

    Locator organisationInput() {
        return input("search-organisation");
    }

    /** Types part of an organisation's name into the organisation filter and picks the suggestion. */
    void filterByOrganisation(String typed, String name) {
        organisationInput().fill(typed);
        chooseSuggestion(name);
    }

    Locator forumInput() {
        return input("search-forum");
    }

    /** Types part of a forum's title into the forum filter and picks the suggestion. */
    void filterByForum(String typed, String title) {
        forumInput().fill(typed);
        chooseSuggestion(title);
    }
}
