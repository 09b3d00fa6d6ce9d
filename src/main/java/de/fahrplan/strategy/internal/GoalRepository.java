package de.fahrplan.strategy.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GoalRepository extends JpaRepository<Goal, Long> {

  /**
   * A version's goals with their fields of action, in one statement (two before) – fetched in the
   * query's text: Hibernate translates a query with an entity graph anew on every call.
   */
  @Query(
      "select g from Goal g left join fetch g.fieldOfActionIds"
          + " where g.strategyVersionId = :versionId order by g.code")
  List<Goal> findByStrategyVersionIdOrderByCodeAsc(@Param("versionId") Long versionId);

  boolean existsByStrategyVersionIdAndCodeAndIdNot(Long versionId, String code, Long id);
}
