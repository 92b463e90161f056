package eu.buyzet.portal.buyergroup;

/**
 * The published notice a group's tender runs under: its Doffin or TED id and its address.
 *
 * @param id Doffin "2025-123456" or TED "123456-2025"
 */
public record NoticeReference(System system, String id, String url) {
    public enum System {
        DOFFIN("Doffin"), TED("TED");

        private final String displayName;

        System(String displayName) {
            this.displayName = displayName;
        }

        /** The notice board's own name, the same in every language. */
        public String displayName() {
            return displayName;
        }
    }

    /** "Doffin 2025-123456": how a reader names the notice. */
    public String displayName() {
        return system.displayName() + " " + id;
    }
}
