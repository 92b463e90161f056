package eu.buyzet.portal.buyergroup;

import eu.buyzet.portal.search.NameSearch;
import eu.buyzet.portal.search.NamedHit;
import java.util.List;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Buyer groups on the search page: those {@link BuyerGroupService#find} lets the reader see. */
@Component
@Order(3)
class BuyerGroupNames implements NameSearch {

    private final BuyerGroupService groups;

    BuyerGroupNames(BuyerGroupService groups) {
        this.groups = groups;
    }

    @Override
    public List<NamedHit> find(String text, Locale locale, int limit) {
        return groups.find(text, limit).stream().map(g -> new NamedHit("search.kind.buyer-group", g.title(),
                g.leadOrganisationName(), "buyer-groups/" + g.id())).toList();
    }
}
