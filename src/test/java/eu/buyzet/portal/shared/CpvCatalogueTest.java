package eu.buyzet.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpvCatalogueTest {

    private final CpvCatalogue catalogue = CpvCatalogue.official();

    @Test
    void the_official_list_is_shipped_whole() {
        assertThat(catalogue.size()).isEqualTo(9454);
        assertThat(catalogue.describe(CpvCode.parse("90511000-2"))).isEqualTo("90511000-2 Refuse collection services");
    }

    @Test
    void a_code_is_valid_only_with_its_own_check_digit() {
        assertThat(catalogue.check(CpvCode.parse("60100000-9"))).isEqualTo(CpvCatalogue.Check.VALID);
        assertThat(catalogue.check(CpvCode.parse("60100000-8"))).isEqualTo(CpvCatalogue.Check.WRONG_CHECK_DIGIT);
        assertThat(catalogue.check(CpvCode.parse("60100099-1"))).isEqualTo(CpvCatalogue.Check.UNKNOWN);
    }

    @Test
    void typed_codes_get_a_message_naming_what_is_wrong() {
        Map<String, String> errors = new HashMap<>();
        assertThat(CpvCode.parseAll(List.of("905110002", " 90511000-2 "), errors, "cpv"))
                .containsExactly(CpvCode.parse("90511000-2"));
        assertThat(errors).isEmpty();
        CpvCode.parseAll(List.of("90511000-3"), errors, "cpv");
        assertThat(errors).containsEntry("cpv", "validation.cpv.check-digit");
        CpvCode.parseAll(List.of("99999999-9"), errors, "cpv");
        assertThat(errors).containsEntry("cpv", "validation.cpv.unknown");
        CpvCode.parseAll(List.of("avfall"), errors, "cpv");
        assertThat(errors).as("words left in the box were a search").containsEntry("cpv", "validation.cpv.words");
        CpvCode.parseAll(List.of("9051100"), errors, "cpv");
        assertThat(errors).containsEntry("cpv", "validation.cpv.format");
    }

    @Test
    void a_norwegian_word_finds_the_codes_the_english_labels_name_compounds_and_partial_typing_included() {
        assertThat(catalogue.search("avfall", 0, 100)).extracting(e -> e.code().value()).contains("90511000-2");
        assertThat(catalogue.search("husholdningsavfall", 0, 100)).extracting(e -> e.code().value())
                .contains("90511000-2");
        assertThat(catalogue.search("innsamling av avfall", 0, 5)).extracting(e -> e.code().value())
                .contains("90511000-2");
        assertThat(catalogue.search("levering av mat", 0, 100)).extracting(e -> e.code().value())
                .contains("55521200-0");
        assertThat(catalogue.search("pakketransport", 0, 100)).extracting(e -> e.code().value())
                .contains("60161000-4");
        assertThat(catalogue.search("renov", 0, 100)).extracting(e -> e.code().value()).contains("90511000-2");
        assertThat(catalogue.count("avfall")).isGreaterThan(catalogue.count("waste"));
        assertThat(catalogue.search("refuse collection", 0, 5)).extracting(e -> e.code().value()).contains("90511000-2");
        assertThat(catalogue.search("biler", 0, 100)).extracting(CpvCatalogue.Entry::label)
                .anySatisfy(label -> assertThat(label).containsIgnoringCase("vehicle"));
    }

    @Test
    void english_words_and_norwegian_words_that_only_begin_like_a_stem_find_what_they_found_before() {
        // "material", "compost" and "matrix" are English: no food, postal goods or mats come with them
        assertThat(catalogue.search("material", 0, 500)).extracting(CpvCatalogue.Entry::label)
                .allSatisfy(label -> assertThat(label.toLowerCase()).contains("material"));
        assertThat(catalogue.search("compost", 0, 500)).extracting(CpvCatalogue.Entry::label)
                .allSatisfy(label -> assertThat(label.toLowerCase()).contains("compost"));
        assertThat(catalogue.count("matrix")).isLessThan(5);
        // "skog" is a forest, not shoes; "veiledning" is guidance, not roads
        assertThat(catalogue.search("skog", 0, 100)).extracting(CpvCatalogue.Entry::label)
                .noneSatisfy(label -> assertThat(label.toLowerCase()).contains("footwear"));
        assertThat(catalogue.search("veiledning", 0, 100)).extracting(CpvCatalogue.Entry::label)
                .noneSatisfy(label -> assertThat(label.toLowerCase()).contains("road"));
        // "bil" finds cars and vehicles, not carrots or cardigans
        assertThat(catalogue.search("bil", 0, 1000)).extracting(CpvCatalogue.Entry::label)
                .noneSatisfy(label -> assertThat(label.toLowerCase()).containsAnyOf("carrot", "cardigan"));
    }

    @Test
    void search_finds_codes_by_leading_digits_and_by_every_word_of_the_label() {
        assertThat(catalogue.search("905110", 0, 5)).extracting(e -> e.code().value()).contains("90511000-2");
        assertThat(catalogue.search("refuse collection", 0, 20)).extracting(CpvCatalogue.Entry::label)
                .allSatisfy(label -> assertThat(label.toLowerCase()).contains("refuse").contains("collection"));
        assertThat(catalogue.count("")).isEqualTo(9454);
        assertThat(catalogue.search("", 9450, 10)).hasSize(4);
    }

    @Test
    void every_listed_code_has_its_division_and_group_in_the_list_and_all_but_two_their_class() {
        CpvCatalogue catalogue = CpvCatalogue.official();
        java.util.Set<String> classesMissing = new java.util.TreeSet<>();
        for (CpvCatalogue.Entry entry : catalogue.search("", 0, catalogue.size())) {
            for (int digits = 2; digits <= 3; digits++) {
                assertThat(catalogue.category(entry.code().digits().substring(0, digits)))
                        .as(entry.code() + " at " + digits + " digits").isPresent();
            }
            String classDigits = entry.code().digits().substring(0, 4);
            if (catalogue.category(classDigits).isEmpty()) {
                classesMissing.add(classDigits);
            }
        }
        // the contract ranking labels these two with the group above them
        assertThat(classesMissing).containsExactly("3925", "6011");
        assertThat(catalogue.category("90").orElseThrow().code().value()).isEqualTo("90000000-7");
        assertThat(catalogue.category("905").orElseThrow().label()).isEqualTo("Refuse and waste related services");
    }
}
