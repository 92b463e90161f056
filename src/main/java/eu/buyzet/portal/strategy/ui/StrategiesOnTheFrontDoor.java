package eu.buyzet.portal.strategy.ui;

import eu.buyzet.portal.shared.ui.FrontDoorEntry;

/**
 * The adopted strategies among the front door's places to start (issue 14): where a newcomer
 * reads how the agencies mean to buy zero-emission, without signing in. After the buyer groups,
 * as the chain's last step; the calculator stands apart.
 */
@org.springframework.stereotype.Component
class StrategiesOnTheFrontDoor implements FrontDoorEntry {

    @Override
    public String path() {
        return "strategies/public";
    }

    @Override
    public String titleKey() {
        return "front.strategies";
    }

    @Override
    public String descriptionKey() {
        return "front.strategies-text";
    }

    @Override
    public int order() {
        return 35;
    }
}
