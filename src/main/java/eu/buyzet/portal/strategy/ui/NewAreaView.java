package eu.buyzet.portal.strategy.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.buyzet.portal.buyergroup.BuyerGroupService;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.dialogue.DialogueService;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.search.SearchService;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.ViewFrame;
import eu.buyzet.portal.strategy.PriorityAreaService;
import jakarta.annotation.security.RolesAllowed;

/** An agency makes a priority area from the contracts it mapped or a CPV category of its ranking. */
@Route("strategies/areas/new")
@RolesAllowed("AGENCY")
class NewAreaView extends ViewFrame implements HasDynamicTitle {

    NewAreaView(PriorityAreaService areas, ContractService contracts, DialogueService dialogues,
                BuyerGroupService groups, ForumService forums, SearchService search,
                SubmissionService submissions) {
        setHeading(getTranslation("strategy.new-area"));
        add(new AreaForm(contracts, dialogues, groups, forums, search, submissions, areas.agencyChoices(null), null,
                areas::create, saved -> {
            FieldErrors.notifySuccess(this, getTranslation("strategy.area.saved"));
            getUI().ifPresent(ui -> ui.navigate("strategies/areas/" + saved.id()));
        }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("strategy.new-area") + " – " + getTranslation("app.name");
    }
}
