package eu.buyzet.portal.buyergroup.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import eu.buyzet.portal.buyergroup.BuyerGroupPage;
import eu.buyzet.portal.buyergroup.Demand;
import eu.buyzet.portal.buyergroup.SupplierInterest;
import eu.buyzet.portal.submission.SubmissionService;

/** How many suppliers are interested; who, with their statements and solutions, where the reader may know. */
final class SuppliersCard extends Section {

    SuppliersCard(BuyerGroupPage page, SubmissionService submissions) {
        Demand d = page.demand();
        add(new H2(getTranslation("buyer-group.suppliers")));
        addClassName("card");
        setId("buyer-group-suppliers");
        Paragraph count = new Paragraph(getTranslation("buyer-group.suppliers.count", d.capableSuppliers()));
        count.setId("supplier-count");
        Paragraph threshold = new Paragraph(getTranslation(d.marketMature() ? "buyer-group.suppliers.mature"
                : "buyer-group.suppliers.not-mature", d.threshold()));
        threshold.addClassName("helper");
        add(count, threshold);
        if (page.interests() != null) {
            UnorderedList list = new UnorderedList();
            list.setId("supplier-interests");
            for (SupplierInterest i : page.interests()) {
                ListItem item = new ListItem(i.organisationName() + ": " + i.statement());
                // a solution the reader may not see is left out
                for (var s : i.solutions()) {
                    submissions.find(s).ifPresent(sol -> item.add(new Paragraph(new Anchor("submissions/" + sol.id(),
                            sol.title()))));
                }
                list.add(item);
            }
            add(list);
        }
        if (page.myInterest().isPresent()) {
            Paragraph yours = new Paragraph(getTranslation("buyer-group.interest.yours"));
            yours.setId("interest-registered");
            add(yours);
        }
    }
}
