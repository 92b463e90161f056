package eu.buyzet.portal.forum.api;

import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.forum.ForumFilter;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.forum.ForumStatus;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.api.ApiPage;
import eu.buyzet.portal.shared.api.InvalidParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The open read API for forums: public forums only, for anyone, without signing in. */
@RestController
@RequestMapping(path = "/api/v1/forums", produces = "application/json")
@Tag(name = "Forums", description = "Public procurement forums")
class ForumApi {

    private final ForumService forums;

    ForumApi(ForumService forums) {
        this.forums = forums;
    }

    @Schema(name = "Texts", description = "A text in Norwegian Bokmål and English; either may be empty")
    record Texts(String nb, String en) {
    }

    @Schema(name = "Forum")
    record ForumJson(long id, Texts title, Texts description, String region, List<String> cpvCodes,
                     @Schema(allowableValues = {"OPEN", "ARCHIVED"}) String status, List<String> moderators,
                     Instant latestActivity) {
        static ForumJson of(Forum f) {
            return new ForumJson(f.id().value(), new Texts(f.titleNb(), f.titleEn()),
                    new Texts(f.descriptionNb(), f.descriptionEn()), f.region(),
                    f.cpvCodes().stream().map(CpvCode::value).toList(), f.status().name(), f.moderatorNames(),
                    f.latestActivity());
        }
    }

    @DisclosureChannel("forum.api-list")
    @GetMapping
    @Operation(summary = "List public forums, newest activity first")
    ApiPage<ForumJson> list(
            @Parameter(description = "Words in the title or region") @RequestParam(required = false) String q,
            @Parameter(description = "OPEN or ARCHIVED") @RequestParam(required = false) String status,
            @Parameter(description = "Zero-based page") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        InvalidParameterException.checkPaging(page, size);
        ForumFilter filter = new ForumFilter(q, InvalidParameterException.enumValue("status", status, ForumStatus.class));
        List<ForumJson> items = forums.listPublic(filter, new PageRequest(page * size, size)).stream()
                .map(ForumJson::of).toList();
        return ApiPage.of(items, page, size, forums.countPublic(filter));
    }

    @DisclosureChannel("forum.api-get")
    @GetMapping("/{id}")
    @Operation(summary = "One public forum")
    ForumJson get(@PathVariable long id) {
        return forums.findPublic(ForumId.of(id)).map(ForumJson::of)
                .orElseThrow(() -> new NotFoundException("Forum " + id));
    }
}
