package de.fahrplan.shared.mail;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxMail, Long> {

  Page<OutboxMail> findByTenantIdOrderByCreatedAtDescIdDesc(Long tenantId, Pageable page);

  Page<OutboxMail> findAllByOrderByCreatedAtDescIdDesc(Pageable page);
}
