package de.fahrplan.council.web;

import de.fahrplan.council.PaperFiles;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.web.ConfirmFirst;
import de.fahrplan.shared.web.Flash;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploaded Anlagen of papers: upload from the paper page, download, remove. */
@Controller
class AttachmentController {

  private final PaperFiles files;

  AttachmentController(PaperFiles files) {
    this.files = files;
  }

  /** Uploads an Anlage; a refused file is named on the paper page, nothing is kept of it. */
  @CoordinationOnly
  @PostMapping("/papers/{id}/files")
  String upload(
      @PathVariable long id,
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String title,
      RedirectAttributes redirect)
      throws IOException {
    String target = "redirect:/papers/" + id + "#anlagen";
    try {
      files.upload(
          id,
          title,
          file == null ? null : file.getOriginalFilename(),
          file == null ? null : file.getBytes());
      redirect.addFlashAttribute("flash", "paperFile.uploaded");
    } catch (InvalidInputException e) {
      // shown at the upload form, with the title typed (a browser never keeps a chosen file)
      redirect.addFlashAttribute("fileError", e.violations().get(0));
      redirect.addFlashAttribute("fileTitle", title);
    }
    return target;
  }

  /** Always a download with the type found in the bytes, never shown inline. */
  @GetMapping("/paper-files/{id}")
  ResponseEntity<byte[]> download(@PathVariable long id) {
    return files.content(id).asAttachment();
  }

  @CoordinationOnly
  @PostMapping("/paper-files/{id}/delete")
  @ConfirmFirst(CouncilQuestions.class)
  String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
    long paperId = files.get(id).paperId();
    return Flash.after(
        "/papers/" + paperId + "#anlagen",
        redirect,
        () -> files.delete(id, version),
        "paperFile.deleted");
  }
}
