package de.fahrplan.organisation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

  List<OrgUnit> findAllByOrderByCodeAsc();

  Optional<OrgUnit> findByCode(String code);

  boolean existsByParentId(Long parentId);
}
