package eu.buyzet.portal.contract;

import eu.buyzet.portal.contract.internal.ContractRepository;
import eu.buyzet.portal.security.CurrentUser;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mapped contracts as stored, for a task at start-up that only sums their figures (a priority
 * area's baseline and its strategies' scenarios, computed once for demo data). Refused inside any
 * request or UI access, where {@link ContractService#get} and its disclosure rule apply.
 */
@Service
public class StartUpContracts {

    private final ContractRepository contracts;
    private final CurrentUser currentUser;

    StartUpContracts(ContractRepository contracts, CurrentUser currentUser) {
        this.contracts = contracts;
        this.currentUser = currentUser;
    }

    /** The contracts that exist among {@code ids}; names are for readers, so none are looked up. */
    @Transactional(readOnly = true)
    public List<MappedContract> read(List<ContractId> ids) {
        if (!currentUser.nobody()) {
            throw new AccessDeniedException("Contracts are read for start-up tasks only with nobody signed in");
        }
        return ids.stream().map(id -> contracts.find(id, agency -> "", member -> "")).flatMap(Optional::stream)
                .toList();
    }
}
