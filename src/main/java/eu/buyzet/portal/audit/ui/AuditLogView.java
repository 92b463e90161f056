package eu.buyzet.portal.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import eu.buyzet.portal.audit.AuditEvent;
import eu.buyzet.portal.audit.AuditFilter;
import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ui.DateFields;
import eu.buyzet.portal.shared.ui.EmptyState;
import eu.buyzet.portal.shared.ui.ViewFrame;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The audit trail for admins: search by action, person, subject and dates, newest first, and
 * download what was found as CSV (the download is itself recorded).
 */
@Route("audit-log")
@Menu(title = "nav.audit-log", order = 83)
@RolesAllowed("ADMIN")
class AuditLogView extends ViewFrame implements HasDynamicTitle {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final TextField action = new TextField();
    private final TextField actor = new TextField();
    private final TextField subjectType = new TextField();
    private final TextField subjectId = new TextField();
    private final DatePicker from = DateFields.localised(new DatePicker());
    private final DatePicker to = DateFields.localised(new DatePicker());

    AuditLogView(AuditTrail audit) {
        setHeading(getTranslation("audit-log.heading"));
        setLead(getTranslation("audit-log.lead"));
        addClassName("list-view");
        action.setLabel(getTranslation("audit-log.action"));
        action.setHelperText(getTranslation("audit-log.action-help"));
        action.setId("audit-action");
        actor.setLabel(getTranslation("audit-log.actor"));
        actor.setId("audit-actor");
        actor.setHelperText(getTranslation("audit-log.actor-help"));
        subjectType.setLabel(getTranslation("audit-log.subject-type"));
        subjectType.setId("audit-subject-type");
        subjectId.setLabel(getTranslation("audit-log.subject-id"));
        subjectId.setId("audit-subject-id");
        from.setLabel(getTranslation("audit-log.from"));
        from.setId("audit-from");
        to.setLabel(getTranslation("audit-log.to"));
        to.setId("audit-to");

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        Grid<AuditEvent> grid = new Grid<>();
        grid.addColumn(e -> e.occurredAt().atZone(OSLO).format(when)).setHeader(getTranslation("audit-log.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.bySystem() ? getTranslation("audit-log.system")
                        : e.byFormerMember() ? getTranslation("audit-log.former-member", e.shortPseudonym()) : e.actorName())
                .setHeader(getTranslation("audit-log.actor")).setAutoWidth(true);
        grid.addColumn(AuditEvent::action).setHeader(getTranslation("audit-log.action")).setAutoWidth(true);
        grid.addColumn(e -> e.subjectType() + " " + e.subjectId()).setHeader(getTranslation("audit-log.subject"))
                .setAutoWidth(true);
        grid.addColumn(AuditEvent::detailsJson).setHeader(getTranslation("audit-log.details")).setFlexGrow(1);
        grid.setItems(q -> audit.search(filter(), new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> audit.count(filter()));
        grid.setEmptyStateComponent(EmptyState.of(getTranslation("empty.audit-events")));
        grid.setId("audit-events");
        grid.setAriaLabel(getTranslation("audit-log.heading"));
        grid.addClassName("compact-grid");

        for (TextField field : new TextField[] {action, actor, subjectType, subjectId}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Anchor csv = new Anchor((DownloadEvent event) -> {
            event.setFileName("buyzet-audit-trail.csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                audit.exportCsv(filter(), out);
            }
        }, getTranslation("audit-log.download"));
        csv.setId("download-audit-csv");

        Div filters = new Div(action, actor, subjectType, subjectId, from, to);
        filters.addClassName("view-toolbar");
        add(filters, csv, grid);
    }

    private AuditFilter filter() {
        return new AuditFilter(action.getValue(), actor.getValue(), subjectType.getValue(), subjectId.getValue(),
                from.getValue(), to.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit-log.heading") + " – " + getTranslation("app.name");
    }
}
