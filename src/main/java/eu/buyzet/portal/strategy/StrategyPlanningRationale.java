package eu.buyzet.portal.strategy;

import eu.buyzet.portal.buyergroup.BuyerGroupId;
import eu.buyzet.portal.buyergroup.PlanningRationale;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A buyer group's OCDS {@code planning.rationale} from the adopted strategy of the priority area
 * that links the group: as public as the strategy's public page, in English as the release is.
 */
@Component
class StrategyPlanningRationale implements PlanningRationale {

    private final AdoptedStrategies strategies;
    private final MessageSource messages;

    StrategyPlanningRationale(AdoptedStrategies strategies, MessageSource messages) {
        this.strategies = strategies;
        this.messages = messages;
    }

    @Override
    @DisclosureChannel("strategy.ocds-rationale")
    public Optional<Plan> of(BuyerGroupId group) {
        return strategies.adoptedForBuyerGroup(group.value()).stream().map(PublicStrategy::of)
                .flatMap(Optional::stream).findFirst()
                .map(s -> plan(s, i -> messages.getMessage("strategy.instrument." + i.name() + ".name", null,
                        Locale.ENGLISH)));
    }

    static Plan plan(PublicStrategy s, Function<Instrument, String> name) {
        StringBuilder text = new StringBuilder("Contract strategy \"").append(s.title()).append("\" for the priority area ")
                .append(s.areaName()).append(", version ").append(s.number()).append(" adopted by ").append(s.ownerName());
        if (s.adoptedAt() != null) {
            text.append(" on ").append(LocalDate.ofInstant(s.adoptedAt(), Formats.OSLO));
        }
        text.append(": ").append(s.summary().strip());
        if (!s.summary().strip().endsWith(".")) {
            text.append('.');
        }
        if (!s.instruments().isEmpty()) {
            List<String> instruments = new ArrayList<>();
            for (PublicStrategy.PublicInstrument i : s.instruments()) {
                String entry = name.apply(i.instrument());
                if (i.weightPercent() != null) {
                    entry += " (weight " + i.weightPercent() + " %)";
                } else if (i.fromDate() != null) {
                    entry += " (from " + i.fromDate() + ")";
                }
                instruments.add(entry);
            }
            text.append(" Instruments: ").append(String.join("; ", instruments)).append('.');
        }
        PublicStrategy.Headline h = s.headline();
        if (h != null) {
            text.append(String.format(Locale.ROOT, " Planned by %d against %d (factor set %s %s): well-to-wheel CO2e"
                            + " %+.1f %%, zero-emission share of vehicle-km %.1f %%.", h.targetYear(), h.baselineYear(),
                    h.factorSetName(), h.factorSetVersion(), h.co2eWtwChangePercent(), h.zeroEmissionSharePercent()));
        }
        return new Plan(text.toString(), s.title(), "strategies/public/" + s.id());
    }
}
