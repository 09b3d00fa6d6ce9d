package de.fahrplan.council.internal;

import de.fahrplan.council.PaperOrigin;
import de.fahrplan.shared.PublicationWindow;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PaperRepository extends JpaRepository<Paper, Long> {

  Optional<Paper> findByIdAndDeletedFalse(long id);

  /**
   * The one rule for a published paper {@code p}: marked public, no longer a draft, and the
   * municipality's own (an imported paper is published by the Ratsinformationssystem it came from).
   * A published paper that is deleted stays visible as a deleted stub.
   */
  String PUBLISHED =
      "p.publicPaper = true and p.state <> de.fahrplan.council.PaperState.DRAFT and p.numbering = 0";

  /** A live published paper with the id {@code paperIdExpression}. */
  String LIVE_PUBLISHED =
      "exists (select 1 from Paper p where p.deleted = false and " + PUBLISHED + " and p.id = ";

  /** Published papers (and, when the window asks, the deleted ones), in id order. */
  @Query(
      "select new de.fahrplan.council.internal.PaperSummary(x.id, x.reference, x.paperType,"
          + " x.date, x.subject, x.created, x.modified, x.deleted)"
          + " from Paper x where exists (select 1 from Paper p where p.id = x.id and "
          + PUBLISHED
          + ") and (x.deleted = false or :#{#w.withDeleted()} = true)"
          + PublicationWindow.JPQL)
  List<PaperSummary> published(@Param("w") PublicationWindow w, Limit limit);

  /** Published papers that have no main file yet (released before it was rendered). */
  @Query(
      "select p.id from Paper p where p.deleted = false and "
          + PUBLISHED
          + " and not exists (select 1 from PaperFile f where f.paperId = p.id"
          + " and f.mainFile = true) order by p.id")
  List<Long> publishedWithoutMainFile();

  @Query("select p from Paper p where p.id = :id and " + PUBLISHED)
  Optional<Paper> findPublished(@Param("id") long id);

  @Query("select p.id from Paper p where p.id in :ids and p.deleted = false and " + PUBLISHED)
  List<Long> publishedAmong(@Param("ids") Collection<Long> ids);

  /** Drafts on whose sign-off list the person stands without having signed yet. */
  @Query(
      """
      select distinct p from Paper p join p.signOffs s
      where p.deleted = false and p.state = de.fahrplan.council.PaperState.DRAFT
        and s.personId = :person and s.signedOn is null
      """)
  java.util.List<Paper> awaitingSignatureOf(@Param("person") long person);

  /** A paper by its number in the municipality's own numbering (not an imported one's). */
  @Query(
      "select p from Paper p where p.numbering = 0 and p.reference = :reference and p.deleted = false")
  Optional<Paper> findOwnByReference(String reference);

  boolean existsByLeadUnitId(long orgUnitId);

  boolean existsByOriginAndOriginIdAndDeletedFalse(PaperOrigin origin, long originId);

  /** The newest paper generated from a report: the previous report paper of the next one. */
  Optional<Paper> findFirstByOriginAndDeletedFalseOrderByIdDesc(PaperOrigin origin);

  boolean existsByPersonInChargeId(long personId);

  @Query("select count(p) > 0 from Paper p join p.signOffs s where s.personId = :person")
  boolean hasSignOffBy(@Param("person") long person);

  /** Papers with a step by the committee that has neither a result nor a meeting yet. */
  @Query(
      """
      select p from Paper p
      where p.deleted = false and exists (select 1 from Consultation c
        where c.paperId = p.id and c.deleted = false and c.organizationId = :committee
          and c.result is null and c.meetingId is null)
      order by p.date, p.id
      """)
  java.util.List<Paper> awaitingMeetingOf(@Param("committee") long committee);

  @Query(
      "select p from Paper p where p.numbering = 0 and p.reference in :references and p.deleted = false")
  java.util.List<Paper> findOwnByReferences(java.util.Collection<String> references);

  /** The papers of an OParl source by their OParl ids (deleted ones too). */
  java.util.List<Paper> findByNumberingAndExternalIdIn(
      long numbering, java.util.Collection<String> externalIds);

  /** Which of these numbers an OParl source's papers already carry. */
  @Query(
      "select p.reference, p.externalId from Paper p where p.numbering = :numbering and p.reference in :references")
  java.util.List<Object[]> referencesOf(long numbering, java.util.Collection<String> references);

  /** The papers that name the measure, newest first. */
  @Query(
      """
      select p from Paper p join p.measureIds m
      where p.deleted = false and m = :measure
      order by p.date desc, p.id desc
      """)
  java.util.List<Paper> concerningMeasure(@Param("measure") long measure);

  java.util.List<Paper> findByStrategyVersionIdAndDeletedFalseOrderByDateDescIdDesc(long versionId);

  /** The paper, its row locked until the transaction ends (supplements take numbers in turn). */
  @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
  @Query("select p from Paper p where p.id = :id and p.deleted = false")
  Optional<Paper> lockById(@Param("id") long id);

  java.util.List<Paper> findByOriginAndOriginIdOrderByIdAsc(PaperOrigin origin, long originId);
}
