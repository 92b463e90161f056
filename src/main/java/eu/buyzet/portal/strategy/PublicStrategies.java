package eu.buyzet.portal.strategy;

import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Adopted strategies as anyone reads them, for the public page and the open API: whoever asks,
 * the answer is {@link PublicStrategy}'s, so a signed-in agency sees on these channels no more than
 * an anonymous visitor (the authoring pages are where the owner reads the rest).
 */
@Service
public class PublicStrategies {

    private final AdoptedStrategies strategies;

    PublicStrategies(AdoptedStrategies strategies) {
        this.strategies = strategies;
    }

    @DisclosureChannel("strategy.public-page-list")
    public List<PublicStrategy> list(PageRequest page) {
        return strategies.adopted(page).stream().map(PublicStrategy::of).flatMap(Optional::stream).toList();
    }

    public long count() {
        return strategies.countAdopted();
    }

    /** An adopted or superseded version; not found for drafts and versions in consultation, as for unknown ids. */
    @DisclosureChannel("strategy.public-page")
    public PublicStrategy get(StrategyId id) {
        return find(id).orElseThrow(() -> new NotFoundException("Strategy " + id));
    }

    public Optional<PublicStrategy> find(StrategyId id) {
        return strategies.published(id).flatMap(PublicStrategy::of);
    }
}
