package eu.buyzet.portal.strategy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.HasValidation;
import eu.buyzet.portal.shared.ui.MultiSelectTexts;
import eu.buyzet.portal.buyergroup.BuyerGroup;
import eu.buyzet.portal.buyergroup.BuyerGroupId;
import eu.buyzet.portal.buyergroup.BuyerGroupService;
import eu.buyzet.portal.contract.ContractId;
import eu.buyzet.portal.contract.ContractMetric;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.contract.CpvCategoryTotal;
import eu.buyzet.portal.contract.CpvLevel;
import eu.buyzet.portal.contract.MappingAgency;
import eu.buyzet.portal.contract.RankedContract;
import eu.buyzet.portal.dialogue.Dialogue;
import eu.buyzet.portal.dialogue.DialogueId;
import eu.buyzet.portal.dialogue.DialogueService;
import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.search.SearchQuery;
import eu.buyzet.portal.search.SearchService;
import eu.buyzet.portal.search.SearchUnavailableException;
import eu.buyzet.portal.search.SubmissionHit;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import eu.buyzet.portal.strategy.AreaDraft;
import eu.buyzet.portal.strategy.PriorityArea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The form that makes or changes a priority area: picked contracts or a CPV category of the
 * ranking, the agencies named in it, and the forums, dialogues and buyer groups it links. What may
 * be picked is what the other features' services give the reader; the strategy service checks it all.
 */
class AreaForm extends Div {

    private static final SearchQuery PUBLIC_SOLUTIONS = SearchQuery.parse("kind=solution").query();

    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final RadioButtonGroup<Boolean> byCategory = new RadioButtonGroup<>();
    private final Select<CpvCategoryTotal> category = new Select<>();
    private final CheckboxGroup<RankedContract> contracts = new CheckboxGroup<>();
    private final MultiSelectComboBox<MappingAgency> agencies = MultiSelectTexts.localised(new MultiSelectComboBox<>());
    private final MultiSelectComboBox<Forum> forums = MultiSelectTexts.localised(new MultiSelectComboBox<>());
    private final MultiSelectComboBox<Dialogue> dialogues = MultiSelectTexts.localised(new MultiSelectComboBox<>());
    private final MultiSelectComboBox<BuyerGroup> buyerGroups = MultiSelectTexts.localised(new MultiSelectComboBox<>());
    private final MultiSelectComboBox<Submission> solutions = MultiSelectTexts.localised(new MultiSelectComboBox<>());

    /** Saves the draft and returns the saved area; a refusal is shown next to the fields. */
    interface Save {
        PriorityArea save(AreaDraft draft);
    }

    AreaForm(ContractService contractService, DialogueService dialogueService, BuyerGroupService groupService,
             ForumService forumService, SearchService search, SubmissionService submissions,
             List<MappingAgency> agencyChoices, @Nullable PriorityArea existing, Save save,
             java.util.function.Consumer<PriorityArea> saved) {
        addClassName("card");
        setId("area-form");
        OrganisationId own = contractService.ownAgency().orElseThrow();
        var formats = ReaderFormats.of(this);

        name.setLabel(getTranslation("strategy.area.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        name.setId("area-name");
        name.setWidthFull();
        description.setLabel(getTranslation("strategy.area.description"));
        description.setMaxLength(4000);
        description.setId("area-description");
        description.setWidthFull();

        byCategory.setLabel(getTranslation("strategy.area.source"));
        byCategory.setItems(false, true);
        byCategory.setItemLabelGenerator(c -> getTranslation(c ? "strategy.area.source.category"
                : "strategy.area.source.contracts"));
        byCategory.setValue(existing != null && existing.cpvCategory() != null);
        byCategory.setId("area-source");

        category.setLabel(getTranslation("strategy.area.category"));
        category.setItems(contractService.byCpvCategory(own, ContractMetric.CO2E, CpvLevel.GROUP));
        category.setItemLabelGenerator(c -> c == null ? "" : c.display() + " (" + formats.whole(c.contracts()) + ")");
        category.setId("area-category");
        category.setWidthFull();

        List<RankedContract> mine = contractService.rankAll(own, ContractMetric.CO2E);
        contracts.setLabel(getTranslation("strategy.area.contracts"));
        contracts.setHelperText(getTranslation("strategy.area.contracts-help"));
        contracts.setItems(mine);
        contracts.setItemLabelGenerator(c -> c.title() + " · " + c.supplierName() + " · "
                + formats.whole(c.figures().co2eWtwKg()) + " kg CO2e");
        contracts.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.LUMO_VERTICAL);
        contracts.setId("area-contracts");

        agencies.setLabel(getTranslation("strategy.area.agencies"));
        agencies.setItems(agencyChoices);
        agencies.setItemLabelGenerator(MappingAgency::name);
        agencies.setId("area-agencies");
        forums.setLabel(getTranslation("strategy.area.forums"));
        // forums and solutions are read a page at a time, as typed: a whole country's are too many to list,
        // and an area citing one beyond a first page must keep it when edited
        forums.setItems(q -> forumService.choices(q.getFilter().orElse(null),
                new PageRequest(q.getOffset(), q.getLimit())).stream()).setIdentifierProvider(Forum::id);
        forums.setItemLabelGenerator(f -> f.title(getLocale()));
        forums.setId("area-forums");
        dialogues.setLabel(getTranslation("strategy.area.dialogues"));
        dialogues.setItems(q -> typedOrPaged(q.getFilter().orElse(""), q.getOffset(), q.getLimit(),
                dialogueService::find, page -> dialogueService.list(null, page))).setIdentifierProvider(Dialogue::id);
        dialogues.setItemLabelGenerator(Dialogue::title);
        dialogues.setId("area-dialogues");
        buyerGroups.setLabel(getTranslation("strategy.area.buyer-groups"));
        buyerGroups.setItems(q -> typedOrPaged(q.getFilter().orElse(""), q.getOffset(), q.getLimit(),
                groupService::find, page -> groupService.list(null, page))).setIdentifierProvider(BuyerGroup::id);
        buyerGroups.setItemLabelGenerator(BuyerGroup::title);
        buyerGroups.setId("area-buyer-groups");
        // only published solutions of public forums can be cited (decision 030), so only those are offered
        solutions.setLabel(getTranslation("strategy.area.solutions"));
        solutions.setHelperText(getTranslation("strategy.area.solutions-help"));
        solutions.setItems(q -> publicSolutions(search, q.getFilter().orElse(""), q.getOffset(), q.getLimit()))
                .setIdentifierProvider(Submission::id);
        solutions.setItemLabelGenerator(s -> s.title() + " (" + s.organisationName() + ")");
        solutions.setId("area-solutions");
        solutions.setWidthFull();
        for (var box : List.of(agencies, forums, dialogues, buyerGroups)) {
            box.setWidthFull();
        }

        if (existing != null) {
            name.setValue(existing.name());
            description.setValue(existing.description());
            category.getListDataView().getItems().filter(c -> c.prefix().equals(existing.cpvCategory())).findFirst()
                    .ifPresent(category::setValue);
            contracts.setValue(mine.stream().filter(c -> existing.contracts().contains(c.id()))
                    .collect(Collectors.toSet()));
            select(agencies, MappingAgency::id, existing.agencies());
            forums.setValue(existing.forums().stream().map(id -> forumService.find(ForumId.of(id)))
                    .flatMap(Optional::stream).collect(Collectors.toSet()));
            dialogues.setValue(visible(existing.dialogues(), id -> dialogueService.get(DialogueId.of(id))));
            buyerGroups.setValue(visible(existing.buyerGroups(), id -> groupService.get(BuyerGroupId.of(id))));
            solutions.setValue(existing.solutions().stream().map(id -> submissions.findPublic(SubmissionId.of(id)))
                    .flatMap(Optional::stream).collect(Collectors.toSet()));
        }
        showSource();
        byCategory.addValueChangeListener(e -> showSource());

        Button submit = new Button(getTranslation("strategy.area.save"), e -> {
            Map<String, HasValidation> fields = new LinkedHashMap<>();
            fields.put("name", name);
            fields.put("description", description);
            fields.put("cpvCategory", category);
            fields.put("agencies", agencies);
            fields.put("forums", forums);
            fields.put("dialogues", dialogues);
            fields.put("buyerGroups", buyerGroups);
            fields.put("solutions", solutions);
            fields.put("contracts", contracts);
            Optional<PriorityArea> result = FormSubmit.attempt(this, fields, () -> save.save(draft()));
            result.ifPresent(saved);
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("area-save");
        add(name, description, byCategory, category, contracts, agencies, forums, dialogues, buyerGroups, solutions,
                submit);
    }

    private void showSource() {
        boolean fromCategory = Boolean.TRUE.equals(byCategory.getValue());
        category.setVisible(fromCategory);
        contracts.setVisible(!fromCategory);
    }

    private AreaDraft draft() {
        boolean fromCategory = Boolean.TRUE.equals(byCategory.getValue());
        CpvCategoryTotal c = category.getValue();
        List<ContractId> picked = fromCategory ? List.of()
                : contracts.getValue().stream().map(RankedContract::id).toList();
        return new AreaDraft(name.getValue(), description.getValue(), fromCategory && c != null ? c.prefix() : null,
                picked, agencies.getValue().stream().map(MappingAgency::id).toList(),
                forums.getValue().stream().map(f -> f.id().value()).toList(),
                dialogues.getValue().stream().map(d -> d.id().value()).toList(),
                buyerGroups.getValue().stream().map(g -> g.id().value()).toList(),
                solutions.getValue().stream().map(sub -> sub.id().value()).toList());
    }

    /**
     * A page of the published solutions of public forums (decision 030: only those can be cited), the
     * newest first, or those matching the typed words. A search refused as busy or too broad offers
     * nothing until more is typed, rather than failing the form.
     */
    private static Stream<Submission> publicSolutions(SearchService search, String words, int offset, int limit) {
        SearchQuery query = words.isBlank() ? PUBLIC_SOLUTIONS : PUBLIC_SOLUTIONS.withText(words);
        try {
            return search.listPublic(query, new PageRequest(offset, limit)).stream().map(SubmissionHit::submission);
        } catch (SearchUnavailableException e) {
            return Stream.empty();
        }
    }

    /**
     * A page of a box whose service finds by typed words (the first matches only, newest first: more
     * words narrow it) or lists newest first when nothing is typed.
     */
    private static <T> Stream<T> typedOrPaged(String typed, int offset, int limit,
                                              BiFunction<String, Integer, List<T>> byWords,
                                              Function<PageRequest, List<T>> paged) {
        if (typed.isBlank()) {
            return paged.apply(new PageRequest(offset, limit)).stream();
        }
        return offset == 0 ? byWords.apply(typed, limit).stream() : Stream.empty();
    }

    /** What an area links, read by id; what the reader may no longer see is left out. */
    private static <T> Set<T> visible(List<Long> ids, Function<Long, T> get) {
        Set<T> found = new java.util.LinkedHashSet<>();
        for (Long id : ids) {
            try {
                found.add(get.apply(id));
            } catch (NotFoundException e) {
                // gone or no longer visible to this reader: not offered, as before
            }
        }
        return found;
    }

    private static <T, K> void select(MultiSelectComboBox<T> box, Function<T, K> key, List<K> chosen) {
        Set<K> wanted = Set.copyOf(chosen);
        box.setValue(box.getListDataView().getItems().filter(item -> wanted.contains(key.apply(item)))
                .collect(Collectors.toSet()));
    }
}
