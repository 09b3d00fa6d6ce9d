-- The paper's own document as released (OParl Paper.mainFile, issue 17): a PDF rendered when a public
-- paper is released, kept beside the Anlagen with its checksum.
alter table paper_file add column main_file boolean default false not null;
create index ix_paper_file_main on paper_file (paper_id, main_file);
