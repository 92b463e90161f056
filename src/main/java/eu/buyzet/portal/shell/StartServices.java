package eu.buyzet.portal.shell;

import eu.buyzet.portal.buyergroup.BuyerGroupService;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.dialogue.DialoguePageService;
import eu.buyzet.portal.moderation.ModerationService;
import eu.buyzet.portal.notification.NotificationService;
import eu.buyzet.portal.organisation.MemberService;
import eu.buyzet.portal.organisation.OrganisationService;
import eu.buyzet.portal.search.SearchService;
import org.springframework.stereotype.Component;

/**
 * The features' public services the start page reads from. Each service decides what the member
 * may see; the start page only puts their answers together.
 */
@Component
record StartServices(ContractService contracts, DialoguePageService dialogues, BuyerGroupService groups,
                     SearchService search, NotificationService notifications, ModerationService moderation,
                     OrganisationService organisations, MemberService members) {
}
