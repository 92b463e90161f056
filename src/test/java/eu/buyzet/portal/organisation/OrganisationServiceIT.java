package eu.buyzet.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ValidationException;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PortalIntegrationTest
class OrganisationServiceIT {

    @Autowired SecurityContextHolderStrategy security;

    @Autowired OrganisationService organisations;
    @Autowired MemberService members;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    @Test
    void the_demo_data_holds_oslo_agencies_and_suppliers_with_valid_organisation_numbers() {
        var all = organisations.list(OrganisationFilter.ANY, new PageRequest(0, 100));
        assertThat(all).extracting(Organisation::name)
                .contains("Renovasjons- og gjenvinningsetaten (Oslo kommune)", "Utviklings- og kompetanseetaten (Oslo kommune)",
                        "Grønn Håndverk AS", "Ren Retur Avfallsservice AS");
        assertThat(all).filteredOn(o -> o.orgNumber() != null)
                .allMatch(o -> NorwegianOrganisationNumber.isValid(o.orgNumber()));
        assertThat(organisations.count(new OrganisationFilter(null, OrganisationKind.PUBLIC_AGENCY))).isGreaterThanOrEqualTo(2);
    }

    @Test
    void an_organisation_number_with_a_wrong_check_digit_is_refused_with_a_field_message() {
        assertThatThrownBy(() -> organisations.create(new OrganisationDetails("Feil AS", OrganisationKind.SUPPLIER, "NO",
                "916 327 238", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("orgNumber", "validation.organisation.number-invalid"));
    }

    @Test
    void an_organisation_is_stored_with_its_number_normalised_and_found_by_search() {
        Organisation created = organisations.create(new OrganisationDetails("  Elektrisk Vedlikehold AS ",
                OrganisationKind.SUPPLIER, "NO", "923 456 783", null));
        assertThat(created.orgNumber()).isEqualTo("923456783");
        assertThat(created.name()).isEqualTo("Elektrisk Vedlikehold AS");
        assertThat(organisations.list(new OrganisationFilter("elektrisk vedl", null), new PageRequest(0, 10)))
                .extracting(Organisation::id).containsExactly(created.id());
        assertThat(organisations.list(new OrganisationFilter("923456783", null), new PageRequest(0, 10)))
                .extracting(Organisation::id).containsExactly(created.id());
    }

    @Test
    void the_same_organisation_number_cannot_be_registered_twice() {
        assertThatThrownBy(() -> organisations.create(new OrganisationDetails("Kopi", OrganisationKind.SUPPLIER, "NO",
                "914234565", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("orgNumber", "validation.organisation.number-taken"));
    }

    @Test
    void an_eu_supplier_is_identified_by_a_vat_number_in_its_countrys_format() {
        Organisation created = organisations.create(new OrganisationDetails("Cykelbud ApS", OrganisationKind.SUPPLIER,
                "DK", null, "dk 12345678"));
        assertThat(created.vatNumber()).isEqualTo("DK12345678");
        assertThatThrownBy(() -> organisations.create(new OrganisationDetails("Falsk GmbH", OrganisationKind.SUPPLIER,
                "DE", null, "DE123")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("vatNumber", "validation.organisation.vat-invalid"));
    }

    @Test
    void a_second_save_from_a_stale_copy_is_refused_and_changes_nothing() {
        Organisation created = organisations.create(new OrganisationDetails("Versjon AS", OrganisationKind.SUPPLIER, "NO",
                "930 000 000", null));
        organisations.update(created.id(), created.version(), new OrganisationDetails("Versjon To AS",
                OrganisationKind.SUPPLIER, "NO", "930000000", null));
        assertThatThrownBy(() -> organisations.update(created.id(), created.version(), new OrganisationDetails(
                "Versjon Tre AS", OrganisationKind.SUPPLIER, "NO", "930000000", null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(organisations.get(created.id()).name()).isEqualTo("Versjon To AS");
    }

    @Test
    void a_supplier_member_cannot_be_given_the_agency_role() {
        Organisation supplier = organisations.list(new OrganisationFilter("Grønn Håndverk", null), new PageRequest(0, 1)).getFirst();
        assertThatThrownBy(() -> members.create(new MemberDetails("ny@gronn.no", "Ny Person", supplier.id(),
                Set.of(Role.AGENCY), true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("roles", "validation.member.role-kind"));
    }

    @Test
    void a_member_email_is_unique_whatever_its_case() {
        Organisation supplier = organisations.list(new OrganisationFilter("Grønn Håndverk", null), new PageRequest(0, 1)).getFirst();
        assertThatThrownBy(() -> members.create(new MemberDetails("SUPPLIER@demo.buyzet.eu", "Kopi", supplier.id(),
                Set.of(Role.SUPPLIER), true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("email", "validation.member.email-taken"));
    }
}
