package de.fahrplan.council.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PaperFileContentRepository extends JpaRepository<PaperFileContent, Long> {}
