package eu.buyzet.portal.forum.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.buyzet.portal.shared.ui.MultiSelectTexts;
import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.forum.ForumDetails;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.forum.ForumVisibility;
import eu.buyzet.portal.organisation.Member;
import eu.buyzet.portal.organisation.MemberService;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.ui.CpvPicker;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.RequiredFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Create or edit a forum, in both languages. */
class ForumDialog extends Dialog {

    private final TextField titleNb = new TextField();
    private final TextField titleEn = new TextField();
    private final TextArea descriptionNb = new TextArea();
    private final TextArea descriptionEn = new TextArea();
    private final TextField region = new TextField();
    private final CpvPicker cpvCodes = new CpvPicker("");
    private final RadioButtonGroup<ForumVisibility> visibility = new RadioButtonGroup<>();
    private final MultiSelectComboBox<Member> moderators = MultiSelectTexts.localised(new MultiSelectComboBox<>());

    ForumDialog(ForumService forums, MemberService members, @Nullable Forum existing, Consumer<Forum> onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "forums.add" : "forums.edit"));
        titleNb.setLabel(getTranslation("forum.title-nb"));
        titleNb.setId("forum-title-nb");
        titleEn.setLabel(getTranslation("forum.title-en"));
        titleEn.setId("forum-title-en");
        descriptionNb.setLabel(getTranslation("forum.description-nb"));
        descriptionEn.setLabel(getTranslation("forum.description-en"));
        region.setLabel(getTranslation("forum.region"));
        region.setId("forum-region");
        cpvCodes.setLabel(getTranslation("forum.cpv"));
        cpvCodes.setId("forum-cpv");
        visibility.setLabel(getTranslation("forum.visibility"));
        visibility.setItems(ForumVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation(v.messageKey()));
        visibility.setValue(ForumVisibility.PUBLIC);
        moderators.setLabel(getTranslation("forum.moderators"));
        moderators.setItemLabelGenerator(m -> m.displayName() + " (" + m.organisationName() + ")");
        List<Member> candidates = members.withRole(Role.MODERATOR);
        moderators.setItems(candidates);
        moderators.setId("forum-moderators");

        if (existing != null) {
            titleNb.setValue(existing.titleNb());
            titleEn.setValue(existing.titleEn());
            descriptionNb.setValue(existing.descriptionNb());
            descriptionEn.setValue(existing.descriptionEn());
            region.setValue(existing.region());
            cpvCodes.setCodes(existing.cpvCodes());
            visibility.setValue(existing.visibility());
            moderators.setValue(candidates.stream().filter(m -> existing.moderators().contains(m.id()))
                    .collect(Collectors.toSet()));
        }
        titleNb.setHelperText(getTranslation("forum.title-one-language"));
        titleEn.setHelperText(getTranslation("forum.title-one-language"));
        RequiredFields.mark(cpvCodes, visibility);
        add(RequiredFields.legend(this));
        FormLayout form = new FormLayout(titleNb, titleEn, descriptionNb, descriptionEn, region, cpvCodes, visibility,
                moderators);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(form);

        Button save = new Button(getTranslation("action.save"), e -> {
            ForumDetails details = new ForumDetails(titleNb.getValue(), titleEn.getValue(), descriptionNb.getValue(),
                    descriptionEn.getValue(), region.getValue(),
                    cpvCodes.codes(),
                    visibility.getValue(), moderators.getValue().stream().map(Member::id).collect(Collectors.toSet()));
            FormSubmit.attempt(this, fields(), () -> existing == null ? forums.create(details)
                    : forums.update(existing.id(), existing.version(), details)).ifPresent(saved -> {
                FieldErrors.notifySuccess(this, getTranslation("forums.saved"));
                onSaved.accept(saved);
                close();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-forum");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(48rem, 100vw)");
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> map = new HashMap<>();
        map.put("titleNb", titleNb);
        map.put("titleEn", titleEn);
        map.put("descriptionNb", descriptionNb);
        map.put("descriptionEn", descriptionEn);
        map.put("region", region);
        map.put("cpvCodes", cpvCodes);
        map.put("visibility", visibility);
        map.put("moderators", moderators);
        return map;
    }
}
