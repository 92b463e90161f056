package eu.buyzet.portal.contract;

import eu.buyzet.portal.shared.CpvCode;

/**
 * The contracts whose main CPV code falls in one category (division, group or class), summed.
 *
 * @param prefix the category's leading digits, e.g. "90" or "905"
 * @param category the listed code of the category, e.g. 90000000-7; where the CPV list lacks the
 *     class itself (3925 and 6011 in CPV 2008), the group above it, which also gives the label
 * @param estimatedContracts how many of the contracts have figures estimated from spend
 */
public record CpvCategoryTotal(int rank, String prefix, CpvCode category, String label, int contracts,
                               ContractFigures figures, int estimatedContracts) {

    public CpvCategoryTotal(int rank, String prefix, CpvCode category, String label, int contracts,
                            ContractFigures figures) {
        this(rank, prefix, category, label, contracts, figures, 0);
    }

    /** "90000000-7 Sewage, refuse, …"; a class the list lacks shows its digits: "3925… Furnishing". */
    public String display() {
        String exact = prefix + "0".repeat(8 - prefix.length());
        return (category.digits().equals(exact) ? category.value() : prefix + "…") + " " + label;
    }
}
